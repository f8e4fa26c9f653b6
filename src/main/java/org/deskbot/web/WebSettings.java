package org.deskbot.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.server.ServerSettings;

/**
 * How the web page and the dashboard are reached.
 *
 * @param signInRequired true when the server is bound to an address other than loopback: then
 *     {@code /team} and the team API need a signed-in user
 * @param teamUser on loopback, the team member the dashboard acts as ({@code web.team_user}, env
 *     {@code DESKBOT_WEB_TEAM_USER}; default {@code tech-team})
 * @param users who may sign in to the dashboard, name → password hash ({@code web.users} as a list
 *     of {@code name:pbkdf2-sha256$...}, env {@code DESKBOT_WEB_USERS} comma-separated)
 * @param sessionMinutes how long a sign-in lasts ({@code web.session_minutes}; default 720)
 * @param maxBodyBytes the largest JSON body the API takes ({@code web.max_body_kb}; default 64 KB)
 * @param secureCookie mark the session cookie Secure (when {@code server.public_url} is https)
 */
public record WebSettings(
    boolean signInRequired,
    String teamUser,
    Map<String, String> users,
    int sessionMinutes,
    int maxBodyBytes,
    boolean secureCookie) {

  /** Prefix of the user ids of teachers asking on the web page. */
  public static final String TEACHER_PREFIX = "web:";

  public static WebSettings load(ConfigSource config, ServerSettings server)
      throws ConfigException {
    String teamUser = config.string("web", "team_user", "DESKBOT_WEB_TEAM_USER", "tech-team");
    if (teamUser.isBlank() || teamUser.startsWith(TEACHER_PREFIX)) {
      throw new ConfigException(
          "web.team_user must be a team member's id, not `"
              + teamUser
              + "` (ids starting with web: are teachers on the web page)");
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (String entry : config.list("web", "users", "DESKBOT_WEB_USERS")) {
      int colon = entry.indexOf(':');
      String name = colon < 0 ? "" : entry.substring(0, colon).strip();
      String hash = colon < 0 ? "" : entry.substring(colon + 1).strip();
      if (name.isEmpty() || name.startsWith(TEACHER_PREFIX) || !Passwords.wellFormed(hash)) {
        throw new ConfigException(
            "web.users: each entry is `name:pbkdf2-sha256$...` (make one with "
                + "`deskbot hash-password NAME`); `"
                + (name.isEmpty() ? "?" : name)
                + "` is not");
      }
      users.put(name, hash);
    }
    int minutes =
        config.integer(
            "web", "session_minutes", "DESKBOT_WEB_SESSION_MINUTES", 720, 5, 60 * 24 * 30);
    int kb = config.integer("web", "max_body_kb", "DESKBOT_WEB_MAX_BODY_KB", 64, 1, 1024);
    boolean signIn = !server.loopback();
    if (signIn && users.isEmpty()) {
      throw new ConfigException(
          "serve is bound to "
              + server.host()
              + ", which is not loopback: the dashboard needs sign-in, "
              + "so set web.users (DESKBOT_WEB_USERS=name:HASH; make one with `deskbot hash-password NAME`) "
              + "or bind to 127.0.0.1");
    }
    return new WebSettings(
        signIn,
        teamUser,
        Map.copyOf(users),
        minutes,
        kb * 1024,
        server.publicUrl().startsWith("https:"));
  }
}
