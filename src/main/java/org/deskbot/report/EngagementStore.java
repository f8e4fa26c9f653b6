package org.deskbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deskbot.escalate.StoreException;

/**
 * How much the asynchronous supports were used: clicks on the links deskbot sent (each counted at
 * the moment of the fetch, within {@code [from, to)}) and the team's own imported counts (each on a
 * district date, within {@code [first, last]}).
 */
public interface EngagementStore {

  /** What an imported count counts. */
  enum Kind {
    NEWSLETTER_OPEN,
    VIDEO_VIEW,
    MODULE_COMPLETION,
    PAGE_VIEW;

    /** As written in the CSV file and the report: {@code newsletter-open}, ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Kind> of(String label) {
      for (Kind k : values()) {
        if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** The kind {@link ResourceCount} gives clicks on links deskbot sent. */
  String LINK_CLICK = "link-click";

  /**
   * One count from the team's tools.
   *
   * @param resource the URL counted (normalized: no video time, no trailing slash)
   * @param title the content item's title when the URL is one of the content's, else ""
   */
  record Count(LocalDate date, String resource, Kind kind, long count, String title) {}

  /** What writing counts did: new rows, rows whose count changed, rows already as they were. */
  record Written(int added, int replaced, int unchanged) {}

  /**
   * A period's use.
   *
   * @param linkClicks fetches of links sent in answers
   * @param clickedThenSolved answers given in the period with a click that the teacher marked
   *     solved
   */
  record Usage(
      long linkClicks,
      long clickedThenSolved,
      long newsletterOpens,
      long videoViews,
      long moduleCompletions,
      long pageViews) {
    public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0);

    /** Link clicks + newsletter opens + video views + module completions + page views. */
    public long asyncUses() {
      return linkClicks + newsletterOpens + videoViews + moduleCompletions + pageViews;
    }
  }

  /** A resource's count of one kind ({@link #LINK_CLICK} or an imported {@link Kind#label()}). */
  record ResourceCount(String url, String title, String kind, long count) {}

  /** Writes counts, each replacing the count of the same date, resource and kind. */
  Written put(List<Count> counts, Instant at) throws StoreException;

  Usage usage(Instant from, Instant to, LocalDate first, LocalDate last) throws StoreException;

  /** The period's counts per resource and kind, largest first. */
  List<ResourceCount> byResource(
      Instant from, Instant to, LocalDate first, LocalDate last, int limit) throws StoreException;

  /** Clicks in the period per exact address sent (a video's with its time). */
  Map<String, Long> clicksByTarget(Instant from, Instant to) throws StoreException;

  /** Nothing tracked or imported (a report without engagement figures). */
  /** Clicks in the period on live-session ({@code event}) links deskbot sent. */
  default long eventClicks(Instant from, Instant to) throws StoreException {
    return 0;
  }

  EngagementStore NONE =
      new EngagementStore() {
        @Override
        public Written put(List<Count> counts, Instant at) {
          throw new UnsupportedOperationException("no engagement store");
        }

        @Override
        public Usage usage(Instant from, Instant to, LocalDate first, LocalDate last) {
          return Usage.NONE;
        }

        @Override
        public List<ResourceCount> byResource(
            Instant from, Instant to, LocalDate first, LocalDate last, int limit) {
          return List.of();
        }

        @Override
        public Map<String, Long> clicksByTarget(Instant from, Instant to) {
          return Map.of();
        }
      };
}
