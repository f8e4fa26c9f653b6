/**
 * The web pages at the edge: the teacher's chat page and the team's dashboard, their JSON API,
 * sign-in and sessions, and metrics.
 *
 * <p>Translates to and from {@code chat}; must not depend on {@code storage}, {@code cli} or the
 * other platforms ({@code slack}, {@code teams}).
 */
package org.deskbot.web;
