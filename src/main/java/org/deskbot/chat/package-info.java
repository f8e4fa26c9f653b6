/**
 * The platform-neutral conversation ({@link org.deskbot.chat.ConversationService}): an incoming
 * question, the reply with its buttons, feedback, escalation forms, and the notices each platform's
 * {@link org.deskbot.chat.Outbox} delivers.
 *
 * <p>Depends on {@code answer}, {@code escalate}, {@code report} and {@code privacy}, and declares
 * the stores it needs ({@link org.deskbot.chat.Deliveries}); must not depend on the platforms that
 * call it ({@code slack}, {@code teams}, {@code web}), on {@code server}, {@code storage} or {@code
 * cli}.
 */
package org.deskbot.chat;
