package org.deskbot.ingest;

import java.util.Locale;

/** The kinds of help the team publishes; each becomes one or more searchable entries. */
public enum ContentType {
  FAQ,
  VIDEO,
  TIP,
  MODULE,
  /** A live session from a calendar ({@code events/*.ics}): offered only before it starts. */
  EVENT;

  /** The lower-case name used in the index, JSON output and eval files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ContentType fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
