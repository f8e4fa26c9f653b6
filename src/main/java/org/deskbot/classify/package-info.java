/**
 * What a question is about: the question categorizer (OpenNLP), its training and evaluation, and
 * language detection.
 *
 * <p>Reads training data with {@code csv}; must not depend on anything downstream of it ({@code
 * answer}, {@code chat}, {@code report}, the edges, {@code storage}, {@code cli}).
 */
package org.deskbot.classify;
