package org.deskbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deskbot.answer.Answer;
import org.deskbot.config.Settings;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Evaluation;
import org.deskbot.eval.Links;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.report.Interaction;

/**
 * Labelled questions from what a district's teachers did, for {@code calibrate --from-log}:
 *
 * <ul>
 *   <li><b>That solved it</b> on an answer: answerable, and one of the links shown answers it.
 *   <li>A <b>ticket</b> behind a question (escalated by the bot, or after <i>I still need help</i>)
 *       once resolved: its resolution note names the item that answered (answerable, that item) or
 *       no indexed item (the content has no answer). A ticket saved as an FAQ since then is
 *       answerable by that FAQ.
 * </ul>
 *
 * Every other question (no feedback, a ticket still open, text purged by retention) says nothing
 * about the decision and is left out, as is a ticket that names no item when the same words were
 * answered for another teacher (the note left the item out; the content did have an answer). Each
 * labelled question is asked again over today's index, so the features are the ones the decision
 * would see now. Events are split into two halves by the item they are about (a ticket without an
 * item is its own group), never by question.
 */
final class LogCalibration {
  private LogCalibration() {}

  /**
   * At least this many labelled events in all, and {@link #MIN_EACH} of each kind: below that, one
   * question moves the held-out escalate F1 by more than 0.1 and the refit would chase noise.
   */
  static final int MIN_EVENTS = 40;

  /**
   * At least this many answerable events and this many without an answer: the escalate threshold is
   * placed between the two kinds, and cannot be placed from one side alone.
   */
  static final int MIN_EACH = 10;

  /** What the log held. */
  record Counts(int solved, int ticketsAnswerable, int ticketsWithoutAnswer, int skipped) {
    int events() {
      return solved + ticketsAnswerable + ticketsWithoutAnswer;
    }

    int answerable() {
      return solved + ticketsAnswerable;
    }
  }

  record Collected(List<ContentCalibration.Labelled> labelled, Counts counts) {}

  private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]\"',]+");
  private static final Pattern FROM_TICKET = Pattern.compile("from (T-\\d+);");
  private static final Pattern FRONT_MATTER_URL = Pattern.compile("(?m)^url:\\s*(\\S+)");

  static Collected collect(Settings settings) throws IOException {
    Map<String, String> savedAsFaq = savedAsFaq(settings.content());
    List<Interaction> log;
    Map<Long, Ticket> tickets = new HashMap<>();
    try (Wiring.Stores stores = Wiring.openStores(settings)) {
      log = stores.interactions().since(Instant.EPOCH);
      for (Interaction i : log) {
        if (i.ticketId() != null) {
          stores.tickets().find(i.ticketId()).ifPresent(t -> tickets.put(t.id(), t));
        }
      }
    } catch (org.deskbot.escalate.StoreException e) {
      throw new IOException("cannot read the log: " + e.getMessage(), e);
    }
    List<ContentCalibration.Labelled> out = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    int solved = 0, answerable = 0, without = 0, skipped = 0;
    try (Wiring.Engine engine = Wiring.openEngine(settings)) {
      List<String> indexed = engine.searcher().entries().stream().map(KnowledgeItem::url).toList();
      Map<Interaction, Event> events = new java.util.LinkedHashMap<>();
      java.util.Set<String> solvedTexts = new java.util.HashSet<>();
      for (Interaction i : log) {
        if (i.decision().equals(Interaction.NOT_A_QUESTION)) {
          continue;
        }
        Optional<Event> e = event(i, tickets.get(i.ticketId()), indexed, savedAsFaq);
        e.ifPresent(ev -> events.put(i, ev));
        if (e.isEmpty()) {
          skipped++;
        } else if (e.get().kind() == Kind.SOLVED) {
          solvedTexts.add(sameText(i.question()));
        }
      }
      int line = 0;
      for (Map.Entry<Interaction, Event> entry : events.entrySet()) {
        line++;
        Interaction i = entry.getKey();
        Event ev = entry.getValue();
        if (ev.kind() == Kind.TICKET_WITHOUT_ANSWER
            && solvedTexts.contains(sameText(i.question()))) {
          // the same words were answered for someone else: the note just did not name the item
          skipped++;
          continue;
        }
        switch (ev.kind()) {
          case SOLVED -> solved++;
          case TICKET_ANSWERABLE -> answerable++;
          case TICKET_WITHOUT_ANSWER -> without++;
        }
        EvalQuestion q = new EvalQuestion(i.question(), ev.expect(), null, line);
        Answer a = engine.answers().answer(i.question(), Evaluation.DEPTH);
        out.add(new ContentCalibration.Labelled(Evaluation.judge(q, a), ev.group(), 0));
        groups.add(ev.group());
      }
    }
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groups));
    Collections.shuffle(distinct, new Random(42));
    Map<String, Integer> half = new HashMap<>();
    for (int k = 0; k < distinct.size(); k++) {
      half.put(distinct.get(k), k % 2);
    }
    List<ContentCalibration.Labelled> folded =
        out.stream()
            .map(l -> new ContentCalibration.Labelled(l.outcome(), l.group(), half.get(l.group())))
            .toList();
    return new Collected(folded, new Counts(solved, answerable, without, skipped));
  }

  enum Kind {
    SOLVED,
    TICKET_ANSWERABLE,
    TICKET_WITHOUT_ANSWER
  }

  /** One labelled event: what the question should have found, and the group it folds by. */
  record Event(Kind kind, List<String> expect, String group) {}

  /** What an interaction says about the decision, if anything. */
  static Optional<Event> event(
      Interaction i, Ticket ticket, List<String> indexed, Map<String, String> savedAsFaq) {
    if (i.question() == null || i.question().isBlank()) {
      return Optional.empty();
    }
    if (i.feedback().equals("solved")) {
      List<String> shown = shown(i.results(), indexed);
      return shown.isEmpty()
          ? Optional.empty()
          : Optional.of(new Event(Kind.SOLVED, shown, Links.normalize(shown.get(0))));
    }
    if (ticket == null || ticket.status() != TicketStatus.RESOLVED) {
      return Optional.empty();
    }
    List<String> named = named(ticket.resolution(), indexed);
    String faq = savedAsFaq.get(ticket.number());
    if (named.isEmpty() && faq != null && indexed.stream().anyMatch(u -> Links.matches(u, faq))) {
      named = List.of(faq);
    }
    return Optional.of(
        named.isEmpty()
            ? new Event(Kind.TICKET_WITHOUT_ANSWER, List.of(), ticket.number())
            : new Event(Kind.TICKET_ANSWERABLE, named, Links.normalize(named.get(0))));
  }

  private static String sameText(String question) {
    return question.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " ").strip();
  }

  /** The indexed links among the first three an answer showed. */
  private static List<String> shown(String resultsJson, List<String> indexed) {
    List<String> out = new ArrayList<>();
    try {
      JsonNode results = CliFiles.JSON.readTree(resultsJson == null ? "[]" : resultsJson);
      for (int k = 0; k < Math.min(3, results.size()); k++) {
        String url = results.get(k).path("url").asText("");
        if (isIndexed(url, indexed)) {
          out.add(url);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  /** The indexed items a resolution note links to. */
  static List<String> named(String resolution, List<String> indexed) {
    List<String> out = new ArrayList<>();
    if (resolution == null) {
      return out;
    }
    Matcher m = URL.matcher(resolution);
    while (m.find()) {
      String url = m.group().replaceAll("[.;:]+$", "");
      if (isIndexed(url, indexed)) {
        out.add(url);
      }
    }
    return out;
  }

  private static boolean isIndexed(String url, List<String> indexed) {
    return !url.isBlank() && indexed.stream().anyMatch(u -> Links.matches(url, u));
  }

  /** Ticket number → URL of the approved FAQ drafted from it (under the content's faq/). */
  static Map<String, String> savedAsFaq(Path content) throws IOException {
    Map<String, String> out = new HashMap<>();
    Path faq = content.resolve("faq");
    if (!Files.isDirectory(faq)) {
      return out;
    }
    try (Stream<Path> files = Files.list(faq)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String text = Files.readString(f);
        Matcher from = FROM_TICKET.matcher(text);
        Matcher url = FRONT_MATTER_URL.matcher(text);
        if (from.find() && url.find()) {
          out.put(from.group(1), url.group(1));
        }
      }
    }
    return out;
  }
}
