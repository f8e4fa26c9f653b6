/**
 * Answering a question: normalize the text, retrieve from the index (BM25 fused with embeddings),
 * pick the passage and the video moment, and decide to answer, suggest or escalate ({@link
 * org.deskbot.answer.AnswerEngine}, {@link org.deskbot.answer.Answer}).
 *
 * <p>Depends on the content flow before it ({@code ingest}, {@code index}, {@code classify}); must
 * not depend on the conversation ({@code chat}), the edges ({@code slack}, {@code teams}, {@code
 * web}, {@code server}), {@code storage} or {@code cli}.
 */
package org.deskbot.answer;
