package org.deskbot.storage.sqlite;

import java.sql.SQLException;
import java.time.Instant;
import org.deskbot.chat.Overheard;
import org.deskbot.escalate.StoreException;

/** Messages heard in listening channels, in SQLite. */
public final class SqliteOverheard implements Overheard {
  private final Database db;

  public SqliteOverheard(Database db) {
    this.db = db;
  }

  @Override
  public void heard(
      String platform, String channel, Long interaction, Instant at, String deliveryId)
      throws StoreException {
    try {
      db.inTransaction(
          c -> {
            try (var ps =
                Rows.bind(
                    c.prepareStatement(
                        "INSERT INTO listened(at, platform, channel, interaction_id, delivery_id) VALUES (?,?,?,?,?)"
                            + " ON CONFLICT DO NOTHING"),
                    at,
                    platform,
                    channel,
                    interaction,
                    deliveryId)) {
              return ps.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot count the message heard: " + e.getMessage(), e);
    }
  }
}
