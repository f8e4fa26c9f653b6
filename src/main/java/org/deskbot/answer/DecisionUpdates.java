package org.deskbot.answer;

import java.io.IOException;
import java.util.Optional;

/** The decision proposal of a running server's home, for the dashboard. */
public interface DecisionUpdates {
  /** The proposal waiting for the team, if any. */
  Optional<DecisionProposal> waiting() throws IOException;

  /** Applies the waiting proposal and decides with it from the next question on. */
  Optional<DecisionProposal> apply() throws IOException;
}
