package org.deskbot.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbot.escalate.StoreException;

/**
 * Small conversions between rows and values, and the one-statement reads and writes every store
 * makes, in one place. {@code what} names the work in the error: "cannot {@code what}: ...".
 */
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

  /** Reads one row into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** One INSERT, UPDATE or DELETE in a transaction of its own; returns the rows it changed. */
  static int update(Database db, String what, String sql, Object... values) throws StoreException {
    return write(db, what, c -> update(c, sql, values));
  }

  /** One INSERT, UPDATE or DELETE on {@code c}; returns the rows it changed. */
  static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), values)) {
      return ps.executeUpdate();
    }
  }

  /** Every row a query returns, read in order. */
  static <T> List<T> list(Database db, String what, Reader<T> row, String sql, Object... values)
      throws StoreException {
    return read(db, what, c -> list(c, row, sql, values));
  }

  /** Every row a query returns on {@code c}, read in order. */
  static <T> List<T> list(Connection c, Reader<T> row, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), values);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.read(rs));
      }
      return out;
    }
  }

  /**
   * The one row of an aggregate query ({@code SELECT COUNT(*), SUM(...) ...}) on {@code c}, its
   * columns as numbers in order.
   */
  static long[] numbers(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), values);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      long[] out = new long[rs.getMetaData().getColumnCount()];
      for (int k = 0; k < out.length; k++) {
        out[k] = rs.getLong(k + 1);
      }
      return out;
    }
  }

  /**
   * The number an aggregate query of one column ({@code SELECT COUNT(*) ...}) returns on {@code c}.
   */
  static long number(Connection c, String sql, Object... values) throws SQLException {
    return numbers(c, sql, values)[0];
  }

  /**
   * The rows of a {@code SELECT key, COUNT(*) ... GROUP BY key} on {@code c}, in the query's order.
   */
  static Map<String, Long> counted(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), values);
        ResultSet rs = ps.executeQuery()) {
      Map<String, Long> out = new LinkedHashMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    }
  }

  /** {@code work} on a read connection; an SQL failure becomes "cannot {@code what}: ...". */
  static <T> T read(Database db, String what, Database.Work<T> work) throws StoreException {
    try {
      return db.read(work);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** {@code work} in a write transaction; an SQL failure becomes "cannot {@code what}: ...". */
  static <T> T write(Database db, String what, Database.Work<T> work) throws StoreException {
    try {
      return db.inTransaction(work);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** The first row a query returns, if any. */
  static <T> Optional<T> first(
      Database db, String what, Reader<T> row, String sql, Object... values) throws StoreException {
    return list(db, what, row, sql + " LIMIT 1", values).stream().findFirst();
  }
}
