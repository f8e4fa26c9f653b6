/**
 * Newsletter issues (HTML e-mails and Markdown) read into one searchable tip per h2/h3 section,
 * plus the Markdown accessibility lint ({@link org.deskbot.ingest.newsletter.MarkdownLint}) and
 * plain-text conversion ({@link org.deskbot.ingest.newsletter.MarkdownText}) that the FAQ and
 * module readers reuse.
 *
 * <p>Depends on {@code ingest}; nothing downstream.
 */
package org.deskbot.ingest.newsletter;
