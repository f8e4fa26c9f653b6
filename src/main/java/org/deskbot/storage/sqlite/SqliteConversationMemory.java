package org.deskbot.storage.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.deskbot.chat.ConversationMemory;
import org.deskbot.chat.Turn;
import org.deskbot.escalate.StoreException;

/** The conversations' recent messages in SQLite, so separate runs of the CLI share them. */
public final class SqliteConversationMemory implements ConversationMemory {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;

  public SqliteConversationMemory(Database db) {
    this.db = db;
  }

  /** A thread's messages of one user since a time, in the order each read gives. */
  private static final String TURNS =
      "SELECT at, kind, interaction_id, searched, shown FROM conversation_turns"
          + " WHERE user_id = ? AND thread = ? AND at >= ?";

  @Override
  public List<Turn> since(String user, String thread, Instant from) throws StoreException {
    return Rows.list(
        db,
        "read the conversation",
        SqliteConversationMemory::turn,
        TURNS + " ORDER BY at, id",
        user,
        thread,
        from);
  }

  /** The newest rows only, read backwards along the (user, thread, at) index. */
  @Override
  public List<Turn> latest(String user, String thread, Instant from, int max)
      throws StoreException {
    return Rows.list(
            db,
            "read the conversation",
            SqliteConversationMemory::turn,
            TURNS + " ORDER BY at DESC, id DESC LIMIT ?",
            user,
            thread,
            from,
            max)
        .reversed();
  }

  private static Turn turn(java.sql.ResultSet rs) throws SQLException {
    return new Turn(
        Rows.instant(rs, "at"),
        Turn.Kind.of(rs.getString("kind")),
        rs.getLong("interaction_id"),
        rs.getString("searched"),
        urls(rs.getString("shown")));
  }

  @Override
  public void add(String user, String thread, Turn turn) throws StoreException {
    try {
      String shown = JSON.writeValueAsString(turn.shown());
      db.inTransaction(
          c -> {
            Rows.update(
                c,
                "INSERT INTO conversation_turns(user_id, thread, at, kind, interaction_id, searched, shown)"
                    + " VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                user,
                thread,
                turn.at(),
                turn.kind().label(),
                turn.interaction(),
                turn.searched(),
                shown);
            return Rows.update(
                c, "DELETE FROM conversation_turns WHERE at < ?", turn.at().minus(KEPT));
          });
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot remember the conversation: " + e.getMessage(), e);
    }
  }

  private static List<String> urls(String json) throws SQLException {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable links shown: " + e.getMessage(), e);
    }
  }
}
