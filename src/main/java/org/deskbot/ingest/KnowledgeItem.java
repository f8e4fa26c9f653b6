package org.deskbot.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One searchable entry: an FAQ question, a transcript passage, a newsletter tip or a module lesson.
 *
 * @param id stable id, unique in the index (source path + position)
 * @param type what kind of help this is
 * @param title what a teacher sees as the link text
 * @param text the body searched and quoted
 * @param url the deep link (for a video: at {@code startSeconds}; for a tip: with its #anchor)
 * @param category the K-12 category, or "" when the content does not say
 * @param tags free tags from the content
 * @param aliases other phrasings of the same question (FAQs)
 * @param lang ISO 639-1 language of the content ("en" unless the content says otherwise)
 * @param source the content file, relative to the content folder, with '/' separators
 * @param startSeconds where a video passage starts, or -1
 * @param parent the title of the video, newsletter issue or module this entry belongs to, or ""
 * @param marks for a video passage: where in {@code text} each cue starts and at which second, in
 *     order (lets an answer link to the sentence that answers, not just the passage start)
 * @param schedule for an event: when it happens (its next occurrence is worked out when a teacher
 *     asks); null for every other entry
 */
public record KnowledgeItem(
    String id,
    ContentType type,
    String title,
    String text,
    String url,
    String category,
    List<String> tags,
    List<String> aliases,
    String lang,
    String source,
    int startSeconds,
    String parent,
    List<TimeMark> marks,
    Schedule schedule) {

  /** A position in a passage's text and the second of the video where it is spoken. */
  public record TimeMark(int offset, int seconds) {}

  public KnowledgeItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    title = Objects.requireNonNullElse(title, "");
    text = Objects.requireNonNullElse(text, "");
    url = Objects.requireNonNullElse(url, "");
    category = Objects.requireNonNullElse(category, "");
    tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    lang = lang == null || lang.isBlank() ? "en" : lang;
    source = Objects.requireNonNullElse(source, "");
    parent = Objects.requireNonNullElse(parent, "");
    marks = List.copyOf(Objects.requireNonNullElse(marks, List.of()));
  }
}
