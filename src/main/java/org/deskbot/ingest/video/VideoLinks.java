package org.deskbot.ingest.video;

import java.util.Locale;
import java.util.StringJoiner;

/** Deep links into a video at a given second, in the form each host understands. */
public final class VideoLinks {
  private VideoLinks() {}

  /**
   * The video's URL at {@code seconds}: {@code youtube.com/watch?v=ID&t=123s}, {@code
   * youtu.be/ID?t=123}, and {@code t=123} as a query parameter for any other host. An existing
   * {@code t} (query parameter or {@code #t=} fragment) is replaced; other parameters are kept in
   * order. A blank URL gives "".
   */
  public static String urlAt(String videoUrl, int seconds) {
    if (videoUrl == null || videoUrl.isBlank()) {
      return "";
    }
    String url = videoUrl.strip();
    String fragment = "";
    int hash = url.indexOf('#');
    if (hash >= 0) {
      fragment = url.substring(hash);
      url = url.substring(0, hash);
    }
    if (fragment.startsWith("#t=")) {
      fragment = ""; // an old start time in the fragment would compete with the new one
    }
    String query = "";
    int question = url.indexOf('?');
    if (question >= 0) {
      query = url.substring(question + 1);
      url = url.substring(0, question);
    }
    StringJoiner params = new StringJoiner("&");
    for (String param : query.split("&")) {
      if (!param.isEmpty() && !param.equals("t") && !param.startsWith("t=")) {
        params.add(param);
      }
    }
    String host = host(url);
    boolean youtube = host.equals("youtube.com") || host.endsWith(".youtube.com");
    params.add("t=" + Math.max(0, seconds) + (youtube ? "s" : ""));
    return url + "?" + params + fragment;
  }

  private static String host(String url) {
    int scheme = url.indexOf("://");
    String rest = scheme >= 0 ? url.substring(scheme + 3) : url;
    int slash = rest.indexOf('/');
    String authority = slash >= 0 ? rest.substring(0, slash) : rest;
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.indexOf(':');
    return (colon >= 0 ? authority.substring(0, colon) : authority).toLowerCase(Locale.ROOT);
  }
}
