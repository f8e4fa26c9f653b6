package org.deskbot.escalate;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who may do what with a ticket: the tech team works every ticket; a school champion claims,
 * resolves, replies on and sees the tickets routed to them while they are still theirs (not handed
 * to the team); a teacher asks for a person on their own question, and replies on, reopens and sees
 * only their own tickets. Every adapter and command goes through these checks (by way of the
 * conversation service); none repeats them.
 */
public final class TicketRules {
  private final Predicate<String> team;
  private final Champions champions;

  /**
   * @param team whether a user is on the tech team
   */
  public TicketRules(Predicate<String> team) {
    this(team, Champions.NONE);
  }

  /**
   * @param team whether a user is on the tech team
   * @param champions the school champions, who work the tickets routed to them
   */
  public TicketRules(Predicate<String> team, Champions champions) {
    this.team = team;
    this.champions = champions;
  }

  /** The school champions these rules know. */
  public Champions champions() {
    return champions;
  }

  /** Whether {@code user} is a school champion (and not on the team). */
  public boolean champion(String user) {
    return user != null && champions.byUser(user).isPresent();
  }

  /**
   * Claiming and resolving {@code t}: the team's, or its champion's while it is still with them
   * ({@code what}: "claim", "resolve").
   */
  public void requireWorker(Ticket t, String actor, String what) throws TicketException {
    if (onTeam(actor) || actor.equals(t.championNow())) {
      return;
    }
    if (actor.equals(t.champion())) {
      throw forbidden(
          t.number() + " was handed to the tech team: only the team can " + what + " it");
    }
    if (t.withChampion()) {
      throw forbidden(
          "only the tech team and the ticket's champion can " + what + " " + t.number());
    }
    throw forbidden("only the tech team can " + what + " tickets");
  }

  /**
   * Whether {@code user} is on the tech team. A champion never is, even where a platform counts
   * every signed-in user as the team's (the web dashboard's users).
   */
  public boolean onTeam(String user) {
    return team.test(user) && champions.byUser(user).isEmpty();
  }

  /** Claiming and resolving are the team's: {@code what} says what was refused. */
  public void requireTeam(String actor, String what) throws TicketException {
    if (!onTeam(actor)) {
      throw forbidden("only the tech team can " + what);
    }
  }

  /**
   * Whether it helped, and asking for a person, are the asker's to say (or the team's on their
   * behalf).
   */
  public void requireAsker(String asker, String user, String what) throws TicketException {
    if (!asker.equals(user) && !onTeam(user)) {
      throw forbidden("only the teacher who asked can " + what);
    }
  }

  /** Replying and reopening: the team, or the teacher who asked ({@code what}: "reply on"). */
  public void requireParticipant(Ticket t, String actor, String what) throws TicketException {
    if (!onTeam(actor) && !actor.equals(t.requester()) && !actor.equals(t.championNow())) {
      throw forbidden(
          "only the tech team and the teacher who asked can " + what + " " + t.number());
    }
  }

  /** A teacher sees only their own tickets; a null viewer is the command line (sees all). */
  public void requireViewer(Ticket t, String viewer) throws TicketException {
    if (viewer != null && !visible(t, viewer)) {
      throw forbidden("only the tech team can see other people's tickets");
    }
  }

  /**
   * Whether {@code viewer} may see {@code t}: the team all, a teacher their own, a champion also
   * those still with them.
   */
  public boolean visible(Ticket t, String viewer) {
    return onTeam(viewer) || viewer.equals(t.requester()) || viewer.equals(t.championNow());
  }

  /**
   * Whose tickets {@code viewer} may list: null (everyone's) for the team and the command line,
   * else their own.
   */
  public String scope(String viewer) {
    return viewer == null || onTeam(viewer) ? null : viewer;
  }

  /** Saving a resolution as an FAQ draft needs a resolution to save. */
  public static void requireFaqResolution(boolean saveAsFaq, String resolution)
      throws TicketException {
    if (saveAsFaq && (resolution == null || resolution.isBlank())) {
      throw new TicketException(
          TicketException.Kind.INVALID, "write the resolution to save it as an FAQ draft");
    }
  }

  /**
   * The ticket a teacher's new message adds to instead of being a new question: their newest ticket
   * still being worked, opened on {@code platform} from a place {@code from} accepts (the thread
   * they write in). {@code theirs} is the teacher's tickets, newest first.
   */
  public static Optional<Ticket> addedTo(
      List<Ticket> theirs, String platform, Predicate<String> from) {
    return theirs.stream()
        .filter(t -> platform.equals(t.platform()) && from.test(t.place()))
        .filter(Ticket::worked)
        .findFirst();
  }

  private static TicketException forbidden(String message) {
    return new TicketException(TicketException.Kind.FORBIDDEN, message);
  }
}
