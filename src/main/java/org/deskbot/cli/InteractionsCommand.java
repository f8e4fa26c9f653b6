package org.deskbot.cli;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.deskbot.chat.ConversationException;
import org.deskbot.report.Interaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot interactions export}: the interaction log as CSV. */
@Command(
    name = "interactions",
    mixinStandardHelpOptions = true,
    description = "The interaction log.",
    subcommands = InteractionsCommand.Export.class)
public final class InteractionsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Interactions since a date as CSV (no teacher names: user ids only).")
  static final class Export implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Option(
        names = "--since",
        required = true,
        paramLabel = "DATE",
        description = "YYYY-MM-DD (UTC).")
    String since;

    @Option(names = "--json", description = "A JSON array instead of CSV.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Instant from;
      try {
        from = LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new ExitException(ExitException.USAGE, "--since must be a date like 2026-09-01");
      }
      try (Wiring.Conversation c = Wiring.openConversation(home.settings())) {
        if (json) {
          var arr = CliFiles.JSON.createArrayNode();
          for (Interaction i : c.service().interactionsSince(from)) {
            var o = arr.addObject();
            o.put("id", i.id());
            o.put("created_at", i.createdAt().toString());
            o.put("platform", i.platform());
            o.put("user_id", i.userId());
            o.put("language", i.language());
            o.put("category", i.category());
            o.put("category_confidence", i.categoryConfidence());
            o.put("decision", i.decision());
            o.put("feedback", i.feedback());
            o.put(
                "ticket",
                i.ticketId() == null ? null : org.deskbot.escalate.Ticket.numberOf(i.ticketId()));
            o.put("question", i.question());
          }
          System.out.println(arr);
          return 0;
        }
        System.out.println(
            "id,created_at,platform,user_id,language,category,category_confidence,decision,feedback,ticket,question");
        for (Interaction i : c.service().interactionsSince(from)) {
          System.out.println(
              String.join(
                  ",",
                  String.valueOf(i.id()),
                  i.createdAt().toString(),
                  csv(i.platform()),
                  csv(i.userId()),
                  i.language(),
                  csv(i.category()),
                  String.format("%.3f", i.categoryConfidence()),
                  i.decision(),
                  i.feedback(),
                  i.ticketId() == null ? "" : org.deskbot.escalate.Ticket.numberOf(i.ticketId()),
                  csv(i.question())));
        }
        return 0;
      } catch (ConversationException e) {
        throw Conversations.exit(e);
      }
    }

    /**
     * Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a
     * formula.
     */
    static String csv(String s) {
      if (s == null) {
        return "";
      }
      String v = s.matches("^[=+\\-@].*") ? "'" + s : s;
      return v.matches(".*[,\"\\n\\r].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
  }
}
