package org.deskbot.storage.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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

  @Override
  public List<Turn> since(String user, String thread, Instant from) throws StoreException {
    return turns(
        "SELECT at, kind, interaction_id, searched, shown FROM conversation_turns"
            + " WHERE user_id = ? AND thread = ? AND at >= ? ORDER BY at, id",
        user,
        thread,
        from);
  }

  /** The newest rows only, read backwards along the (user, thread, at) index. */
  @Override
  public List<Turn> latest(String user, String thread, Instant from, int max)
      throws StoreException {
    return turns(
            "SELECT at, kind, interaction_id, searched, shown FROM conversation_turns"
                + " WHERE user_id = ? AND thread = ? AND at >= ? ORDER BY at DESC, id DESC LIMIT ?",
            user,
            thread,
            from,
            max)
        .reversed();
  }

  private List<Turn> turns(String sql, Object... values) throws StoreException {
    try {
      return db.read(
          c -> {
            try (PreparedStatement ps = Rows.bind(c.prepareStatement(sql), values);
                ResultSet rs = ps.executeQuery()) {
              List<Turn> out = new ArrayList<>();
              while (rs.next()) {
                out.add(
                    new Turn(
                        Rows.instant(rs, "at"),
                        Turn.Kind.of(rs.getString("kind")),
                        rs.getLong("interaction_id"),
                        rs.getString("searched"),
                        urls(rs.getString("shown"))));
              }
              return out;
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot read the conversation: " + e.getMessage(), e);
    }
  }

  @Override
  public void add(String user, String thread, Turn turn) throws StoreException {
    try {
      String shown = JSON.writeValueAsString(turn.shown());
      db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                Rows.bind(
                    c.prepareStatement(
                        "INSERT INTO conversation_turns(user_id, thread, at, kind, interaction_id, searched, shown)"
                            + " VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"),
                    user,
                    thread,
                    turn.at(),
                    turn.kind().label(),
                    turn.interaction(),
                    turn.searched(),
                    shown)) {
              ps.executeUpdate();
            }
            try (PreparedStatement ps =
                Rows.bind(
                    c.prepareStatement("DELETE FROM conversation_turns WHERE at < ?"),
                    turn.at().minus(KEPT))) {
              return ps.executeUpdate();
            }
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
