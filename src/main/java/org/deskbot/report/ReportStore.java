package org.deskbot.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deskbot.escalate.StoreException;

/**
 * The aggregates the weekly figures are computed from, each over a period {@code [from, to)}: the
 * store counts and sums, the figures apply the definitions that need the school calendar.
 */
public interface ReportStore {

  /**
   * Counts of the period's interactions and tickets; {@code minutesSpent} is the tech team's own (a
   * champion's minutes are in {@link #champions}).
   */
  record Counts(
      long questions,
      long notQuestions,
      long answered,
      long unanswered,
      long confirmed,
      long ticketsOpened,
      long ticketsFromBot,
      long ticketsResolved,
      long minutesSpent) {}

  /**
   * An answered question with no feedback: a probable deflection unless the teacher opened a ticket
   * soon after.
   */
  record Silent(String user, String category, Instant at) {}

  /** A ticket as the probable-deflection check needs it. */
  record Opened(String requester, String category, Instant at) {}

  /** A ticket's clock: opened, first response, resolved; its category and minutes. */
  record Timing(
      String category, Instant created, Instant firstResponse, Instant resolved, Integer minutes) {}

  /** An escalated or unanswered question (text null once purged by retention). */
  record Unanswered(String question, String category) {}

  /** A linked resource: how often it was shown, and how often the teacher said it solved it. */
  record Resource(String url, String title, String type, long linked, long solved) {}

  Counts counts(Instant from, Instant to) throws StoreException;

  /**
   * Top-level messages heard in Slack listening channels, and how many of them the bot answered
   * unasked.
   */
  record Listening(long heard, long answered) {}

  /** The period's listening-channel counts (none where a store keeps none). */
  default Listening listening(Instant from, Instant to) throws StoreException {
    return new Listening(0, 0);
  }

  /** Questions plus tickets opened without a question, per category. */
  Map<String, Long> categories(Instant from, Instant to) throws StoreException;

  /** Confirmed deflections per category. */
  Map<String, Long> confirmedByCategory(Instant from, Instant to) throws StoreException;

  List<Silent> silent(Instant from, Instant to) throws StoreException;

  List<Opened> opened(Instant from, Instant to) throws StoreException;

  /** Tickets first responded to in the period. */
  List<Timing> firstResponded(Instant from, Instant to) throws StoreException;

  /** Tickets resolved in the period. */
  List<Timing> resolved(Instant from, Instant to) throws StoreException;

  /** Minutes logged on tickets resolved in the period, per category. */
  Map<String, List<Integer>> minutes(Instant from, Instant to) throws StoreException;

  List<Unanswered> unanswered(Instant from, Instant to) throws StoreException;

  /** The most linked resources, most linked first. */
  List<Resource> resources(Instant from, Instant to, int limit) throws StoreException;

  /** Live sessions ({@code event} links) offered in the period's answers and replies. */
  long eventsOffered(Instant from, Instant to) throws StoreException;

  /**
   * The school champions' part of the period (none where a store keeps none).
   *
   * @param tickets tickets opened in the period and routed to a champion, handed over or not
   * @param resolved tickets a champion resolved in the period (before any hand-over)
   * @param minutes the minutes champions logged on those
   * @param handedToTeam tickets left unclaimed that went to the team in the period
   */
  record ChampionWork(long tickets, long resolved, long minutes, long handedToTeam) {}

  default ChampionWork champions(Instant from, Instant to) throws StoreException {
    return new ChampionWork(0, 0, 0, 0);
  }
}
