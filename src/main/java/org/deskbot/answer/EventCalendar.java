package org.deskbot.answer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.deskbot.index.Fields;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;

/**
 * The live sessions in the index ({@code events/*.ics}): the one to offer beside an answer, and the
 * next office hours to name when a teacher is handed to a person. A session is offered only when
 * its next start is after the time of asking and within the horizon; which start is next is worked
 * out at that moment from the calendar's rule, never at ingest.
 */
public final class EventCalendar {
  /** How far ahead a session is worth offering ({@code events.horizon_days}). */
  public static final int DEFAULT_HORIZON_DAYS = 21;

  /**
   * A session is offered when its title, categories, place and description say at least this share
   * of the question's weight (each word weighted by its rarity in the content): "how do my students
   * join my Canva class" is the Canva workshop's, not office hours that list Canva among ten tools.
   */
  static final double COVERAGE = 0.5;

  /** Sessions offered beside one answer. */
  static final int OFFERS = 1;

  /**
   * @param horizonDays how many days ahead a session is offered
   * @param zone the district's time zone: a session's start is given in it
   */
  public record Settings(int horizonDays, ZoneId zone) {}

  /** No sessions: for a home without events, and for tests of everything else. */
  public static final EventCalendar NONE =
      new EventCalendar(null, new Settings(DEFAULT_HORIZON_DAYS, ZoneOffset.UTC));

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a z", Locale.US);

  private final ContentSearcher searcher;
  private final Settings settings;
  private final AnalyzedTexts texts;

  public EventCalendar(ContentSearcher searcher, Settings settings) {
    this.searcher = searcher;
    this.settings = settings;
    this.texts = searcher == null ? null : new AnalyzedTexts(searcher.contentAnalyzer());
  }

  /**
   * {@code answer} with the live session it should offer added after its links, if there is one.
   */
  public Answer offer(Answer answer, Instant now) throws IOException {
    if (searcher == null || !"en".equals(answer.language())) {
      return answer;
    }
    List<Result> sessions = sessions(answer.cleaned(), now);
    if (sessions.isEmpty()) {
      return answer;
    }
    List<Result> results = new ArrayList<>(answer.results());
    results.addAll(sessions);
    return new Answer(
        answer.question(),
        answer.cleaned(),
        answer.language(),
        answer.decision(),
        results,
        answer.confidence(),
        answer.millis(),
        answer.features());
  }

  /**
   * The next office hours after {@code now} within the horizon: the events whose title or
   * categories say "office hours".
   */
  public Optional<Result> nextOfficeHours(Instant now) throws IOException {
    if (searcher == null) {
      return Optional.empty();
    }
    return searcher.withSearcher(
        s -> {
          Result best = null;
          for (EventDoc doc : events(s)) {
            if (!officeHours(doc.item())) {
              continue;
            }
            Optional<ZonedDateTime> next = next(doc.item(), now);
            if (next.isPresent()
                && (best == null || next.get().toOffsetDateTime().isBefore(best.start()))) {
              best = result(doc.item(), next.get(), 1.0);
            }
          }
          return Optional.ofNullable(best);
        });
  }

  /** Whether an event is office hours: its title or one of its categories says so. */
  static boolean officeHours(KnowledgeItem item) {
    String said = (item.title() + " " + String.join(" ", item.tags())).toLowerCase(Locale.ROOT);
    return said.replaceAll("[^a-z]+", " ").contains("office hour");
  }

  /** "Tuesday, December 8 at 3:30 PM CST": when a session starts, as a teacher reads it. */
  public String when(Result session) {
    if (session.start() == null) {
      return "";
    }
    ZonedDateTime at = session.start().atZoneSameInstant(settings.zone());
    return DAY.format(at) + " at " + TIME.format(at);
  }

  /** The words that name a session and how to join it, for a reply. */
  public String invitation(Result session) {
    return session.title()
        + " on "
        + when(session)
        + (session.url().isBlank() ? "" : ": " + session.url());
  }

  /** An event of the index and the words it is about (title, categories, description). */
  private record EventDoc(KnowledgeItem item, Set<String> said) {}

  /** The events of one index view, read once per view. */
  private record Loaded(org.apache.lucene.index.IndexReader reader, List<EventDoc> docs) {}

  private volatile Loaded loaded;

  /**
   * The index's events with their words, decoded and analysed once per index view (a district has
   * tens of sessions, not thousands): a question is then matched against them without a search.
   */
  private List<EventDoc> events(org.apache.lucene.search.IndexSearcher s) throws IOException {
    Loaded l = loaded;
    if (l != null && l.reader() == s.getIndexReader()) {
      return l.docs();
    }
    Query events = new TermQuery(new Term(Fields.TYPE, ContentType.EVENT.label()));
    int n = s.count(events);
    List<EventDoc> docs = new ArrayList<>();
    if (n > 0) {
      for (ScoreDoc sd : s.search(events, n).scoreDocs) {
        KnowledgeItem item = ContentSearcher.item(s.getIndexReader(), sd.doc);
        Set<String> said = new HashSet<>();
        for (String part :
            List.of(
                item.title(),
                String.join(" ", item.tags()),
                org.deskbot.ingest.event.EventReader.about(item.text()))) {
          said.addAll(texts.of(part).terms());
        }
        docs.add(new EventDoc(item, Set.copyOf(said)));
      }
    }
    loaded = new Loaded(s.getIndexReader(), List.copyOf(docs));
    return loaded.docs();
  }

  /**
   * The sessions the question is about: events whose title, categories and description cover at
   * least {@link #COVERAGE} of the question's weight, with a next start within the horizon; the
   * best covered first, then the soonest.
   */
  private List<Result> sessions(String question, Instant now) throws IOException {
    return searcher.withSearcher(
        s -> {
          List<EventDoc> docs = events(s);
          if (docs.isEmpty()) {
            return List.<Result>of();
          }
          QuestionTerms terms =
              QuestionTerms.of(question, texts.analyzer(), searcher.questionAnalyzer());
          if (terms.groups().isEmpty()) {
            return List.<Result>of();
          }
          Map<String, Double> idf = searcher.idf(s, terms, false);
          double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
          record Offer(Result result, double coverage, Instant start) {}
          List<Offer> offers = new ArrayList<>();
          for (EventDoc doc : docs) {
            double coverage = AnswerEngine.coverage(List.of(doc.said()), terms, idf, total);
            if (coverage < COVERAGE) {
              continue;
            }
            Optional<ZonedDateTime> next = next(doc.item(), now);
            if (next.isPresent()) { // else past, or too far ahead
              offers.add(
                  new Offer(
                      result(doc.item(), next.get(), coverage), coverage, next.get().toInstant()));
            }
          }
          return offers.stream()
              .sorted(
                  Comparator.comparingDouble(Offer::coverage)
                      .reversed()
                      .thenComparing(Offer::start))
              .limit(OFFERS)
              .map(Offer::result)
              .toList();
        });
  }

  /** The event's next start after {@code now} within the horizon, in the district's time. */
  private Optional<ZonedDateTime> next(KnowledgeItem item, Instant now) {
    if (item.schedule() == null) {
      return Optional.empty();
    }
    Instant until = now.plus(Duration.ofDays(settings.horizonDays()));
    return item.schedule()
        .next(now, until, settings.zone())
        .map(z -> z.withZoneSameInstant(settings.zone()));
  }

  private Result result(KnowledgeItem item, ZonedDateTime start, double score) {
    Result r =
        new Result(
            ContentType.EVENT,
            item.title(),
            item.url(),
            score,
            "",
            List.of(),
            -1,
            item.category(),
            start.toOffsetDateTime());
    String when =
        item.schedule().allDay()
            ? DAY.format(start) + " (all day)"
            : when(r) + minutes(item.schedule().minutes());
    return new Result(
        r.type(),
        r.title(),
        r.url(),
        r.score(),
        Snippets.lead(when + ". " + item.text().replace('\n', ' ')).strip(),
        List.of(),
        -1,
        r.category(),
        r.start());
  }

  private static String minutes(long minutes) {
    return minutes <= 0
        ? ""
        : minutes % 60 == 0 ? " (" + minutes / 60 + " h)" : " (" + minutes + " min)";
  }
}
