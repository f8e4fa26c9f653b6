/**
 * Slack at the edge (internal): Bolt handlers that translate Slack's events, commands and actions
 * into the conversation service's calls, Block Kit rendering, and the Slack outbox.
 */
package org.deskbot.slack;
