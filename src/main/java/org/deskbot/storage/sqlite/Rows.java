package org.deskbot.storage.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small conversions between rows and values, in one place. */
final class Rows {
  private Rows() {}

  static Instant instant(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : Instant.parse(s);
  }

  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** Binds parameters in order: strings, numbers, instants (as ISO text) and nulls. */
  static PreparedStatement bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      switch (v) {
        case null -> ps.setNull(i + 1, Types.NULL);
        case String s -> ps.setString(i + 1, s);
        case Instant t -> ps.setString(i + 1, t.toString());
        case Integer n -> ps.setInt(i + 1, n);
        case Long n -> ps.setLong(i + 1, n);
        case Double d -> ps.setDouble(i + 1, d);
        default -> ps.setString(i + 1, v.toString());
      }
    }
    return ps;
  }
}
