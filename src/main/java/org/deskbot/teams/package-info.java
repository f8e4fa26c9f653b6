/**
 * Microsoft Teams at the edge: the Bot Framework endpoint, token checks, Adaptive Cards, the Teams
 * outbox and the app package.
 *
 * <p>Translates to and from {@code chat}; must not depend on {@code storage}, {@code cli} or the
 * other platforms ({@code slack}, {@code web}).
 */
package org.deskbot.teams;
