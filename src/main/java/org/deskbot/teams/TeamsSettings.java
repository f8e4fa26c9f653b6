package org.deskbot.teams;

import java.net.URI;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;

/**
 * How deskbot talks to Microsoft Teams (the Bot Framework), read once from {@code TEAMS_*}
 * environment variables or the {@code teams:} section of {@code deskbot.yml}.
 *
 * @param appId the bot's Microsoft app id ({@code teams.app_id}, {@code TEAMS_APP_ID}); "" = Teams
 *     off
 * @param appPassword the app's client secret ({@code teams.app_password}, {@code
 *     TEAMS_APP_PASSWORD})
 * @param tenantId the tenant of a single-tenant bot, "" for multi-tenant ({@code teams.tenant_id},
 *     {@code TEAMS_TENANT_ID})
 * @param openIdMetadataUrl where the Bot Framework publishes its signing keys ({@code
 *     teams.openid_metadata_url})
 * @param tokenUrl where the app gets its token, client-credentials flow ({@code teams.token_url})
 * @param triage the team's triage conversation, null when not configured
 * @param summary the conversation the weekly summary goes to, null when not configured
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    String tenantId,
    String openIdMetadataUrl,
    String tokenUrl,
    Conversation triage,
    Conversation summary) {

  /** The Bot Framework's OpenID metadata for tokens sent by the channels. */
  public static final String DEFAULT_OPENID_METADATA =
      "https://login.botframework.com/v1/.well-known/openidconfiguration";

  /** The scope of the app's token for the Bot Connector. */
  public static final String CONNECTOR_SCOPE = "https://api.botframework.com/.default";

  /**
   * A Teams conversation the bot posts into: the connector's service URL and the conversation id.
   */
  public record Conversation(String serviceUrl, String id) {}

  /** True when Teams is configured. */
  public boolean enabled() {
    return !appId.isBlank();
  }

  public static TeamsSettings load(ConfigSource config) throws ConfigException {
    String appId = config.string("teams", "app_id", "TEAMS_APP_ID", "");
    String password = config.string("teams", "app_password", "TEAMS_APP_PASSWORD", "");
    String tenant = config.string("teams", "tenant_id", "TEAMS_TENANT_ID", "");
    if (!appId.isBlank() && password.isBlank()) {
      throw new ConfigException(
          "TEAMS_APP_ID is set but TEAMS_APP_PASSWORD is not: give the bot's client secret (teams.app_password)");
    }
    if (!tenant.isBlank() && !tenant.matches("[A-Za-z0-9.-]+")) {
      throw new ConfigException(
          "teams.tenant_id (TEAMS_TENANT_ID) must be a tenant id such as 72f988bf-86f1-41af-91ab-2d7cd011db47, not `"
              + tenant
              + "`");
    }
    String metadata =
        url(
            config.string(
                "teams",
                "openid_metadata_url",
                "TEAMS_OPENID_METADATA_URL",
                DEFAULT_OPENID_METADATA),
            "teams.openid_metadata_url (TEAMS_OPENID_METADATA_URL)");
    String defaultToken =
        "https://login.microsoftonline.com/"
            + (tenant.isBlank() ? "botframework.com" : tenant)
            + "/oauth2/v2.0/token";
    String token =
        url(
            config.string("teams", "token_url", "TEAMS_TOKEN_URL", defaultToken),
            "teams.token_url (TEAMS_TOKEN_URL)");
    Conversation triage = conversation(config, "triage", "TEAMS_TRIAGE");
    Conversation summary = conversation(config, "summary", "TEAMS_SUMMARY");
    return new TeamsSettings(
        appId, password, tenant, metadata, token, triage, summary == null ? triage : summary);
  }

  private static Conversation conversation(ConfigSource config, String name, String env)
      throws ConfigException {
    String service = config.string("teams", name + "_service_url", env + "_SERVICE_URL", "");
    String id = config.string("teams", name + "_conversation", env + "_CONVERSATION", "");
    if (service.isBlank() && id.isBlank()) {
      return null;
    }
    if (service.isBlank() || id.isBlank()) {
      throw new ConfigException(
          "teams."
              + name
              + "_service_url ("
              + env
              + "_SERVICE_URL) and teams."
              + name
              + "_conversation ("
              + env
              + "_CONVERSATION) go together: give both or neither");
    }
    return new Conversation(
        url(service, "teams." + name + "_service_url (" + env + "_SERVICE_URL)"), id);
  }

  private static String url(String s, String name) throws ConfigException {
    try {
      URI u = new URI(s);
      if (("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null) {
        return s;
      }
    } catch (java.net.URISyntaxException e) {
      // fall through to the message
    }
    throw new ConfigException(name + " must be an http(s) URL, not `" + s + "`");
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "TeamsSettings[appId="
        + appId
        + ", tenantId="
        + tenantId
        + ", triage="
        + triage
        + ", summary="
        + summary
        + "]";
  }
}
