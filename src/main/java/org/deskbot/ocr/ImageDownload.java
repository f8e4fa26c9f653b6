package org.deskbot.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches a teacher's image from a chat platform into memory (never to disk): a GET with the
 * platform's bearer token when the file needs one, no redirects followed (a token is never carried
 * to another address), the declared length checked before reading and at most {@link
 * ImageLimits#MAX_BYTES} read.
 */
public final class ImageDownload {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;

  public ImageDownload(HttpClient http) {
    this.http = http;
  }

  /** A client of its own: 10 s to connect, no redirects. */
  public static ImageDownload create() {
    return new ImageDownload(
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /**
   * The bytes at {@code url}; {@code bearer} is the token sent as {@code Authorization: Bearer}, or
   * null to send none. Too large is an {@link ImageException}; an answer other than 200 with a file
   * (a sign-in page, an error) is an IOException naming the status, never the token.
   */
  public byte[] get(String name, String url, String bearer) throws ImageException, IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<InputStream> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while downloading " + name);
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot download " + name + ": " + e.getMessage());
    }
    try (InputStream in = r.body()) {
      String type = r.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
      if (r.statusCode() != 200 || type.startsWith("text/html") || type.contains("json")) {
        throw new IOException(
            "downloading "
                + name
                + " answered "
                + r.statusCode()
                + (type.isEmpty() ? "" : " " + type.replaceAll(";.*", ""))
                + " instead of the file");
      }
      long length = r.headers().firstValueAsLong("content-length").orElse(-1);
      ImageLimits.checkDeclared(name, null, length);
      return ImageLimits.readAtMost(name, in);
    }
  }
}
