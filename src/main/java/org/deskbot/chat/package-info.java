/**
 * The platform-neutral conversation ({@link org.deskbot.chat.ConversationService}): an incoming
 * question, the reply with its buttons, feedback, escalation forms, and the notices each platform's
 * {@link org.deskbot.chat.Outbox} delivers.
 *
 * <p>Pictures teachers send are read through {@link org.deskbot.chat.Screenshots}, the one place
 * that decides what becomes of them.
 *
 * <p>Depends on {@code answer}, {@code escalate}, {@code report}, {@code privacy} and {@code ocr},
 * and declares the stores it needs ({@link org.deskbot.chat.Deliveries}); must not depend on the
 * platforms that call it ({@code slack}, {@code teams}, {@code web}), on {@code server}, {@code
 * storage} or {@code cli}.
 */
package org.deskbot.chat;
