package org.deskbot.ingest.newsletter;

import java.util.HashSet;
import java.util.Set;
import org.deskbot.ingest.Slugs;

/** Hands out anchors unique within one issue, as ids must be unique in the index. */
final class Anchors {
  private final Set<String> used = new HashSet<>();

  /** The author's anchor, else the heading's slug; "-2", "-3"... when already taken. */
  String claim(String explicit, String heading) {
    String wanted = explicit.isBlank() ? Slugs.slug(heading) : explicit.strip();
    String anchor = wanted;
    for (int n = 2; !used.add(anchor); n++) {
      anchor = wanted + "-" + n;
    }
    return anchor;
  }

  /** {@code url} pointing at {@code anchor}, replacing any fragment it had; "" stays "". */
  static String link(String url, String anchor) {
    if (url.isEmpty()) {
      return "";
    }
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    return base + "#" + encodeFragment(anchor);
  }

  // Author ids may hold spaces or accents; a fragment must be percent-encoded to stay one URL.
  private static String encodeFragment(String anchor) {
    StringBuilder out = new StringBuilder();
    for (byte b : anchor.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
