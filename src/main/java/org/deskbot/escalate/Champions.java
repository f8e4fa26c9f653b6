package org.deskbot.escalate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The school champions ({@code team.champions}) and how long a ticket waits for one ({@code
 * team.champion_hours}, school hours) before it is the team's.
 */
public record Champions(List<Champion> people, int hours) {
  /** The hours a champion has to claim a ticket when {@code team.champion_hours} is not set. */
  public static final int DEFAULT_HOURS = 4;

  public static final Champions NONE = new Champions(List.of(), DEFAULT_HOURS);

  public Champions {
    people = List.copyOf(people);
  }

  /** A champion and what of theirs the question is about ("nearpod", or a category). */
  public record Match(Champion champion, String about) {
    /** What the escalation form offers: "Ask Ana Ruiz, your school's Nearpod champion". */
    public String offer() {
      return "Ask " + who();
    }

    /** "Ana Ruiz, your school's Nearpod champion". */
    public String who() {
      return champion.name()
          + ", your school's "
          + Character.toUpperCase(about.charAt(0))
          + about.substring(1)
          + " champion";
    }
  }

  /**
   * The champion at {@code school} who covers the question: a tool named in it first (in the order
   * configured), else its category; empty when none does.
   */
  public Optional<Match> match(String school, String question, String category) {
    if (school == null || school.isBlank()) {
      return Optional.empty();
    }
    for (boolean toolsOnly : new boolean[] {true, false}) {
      for (Champion c : people) {
        Optional<String> about = c.covers(school, question, toolsOnly ? null : category);
        if (about.isPresent()) {
          return Optional.of(new Match(c, about.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The champion with user id {@code user}, if there is one. */
  public Optional<Champion> byUser(String user) {
    return people.stream().filter(c -> c.user().equals(user)).findFirst();
  }

  /**
   * When a ticket routed to a champion becomes the team's if nobody claimed it: {@link #hours}
   * school hours after it was opened. Null when it is not with a champion.
   */
  public Instant handOverAt(Ticket t, SchoolClock clock) {
    return t.withChampion() ? clock.plusSchoolHours(t.createdAt(), hours) : null;
  }

  /** Whether {@code t} should be the team's by now: still open with its champion past the hours. */
  public boolean handOverDue(Ticket t, SchoolClock clock, Instant now) {
    return t.withChampion()
        && t.status() == TicketStatus.OPEN
        && !now.isBefore(handOverAt(t, clock));
  }
}
