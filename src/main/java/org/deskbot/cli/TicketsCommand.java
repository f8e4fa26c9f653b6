package org.deskbot.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketJson;
import org.deskbot.escalate.TicketStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deskbot tickets}: the team's queue from the command line. */
@Command(
    name = "tickets",
    mixinStandardHelpOptions = true,
    description =
        "List, show and work tickets: claim, reply, resolve (with minutes spent), reopen.",
    subcommands = {
      TicketsCommand.ListTickets.class,
      TicketsCommand.Show.class,
      TicketsCommand.Claim.class,
      TicketsCommand.ReplyTo.class,
      TicketsCommand.Resolve.class,
      TicketsCommand.Reopen.class
    })
public final class TicketsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** A change to one ticket by one user, against the service. */
  @FunctionalInterface
  interface Step {
    ConversationService.TicketUpdate apply(ConversationService s, long id, String as)
        throws ConversationException;
  }

  /**
   * What every change to a ticket (claim, reply, resolve, reopen) takes: the home, when, who makes
   * it, and JSON or text output.
   */
  static final class ChangeOptions {
    @Mixin HomeOptions home;
    @Mixin AtOption at;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--json")
    boolean json;

    /** Makes the change to ticket {@code number}; prints the ticket and what would be delivered. */
    int change(String number, Step step) throws IOException {
      long id = Conversations.ticketId(number);
      try (Wiring.Delivering c = Wiring.openDelivering(home.settings(), at)) {
        ConversationService.TicketUpdate u = step.apply(c.service(), id, as);
        if (json) {
          System.out.println(TicketJson.of(u.ticket()));
        } else {
          System.out.println(u.ticket().number() + " " + u.ticket().status().label());
          Conversations.printNotices(u.notices());
        }
        return 0;
      } catch (ConversationException e) {
        throw Conversations.exit(e);
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Tickets, newest first: the team's queue, or a teacher's own.")
  static final class ListTickets implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Option(
        names = "--as",
        paramLabel = "USER",
        description = "List as this user (a teacher sees only their own).")
    String as;

    /** Reading as of a time: champions' tickets past their hours are the team's by then. */
    @Mixin AtOption at;

    @Option(
        names = "--status",
        paramLabel = "S",
        description = "open, claimed, resolved or closed.")
    String status;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      TicketStatus s = null;
      if (status != null) {
        try {
          s = TicketStatus.parse(status);
        } catch (IllegalArgumentException e) {
          throw new ExitException(
              ExitException.USAGE, "--status must be open, claimed, resolved or closed");
        }
      }
      // delivering: a ticket handed from its champion to the team while listing gets its card
      try (Wiring.Delivering c = Wiring.openDelivering(home.settings(), at)) {
        List<Ticket> list = c.service().tickets(as, s);
        if (json) {
          var arr = CliFiles.JSON.createArrayNode();
          list.forEach(t -> arr.add(TicketJson.of(t)));
          System.out.println(arr);
        } else if (list.isEmpty()) {
          System.out.println("no tickets");
        } else {
          for (Ticket t : list) {
            String q = t.question() == null ? "" : t.question();
            System.out.printf(
                "%-7s %-8s %-6s %-14s %-10s %s%n",
                t.number(),
                t.status().label(),
                t.urgency(),
                t.category(),
                t.assignee() == null ? "-" : t.assignee(),
                q.length() > 60 ? q.substring(0, 60) + "…" : q);
          }
        }
        return 0;
      } catch (ConversationException e) {
        throw Conversations.exit(e);
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One ticket with its timeline.")
  static final class Show implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Parameters(paramLabel = "N", description = "The ticket number (T-1001 or 1001).")
    String number;

    @Option(
        names = "--as",
        paramLabel = "USER",
        description = "Show as this user (a teacher sees only their own).")
    String as;

    /** Reading as of a time: champions' tickets past their hours are the team's by then. */
    @Mixin AtOption at;

    @Option(names = "--json", description = "Print JSON with the timeline under `events`.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      long id = Conversations.ticketId(number);
      try (Wiring.Delivering c = Wiring.openDelivering(home.settings(), at)) {
        Ticket t = c.service().ticket(id, as);
        var events = c.service().events(id);
        if (json) {
          var o = TicketJson.of(t);
          o.set("events", TicketJson.events(events));
          System.out.println(o);
        } else {
          Conversations.print(t, events);
        }
        return 0;
      } catch (ConversationException e) {
        throw Conversations.exit(e);
      }
    }
  }

  @Command(
      name = "claim",
      mixinStandardHelpOptions = true,
      description = "Take a ticket (the team only).")
  static final class Claim implements Callable<Integer> {
    @Mixin ChangeOptions options;

    @Parameters(paramLabel = "N")
    String number;

    @Override
    public Integer call() throws IOException {
      return options.change(number, (s, id, as) -> s.claim(id, as));
    }
  }

  @Command(
      name = "reply",
      mixinStandardHelpOptions = true,
      description = "Reply on a ticket; a team reply reaches the teacher's thread.")
  static final class ReplyTo implements Callable<Integer> {
    @Mixin ChangeOptions options;

    @Parameters(index = "0", paramLabel = "N")
    String number;

    @Parameters(index = "1", paramLabel = "TEXT")
    String text;

    @Override
    public Integer call() throws IOException {
      return options.change(number, (s, id, as) -> s.reply(id, as, text));
    }
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description = "Resolve with the minutes spent (the team only); the teacher is told.")
  static final class Resolve implements Callable<Integer> {
    @Mixin ChangeOptions options;

    @Parameters(paramLabel = "N")
    String number;

    @Option(names = "--minutes", required = true, paramLabel = "M")
    int minutes;

    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "")
    String note;

    @Override
    public Integer call() throws IOException {
      return options.change(number, (s, id, as) -> s.resolve(id, as, minutes, note));
    }
  }

  @Command(
      name = "reopen",
      mixinStandardHelpOptions = true,
      description = "Reopen a resolved ticket.")
  static final class Reopen implements Callable<Integer> {
    @Mixin ChangeOptions options;

    @Parameters(paramLabel = "N")
    String number;

    @Override
    public Integer call() throws IOException {
      return options.change(number, (s, id, as) -> s.reopen(id, as));
    }
  }
}
