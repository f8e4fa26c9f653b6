package org.deskbot.config;

import java.util.Optional;

/**
 * A PostgreSQL server that several instances share ({@code database.url}, env {@code
 * DESKBOT_DATABASE_URL}, e.g. {@code jdbc:postgresql://db:5432/deskbot}; user and password from
 * {@code DESKBOT_DATABASE_USER} / {@code DESKBOT_DATABASE_PASSWORD} or {@code database.user} /
 * {@code database.password}). Unset: the home's SQLite file.
 */
public record DatabaseServer(String url, String user, String password) {

  /** The password is never printed. */
  @Override
  public String toString() {
    return url + (user.isEmpty() ? "" : " as " + user);
  }

  /** The server the settings name, if any. */
  public static Optional<DatabaseServer> of(ConfigSource source) throws ConfigException {
    String url = source.string("database", "url", "DESKBOT_DATABASE_URL", "");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        at(
            url,
            source.string("database", "user", "DESKBOT_DATABASE_USER", ""),
            source.string("database", "password", "DESKBOT_DATABASE_PASSWORD", "")));
  }

  /** A server at {@code url}, checked to be a PostgreSQL JDBC URL. */
  public static DatabaseServer at(String url, String user, String password) throws ConfigException {
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new ConfigException(
          "database.url (DESKBOT_DATABASE_URL) must be a jdbc:postgresql://host:port/name URL, not `"
              + url
              + "`");
    }
    return new DatabaseServer(url, user, password);
  }
}
