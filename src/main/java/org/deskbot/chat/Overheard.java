package org.deskbot.chat;

import java.time.Instant;
import org.deskbot.escalate.StoreException;

/**
 * Top-level messages heard in a listening channel, counted for the weekly report (no text kept).
 */
public interface Overheard {
  /**
   * Records a heard message; {@code interaction} is the question it was answered as, or null when
   * the bot stayed silent. A {@code deliveryId} seen before records nothing.
   */
  void heard(String platform, String channel, Long interaction, Instant at, String deliveryId)
      throws StoreException;
}
