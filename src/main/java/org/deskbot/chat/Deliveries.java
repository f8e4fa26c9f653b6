package org.deskbot.chat;

import java.time.Instant;
import org.deskbot.escalate.StoreException;

/**
 * Delivery ids already handled (a platform's event id, activity id or action id): retries are
 * harmless.
 */
public interface Deliveries {
  /** True the first time {@code deliveryId} is seen (and marks it), false on every later call. */
  boolean first(String deliveryId, String kind, Instant at) throws StoreException;

  /**
   * Forgets {@code deliveryId}, so that the platform's next delivery of it is handled again: for
   * when handling it failed before the teacher saw anything (what it recorded is keyed by the same
   * id, so a second run records nothing twice).
   */
  void forget(String deliveryId, String kind) throws StoreException;
}
