package org.deskbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deskbot.index.EntryDocuments;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;

/**
 * Questions a district's content already holds: the way the team phrased each item (an FAQ's
 * question and its aliases, a newsletter tip's heading, a video chapter's title, a module lesson's
 * title). Asked with their item in the index they show what an answerable question looks like;
 * asked with the item held out, what a question without an answer looks like.
 */
public final class PseudoQuestions {
  private PseudoQuestions() {}

  /**
   * One phrasing and the item that answers it.
   *
   * @param question the phrasing, as a teacher might type it
   * @param group the item's collapse group (what is held out together)
   * @param url the item's link, for judging the answer
   */
  public record Asked(String question, String group, String url) {}

  /** Phrasings shorter than this many letters say too little to be a question. */
  static final int MIN_LETTERS = 8;

  /** Every phrasing of {@code entries}, once each (the first item that holds it wins). */
  public static List<Asked> of(List<KnowledgeItem> entries) {
    List<Asked> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (KnowledgeItem e : entries) {
      if (!e.lang().equals("en")) {
        continue; // the decision for other languages is not calibrated (AnswerEngine)
      }
      for (String p : phrasings(e)) {
        String key = p.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        if (key.replace(" ", "").length() >= MIN_LETTERS && seen.add(key)) {
          out.add(new Asked(p, EntryDocuments.groupOf(e), e.url()));
        }
      }
    }
    return out;
  }

  /** The ways the team phrased one entry. */
  static List<String> phrasings(KnowledgeItem e) {
    Set<String> out = new LinkedHashSet<>();
    String own = ownTitle(e);
    if (!own.isBlank()) {
      out.add(own);
    }
    if (e.type() == ContentType.FAQ) {
      out.addAll(e.aliases());
    }
    return List.copyOf(out);
  }

  /**
   * The entry as if the team had never phrased it: no title of its own (a chapter, lesson or tip
   * keeps its video's, module's or issue's title; an FAQ is titled by the first words of its
   * answer), no aliases; the text stays.
   */
  public static KnowledgeItem unphrased(KnowledgeItem e) {
    String title = e.parent();
    if (title.isBlank()) {
      String words = e.text().strip();
      int cut = words.length() <= 80 ? words.length() : words.lastIndexOf(' ', 80);
      title = words.substring(0, cut > 0 ? cut : Math.min(80, words.length()));
    }
    if (title.isBlank()) {
      title = e.type().label();
    }
    return new KnowledgeItem(
        e.id(),
        e.type(),
        title,
        e.text(),
        e.url(),
        e.category(),
        e.tags(),
        List.of(),
        e.lang(),
        e.source(),
        e.startSeconds(),
        e.parent(),
        e.marks(),
        null);
  }

  /**
   * An entry's own title: a video chapter's or a module lesson's without the video's or module's
   * title before it; a video passage without a chapter has none but the first.
   */
  static String ownTitle(KnowledgeItem e) {
    String prefix = e.parent() + " — ";
    if (!e.parent().isEmpty() && e.title().startsWith(prefix)) {
      return e.title().substring(prefix.length()).strip();
    }
    if (e.type() == ContentType.VIDEO && e.startSeconds() > 0) {
      return "";
    }
    return e.title().strip();
  }
}
