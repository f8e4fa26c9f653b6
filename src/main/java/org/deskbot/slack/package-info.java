/**
 * Slack at the edge (internal): Bolt handlers that translate Slack's events, commands and actions
 * into the conversation service's calls, Block Kit rendering, and the Slack outbox.
 *
 * <p>Translates to and from {@code chat}; must not depend on {@code storage}, {@code cli} or the
 * other platforms ({@code teams}, {@code web}).
 */
package org.deskbot.slack;
