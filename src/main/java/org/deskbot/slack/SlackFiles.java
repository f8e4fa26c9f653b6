package org.deskbot.slack;

import com.slack.api.model.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.deskbot.chat.Screenshots;
import org.deskbot.ocr.ImageDownload;

/**
 * The files shared with a teacher's message, as pictures to read: Slack's declared type and size,
 * and the bytes from {@code url_private_download} (else {@code url_private}) fetched with the bot
 * token, which Slack requires (scope {@code files:read}). The token goes only to Slack's own hosts
 * or the configured Web API's host.
 */
final class SlackFiles {
  private final SlackSettings settings;
  private final ImageDownload download;

  SlackFiles(SlackSettings settings, ImageDownload download) {
    this.settings = settings;
    this.download = download;
  }

  /** The message's files ({@code null} for none) as pictures, fetched only when read. */
  List<Screenshots.Picture> pictures(List<File> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream().map(this::picture).toList();
  }

  private Screenshots.Picture picture(File f) {
    String name = f.getName() != null ? f.getName() : f.getTitle() != null ? f.getTitle() : "file";
    String url = f.getUrlPrivateDownload() != null ? f.getUrlPrivateDownload() : f.getUrlPrivate();
    return new Screenshots.Picture(
        name,
        f.getMimetype(),
        f.getSize() == null ? -1 : f.getSize(),
        () -> {
          if (url == null || url.isBlank()) {
            throw new IOException("Slack gave no address for " + name);
          }
          return download.get(name, url, ownHost(url) ? settings.botToken() : null);
        });
  }

  /** Whether {@code url} is Slack's (or the configured Web API's host, for a proxy or tests). */
  private boolean ownHost(String url) {
    try {
      URI u = URI.create(url);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      URI api = URI.create(settings.apiUrl());
      return ("https".equals(u.getScheme())
              && (host.equals("slack.com") || host.endsWith(".slack.com")))
          || (host.equals(api.getHost()) && u.getPort() == api.getPort());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
