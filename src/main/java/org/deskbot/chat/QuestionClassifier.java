package org.deskbot.chat;

/** Puts a question in a category of the district's taxonomy. */
@FunctionalInterface
public interface QuestionClassifier {
  /** A category and how sure the classifier is (0..1). */
  record Category(String label, double confidence) {}

  Category classify(String question);
}
