package org.deskbot.chat;

/** Puts a question in a category of the district's taxonomy. */
@FunctionalInterface
public interface QuestionClassifier {
  /** A category and how sure the classifier is (0..1). */
  record Category(String label, double confidence) {}

  /**
   * {@code answer} is what the answer engine already found for the question (reuse, don't search
   * again).
   */
  Category classify(String question, org.deskbot.answer.Answer answer);
}
