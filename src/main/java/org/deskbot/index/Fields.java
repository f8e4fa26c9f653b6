package org.deskbot.index;

/** Every field of a deskbot Lucene document, in one place. */
public final class Fields {
  private Fields() {}

  /** Unique id of an entry ({@code source#position}). */
  public static final String ID = "id";

  /** The content file an entry came from: deleting by it removes a file's entries. */
  public static final String SOURCE = "source";

  /** Entries that collapse together in results: a video, a newsletter issue, a module. */
  public static final String GROUP = "group";

  public static final String TYPE = "type";
  public static final String TITLE = "title";
  public static final String ALIASES = "aliases";
  public static final String BODY = "body";

  /** The video, newsletter issue or module title, searched lightly. */
  public static final String PARENT = "parent";

  public static final String TAGS = "tags";
  public static final String URL = "url";
  public static final String CATEGORY = "category";
  public static final String LANG = "lang";
  public static final String START = "start";

  /** Video time marks, stored as {@code offset:seconds,...}. */
  public static final String MARKS = "marks";

  /**
   * An event's title (and categories) and its description and place: searched only when offering
   * live sessions, so events never take part in the documents' ranking or their term statistics.
   */
  public static final String EVENT_TITLE = "event_title";

  public static final String EVENT_BODY = "event_body";

  /** When an event happens ({@link org.deskbot.ingest.Schedule#encode}). */
  public static final String SCHEDULE = "schedule";

  /** Dense embedding of title + text. */
  public static final String VECTOR = "vector";

  /** Dense embeddings of an FAQ's question and aliases, packed floats in a binary doc value. */
  public static final String PHRASINGS = "phrasings";

  /**
   * Dense embeddings of the moments of a video passage (~30 s read from each start), with their
   * second and text offset.
   */
  public static final String MOMENTS = "moments";

  /** Marks the one manifest document per content file: its hash, so unchanged files are skipped. */
  public static final String MANIFEST = "manifest";

  public static final String HASH = "hash";
  public static final String ITEM_COUNT = "items";

  /** Findings stored with the manifest so the ingest report lists them for unchanged files too. */
  public static final String FINDINGS = "findings";
}
