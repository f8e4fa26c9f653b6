/**
 * What must not be stored: student ids, e-mail addresses and phone numbers redacted from questions,
 * ticket details and replies ({@link org.deskbot.privacy.Redactor}).
 *
 * <p>A leaf: depends on no other deskbot package.
 */
package org.deskbot.privacy;
