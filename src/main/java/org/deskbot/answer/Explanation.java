package org.deskbot.answer;

import java.util.List;

/**
 * Why the bot decided as it did: each feature's value and contribution, the bias, the score they
 * sum to, the confidence and the thresholds it was compared with.
 *
 * @param features each feature's value and contribution (weight × value), in model order
 * @param bias the model's bias; {@code bias + Σ contribution == score}
 * @param score the log-odds that the top link answers
 * @param confidence {@code 1 / (1 + e^-score)}
 * @param answerAt confidence at or above which the bot answers
 * @param suggestAt confidence at or above which it suggests; below it escalates
 * @param decision what the bot did
 * @param reason in words, why
 */
public record Explanation(
    List<DecisionModel.Contribution> features,
    double bias,
    double score,
    double confidence,
    double answerAt,
    double suggestAt,
    Decision decision,
    String reason) {

  /** Explains {@code answer}, decided by {@code model}. */
  public static Explanation of(Answer answer, DecisionModel model) {
    List<DecisionModel.Contribution> features = model.explain(answer.features());
    double score = model.bias();
    for (DecisionModel.Contribution c : features) {
      score += c.contribution();
    }
    double confidence = DecisionModel.sigmoid(score);
    String reason;
    if (answer.results().isEmpty()) {
      reason = "nothing in the content matched the question";
    } else {
      reason =
          switch (answer.decision()) {
            case ANSWER ->
                "confidence %.3f is at or above %.3f".formatted(confidence, model.answerAt());
            case SUGGEST ->
                "confidence %.3f is between %.3f and %.3f"
                    .formatted(confidence, model.suggestAt(), model.answerAt());
            case ESCALATE ->
                "confidence %.3f is below %.3f".formatted(confidence, model.suggestAt());
          };
    }
    return new Explanation(
        features,
        model.bias(),
        score,
        confidence,
        model.answerAt(),
        model.suggestAt(),
        answer.decision(),
        reason);
  }

  /**
   * {@code {"features": [{"name", "value", "contribution"}], "bias", "score", "confidence",
   * "thresholds": {"answer", "suggest"}, "decision", "reason"}}: unrounded, so the contributions
   * and the bias sum to the score.
   */
  public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
    var o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    var list = o.putArray("features");
    for (DecisionModel.Contribution c : features) {
      list.addObject()
          .put("name", c.name())
          .put("value", c.value())
          .put("contribution", c.contribution());
    }
    o.put("bias", bias);
    o.put("score", score);
    o.put("confidence", confidence);
    var thresholds = o.putObject("thresholds");
    thresholds.put("answer", answerAt);
    thresholds.put("suggest", suggestAt);
    o.put("decision", decision.label());
    o.put("reason", reason);
    return o;
  }
}
