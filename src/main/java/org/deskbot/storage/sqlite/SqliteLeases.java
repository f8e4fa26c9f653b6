package org.deskbot.storage.sqlite;

import java.time.Duration;
import java.time.Instant;
import org.deskbot.escalate.StoreException;

/**
 * Leases on chores among the instances sharing a database (migration 010): the one that takes
 * {@code name} runs the chore; the others skip it until the lease runs out. A crashed holder's
 * lease simply expires.
 */
public final class SqliteLeases {
  private final Database db;
  private final String holder;

  /** Leases taken in the name of {@code holder} (this instance). */
  public SqliteLeases(Database db, String holder) {
    this.db = db;
    this.holder = holder;
  }

  /**
   * Takes (or renews) {@code name} until {@code now + length}; false when another instance holds
   * it.
   */
  public boolean take(String name, Instant now, Duration length) throws StoreException {
    return Rows.update(
            db,
            "take the lease " + name,
            "INSERT INTO leases(name, holder, until) VALUES (?,?,?)"
                + " ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, until = excluded.until"
                + " WHERE leases.until < ? OR leases.holder = excluded.holder",
            name,
            holder,
            SqliteReportStore.bound(now.plus(length)),
            SqliteReportStore.bound(now))
        == 1;
  }
}
