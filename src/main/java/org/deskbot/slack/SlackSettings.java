package org.deskbot.slack;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;

/**
 * How deskbot connects to Slack, read once from the environment or {@code deskbot.yml}'s {@code
 * slack:} section. The adapter is on only when the bot token is set.
 *
 * @param botToken {@code SLACK_BOT_TOKEN} / {@code slack.bot_token} (xoxb-)
 * @param appToken {@code SLACK_APP_TOKEN} / {@code slack.app_token} (xapp-): Socket Mode; "" for
 *     none
 * @param signingSecret {@code SLACK_SIGNING_SECRET} / {@code slack.signing_secret}: HTTP mode at
 *     {@code POST /slack/events}; "" for none
 * @param apiUrl {@code SLACK_API_URL} / {@code slack.api_url}: the Web API base, ending in {@code
 *     /}
 * @param triageChannel {@code SLACK_TRIAGE_CHANNEL} / {@code slack.triage_channel}: the team's
 *     ticket cards
 * @param summaryChannel {@code SLACK_SUMMARY_CHANNEL} / {@code slack.summary_channel}: the weekly
 *     summary (default: the triage channel)
 * @param teamUsergroup {@code SLACK_TEAM_USERGROUP} / {@code slack.team_usergroup}: a user group
 *     whose members are on the tech team; "" for none
 * @param listenChannels {@code SLACK_LISTEN_CHANNELS} / {@code slack.listen_channels}: channel ids
 *     where a top-level question is answered without a mention, when the answer is confident
 */
public record SlackSettings(
    String botToken,
    String appToken,
    String signingSecret,
    String apiUrl,
    String triageChannel,
    String summaryChannel,
    String teamUsergroup,
    java.util.Set<String> listenChannels) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,}");
  private static final Pattern USERGROUP = Pattern.compile("S[A-Z0-9]{2,}");

  /** The settings, or empty when {@code SLACK_BOT_TOKEN} is not set (Slack is off). */
  public static Optional<SlackSettings> load(ConfigSource config) throws ConfigException {
    String bot = config.string("slack", "bot_token", "SLACK_BOT_TOKEN", "");
    if (bot.isEmpty()) {
      return Optional.empty();
    }
    if (!bot.startsWith("xoxb-")) {
      throw new ConfigException(
          "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack: OAuth & Permissions → Bot User OAuth Token)");
    }
    String app = config.string("slack", "app_token", "SLACK_APP_TOKEN", "");
    if (!app.isEmpty() && !app.startsWith("xapp-")) {
      throw new ConfigException(
          "SLACK_APP_TOKEN must be an app-level token starting with xapp- (Slack: Basic Information → App-Level Tokens, scope connections:write)");
    }
    String secret = config.string("slack", "signing_secret", "SLACK_SIGNING_SECRET", "");
    if (!secret.isEmpty() && !secret.matches("[0-9A-Za-z]{16,}")) {
      throw new ConfigException(
          "SLACK_SIGNING_SECRET must be the Signing Secret (letters and digits) from Slack's Basic Information page");
    }
    if (app.isEmpty() && secret.isEmpty()) {
      throw new ConfigException(
          "Slack needs SLACK_APP_TOKEN (xapp-, Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) besides SLACK_BOT_TOKEN");
    }
    String api = config.string("slack", "api_url", "SLACK_API_URL", DEFAULT_API_URL);
    try {
      URI u = URI.create(api);
      if (u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "SLACK_API_URL must be an http(s) URL such as "
              + DEFAULT_API_URL
              + ", not `"
              + api
              + "`");
    }
    if (!api.endsWith("/")) {
      api = api + "/";
    }
    String triage = config.string("slack", "triage_channel", "SLACK_TRIAGE_CHANNEL", "");
    if (triage.isEmpty()) {
      throw new ConfigException(
          "slack.triage_channel (SLACK_TRIAGE_CHANNEL) must name the channel id where the team gets ticket cards, e.g. C0123ABCD");
    }
    requireChannel("slack.triage_channel (SLACK_TRIAGE_CHANNEL)", triage);
    String summary = config.string("slack", "summary_channel", "SLACK_SUMMARY_CHANNEL", triage);
    requireChannel("slack.summary_channel (SLACK_SUMMARY_CHANNEL)", summary);
    String group = config.string("slack", "team_usergroup", "SLACK_TEAM_USERGROUP", "");
    if (!group.isEmpty() && !USERGROUP.matcher(group).matches()) {
      throw new ConfigException(
          "slack.team_usergroup (SLACK_TEAM_USERGROUP) must be a user group id such as S0123ABCD, not `"
              + group
              + "`");
    }
    java.util.Set<String> listen = new java.util.TreeSet<>();
    for (String c : config.list("slack", "listen_channels", "SLACK_LISTEN_CHANNELS")) {
      requireChannel("slack.listen_channels (SLACK_LISTEN_CHANNELS)", c);
      listen.add(c);
    }
    return Optional.of(
        new SlackSettings(bot, app, secret, api, triage, summary, group, Set.copyOf(listen)));
  }

  private static void requireChannel(String name, String value) throws ConfigException {
    if (!CHANNEL.matcher(value).matches()) {
      throw new ConfigException(
          name
              + " must be a channel id such as C0123ABCD (channel details → About), not `"
              + value
              + "`");
    }
  }

  /** Socket Mode (the default) when an app token is set. */
  public boolean socketMode() {
    return !appToken.isEmpty();
  }

  /** HTTP mode at {@code POST /slack/events} when a signing secret is set. */
  public boolean httpMode() {
    return !signingSecret.isEmpty();
  }

  /** Never prints the tokens or the secret. */
  @Override
  public String toString() {
    return "SlackSettings[socketMode="
        + socketMode()
        + ", httpMode="
        + httpMode()
        + ", apiUrl="
        + apiUrl
        + ", triageChannel="
        + triageChannel
        + ", summaryChannel="
        + summaryChannel
        + ", teamUsergroup="
        + teamUsergroup
        + "]";
  }
}
