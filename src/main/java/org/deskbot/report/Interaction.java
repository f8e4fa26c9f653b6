package org.deskbot.report;

import java.time.Instant;

/**
 * One message to the bot and what came of it.
 *
 * @param question the redacted text, or null once purged by retention
 * @param decision answer, suggest, escalate or not-a-question
 * @param results the links shown, as JSON ({@code [{"type","title","url","score"}]})
 * @param feedback solved, not-solved or none
 */
public record Interaction(
    long id,
    Instant createdAt,
    String platform,
    String userId,
    String place,
    String question,
    String language,
    String category,
    double categoryConfidence,
    String decision,
    String results,
    String feedback,
    Instant feedbackAt,
    Long ticketId) {

  public static final String NOT_A_QUESTION = "not-a-question";
}
