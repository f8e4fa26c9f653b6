package org.deskbot.teams;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.deskbot.ocr.ImageDownload;

/**
 * The Bot Framework side of the adapter, on one HTTP client: the bearer tokens Teams sends checked
 * ({@code auth}), replies and cards sent ({@code connector}), pictures fetched ({@code
 * attachments}).
 */
record BotFramework(
    HttpClient http, BotAuthenticator auth, Connector connector, Attachments attachments)
    implements AutoCloseable {

  /** {@code backoff}: the first wait before a throttled or failed send is tried again. */
  static BotFramework open(TeamsSettings settings, Clock clock, Duration backoff) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Connector connector = new Connector(settings, http, clock, backoff);
    return new BotFramework(
        http,
        new BotAuthenticator(settings.openIdMetadataUrl(), settings.appId(), http, clock),
        connector,
        new Attachments(connector, new ImageDownload(http)));
  }

  @Override
  public void close() {
    http.close();
  }
}
