package org.deskbot.classify;

import java.util.Map;

/**
 * The categorizer's answer for one message: the best category, its probability, and every
 * category's probability, best first.
 */
public record Prediction(String category, double confidence, Map<String, Double> scores) {}
