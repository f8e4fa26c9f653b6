package org.deskbot.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deskbot.escalate.StoreException;

/** Every question and what came of it: what the deflection figures are computed from. */
public interface InteractionLog {

  /** What a new interaction says (the question already redacted). */
  record NewInteraction(
      String platform,
      String userId,
      String place,
      String question,
      String language,
      String category,
      double categoryConfidence,
      String decision,
      String results) {

    /** This interaction as recorded with {@code id} at {@code at}: no feedback, no ticket yet. */
    public Interaction recorded(long id, Instant at) {
      return new Interaction(
          id,
          at,
          platform,
          userId,
          place,
          question,
          language,
          category,
          categoryConfidence,
          decision,
          results,
          null,
          null,
          null);
    }
  }

  /**
   * Records an interaction; a {@code deliveryId} seen before returns the interaction recorded then
   * (a retried delivery is handled once).
   */
  Interaction record(NewInteraction interaction, Instant at, String deliveryId)
      throws StoreException;

  Optional<Interaction> find(long id) throws StoreException;

  Interaction feedback(long id, String feedback, Instant at) throws StoreException;

  void linkTicket(long id, long ticketId) throws StoreException;

  /** Interactions since {@code since}, oldest first. */
  List<Interaction> since(Instant since) throws StoreException;

  /** Clears the raw text of interactions and tickets older than {@code before}; counts stay. */
  int purgeText(Instant before) throws StoreException;
}
