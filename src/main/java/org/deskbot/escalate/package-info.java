/**
 * The ticket lifecycle, the one home of its rules: what a ticket is and its number ({@link
 * org.deskbot.escalate.Ticket}), where it may go ({@link org.deskbot.escalate.Transitions}, applied
 * inside a store's transaction), who may do what ({@link org.deskbot.escalate.TicketRules}), the
 * urgency levels and the minutes range, what the bot had suggested, where a platform put a ticket's
 * card ({@link org.deskbot.escalate.MessageRefs}), the store it is kept in ({@link
 * org.deskbot.escalate.TicketStore}, implemented in {@code storage}: it only persists) and FAQ
 * drafts saved from resolved tickets.
 *
 * <p>Must not depend on the conversation ({@code chat}), the edges ({@code slack}, {@code teams},
 * {@code web}, {@code server}), {@code storage} or {@code cli}.
 */
package org.deskbot.escalate;
