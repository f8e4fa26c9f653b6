package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deskbot.chat.Screenshots;
import org.deskbot.ocr.ImageDownload;

/**
 * The pictures in a Teams message: an image pasted into the compose box ({@code contentType} {@code
 * image/*}, its {@code contentUrl} on the Bot Connector, fetched with the app's token), or a file
 * sent in personal chat ({@code application/vnd.microsoft.teams.file.download.info}, its {@code
 * downloadUrl} pre-authorised, fetched without a token). The HTML copy of the message and cards are
 * not pictures. The app's token goes only to the activity's service URL host and the Bot
 * Framework's own hosts.
 */
final class Attachments {
  static final String FILE_DOWNLOAD = "application/vnd.microsoft.teams.file.download.info";
  private static final Set<String> IMAGE_TYPES =
      Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff");

  private final Connector connector;
  private final ImageDownload download;

  Attachments(Connector connector, ImageDownload download) {
    this.connector = connector;
    this.download = download;
  }

  /** The activity's pictures, fetched only when read. */
  List<Screenshots.Picture> pictures(JsonNode activity) {
    String serviceUrl = activity.path("serviceUrl").asText("");
    List<Screenshots.Picture> out = new ArrayList<>();
    for (JsonNode a : activity.path("attachments")) {
      String type = a.path("contentType").asText("").toLowerCase(Locale.ROOT);
      String name = a.path("name").asText("");
      if (type.startsWith("image/") && !a.path("contentUrl").asText("").isBlank()) {
        String url = a.path("contentUrl").asText();
        out.add(
            new Screenshots.Picture(
                name.isBlank() ? "the pasted image" : name,
                type,
                -1,
                () ->
                    download.get(
                        name.isBlank() ? "the pasted image" : name,
                        url,
                        botHost(url, serviceUrl) ? connector.token() : null)));
      } else if (type.equals(FILE_DOWNLOAD)) {
        String url = a.path("content").path("downloadUrl").asText("");
        String fileType = a.path("content").path("fileType").asText("").toLowerCase(Locale.ROOT);
        String shown = name.isBlank() ? "the file" : name;
        out.add(
            new Screenshots.Picture(
                shown,
                IMAGE_TYPES.contains(fileType) ? "image/" + fileType : "application/" + fileType,
                -1,
                () -> {
                  if (url.isBlank()) {
                    throw new IOException("Teams gave no download address for " + shown);
                  }
                  return download.get(shown, url, null);
                }));
      }
    }
    return out;
  }

  /** Whether {@code url} is the Bot Connector's (where the app's token is expected). */
  static boolean botHost(String url, String serviceUrl) {
    try {
      URI u = URI.create(url);
      URI service = URI.create(serviceUrl);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      boolean https = "https".equals(u.getScheme());
      return (host.equals(service.getHost()) && u.getPort() == service.getPort())
          || (https
              && (host.equals("smba.trafficmanager.net")
                  || host.endsWith(".botframework.com")
                  || host.endsWith(".skype.com")));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
