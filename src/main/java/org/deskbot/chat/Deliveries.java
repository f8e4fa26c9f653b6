package org.deskbot.chat;

import java.time.Instant;
import org.deskbot.escalate.StoreException;

/** Delivery ids already handled (a platform's event id, activity id or action id): retries are harmless. */
public interface Deliveries {
  /** True the first time {@code deliveryId} is seen (and marks it), false on every later call. */
  boolean first(String deliveryId, String kind, Instant at) throws StoreException;
}
