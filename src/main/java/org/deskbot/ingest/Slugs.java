package org.deskbot.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Stable URL anchors for headings that have no id of their own. */
public final class Slugs {
  private Slugs() {}

  /**
   * Lower case, accents removed, every run of characters other than a-z and 0-9 replaced by one
   * '-', no leading or trailing '-': "Share a Google Doc — fast!" becomes
   * "share-a-google-doc-fast".
   */
  public static String slug(String heading) {
    String s = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "section" : s;
  }
}
