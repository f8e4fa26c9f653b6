package org.deskbot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.TicketJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deskbot escalate}: "I still need help" → a ticket. */
@Command(
    name = "escalate",
    mixinStandardHelpOptions = true,
    description =
        "Open a ticket for a question the bot could not settle; prints the ticket number.")
public final class EscalateCommand implements Callable<Integer> {
  @Mixin HomeOptions home;
  @Mixin AtOption at;

  @Parameters(paramLabel = "INTERACTION", description = "The interaction id `ask --as` printed.")
  long interaction;

  @Option(
      names = "--school",
      paramLabel = "S",
      description = "The teacher's school. Default: the school of their last ticket.")
  String school;

  @Option(
      names = "--route",
      paramLabel = "R",
      description =
          "champion (the school's champion who covers the question) or team. Default: a matching"
              + " champion, else the team.")
  String route;

  @Option(
      names = "--urgency",
      paramLabel = "U",
      defaultValue = "normal",
      description = "low, normal, high or urgent. Default: ${DEFAULT-VALUE}.")
  String urgency;

  @Option(
      names = "--details",
      paramLabel = "D",
      description = "Anything else the specialist should know.")
  String details;

  @Option(
      names = "--as",
      paramLabel = "USER",
      description = "Who escalates. Default: the teacher who asked.")
  String as;

  @Option(names = "--json", description = "Print the ticket as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    try (Wiring.Delivering c = Wiring.openDelivering(home.settings(), at)) {
      String user = as != null ? as : c.service().interaction(interaction).userId();
      var update =
          c.service()
              .escalate(
                  interaction,
                  user,
                  new ConversationService.EscalationForm(school, urgency, details, route),
                  null);
      if (json) {
        com.fasterxml.jackson.databind.node.ObjectNode o = TicketJson.of(update.ticket());
        var hours = c.service().officeHours();
        if (hours.isPresent()) {
          o.putObject("office_hours")
              .put("title", hours.get().title())
              .put("start", hours.get().start().toString())
              .put("url", hours.get().url());
        } else {
          o.putNull("office_hours");
        }
        System.out.println(o);
      } else {
        System.out.println(update.ticket().number());
        Conversations.printNotices(update.notices());
      }
      return 0;
    } catch (ConversationException e) {
      throw Conversations.exit(e);
    }
  }
}
