/**
 * Tickets: what a ticket is, its states and events, the store it is kept in ({@link
 * org.deskbot.escalate.TicketStore}, implemented in {@code storage}) and FAQ drafts saved from
 * resolved tickets.
 *
 * <p>Must not depend on the conversation ({@code chat}), the edges ({@code slack}, {@code teams},
 * {@code web}, {@code server}), {@code storage} or {@code cli}.
 */
package org.deskbot.escalate;
