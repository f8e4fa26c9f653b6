package org.deskbot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.deskbot.chat.ConversationException;
import org.deskbot.report.Interaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deskbot feedback}: "That solved it" / "I still need help" on an answer. */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = "Record whether an answer solved the question.")
public final class FeedbackCommand implements Callable<Integer> {
  @Mixin HomeOptions home;
  @Mixin AtOption at;

  @Parameters(
      index = "0",
      paramLabel = "INTERACTION",
      description = "The interaction id `ask --as` printed.")
  long interaction;

  @Parameters(index = "1", paramLabel = "solved|not-solved")
  String verdict;

  @Option(
      names = "--as",
      paramLabel = "USER",
      description = "Who gives the feedback. Default: the teacher who asked.")
  String as;

  @Option(names = "--json", description = "Print the interaction as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    boolean solved =
        switch (verdict) {
          case "solved" -> true;
          case "not-solved" -> false;
          default ->
              throw new ExitException(
                  ExitException.USAGE, "say `solved` or `not-solved`, not `" + verdict + "`");
        };
    try (Wiring.Conversation c =
        Wiring.openConversation(home.settings(), at.clock(home.settings()))) {
      String user = as;
      if (user == null) {
        user = c.service().interaction(interaction).userId();
      }
      Interaction i = c.service().feedback(interaction, user, solved);
      if (json) {
        var o = CliFiles.JSON.createObjectNode();
        o.put("interaction", i.id());
        o.put("feedback", i.feedback());
        o.put("feedback_at", i.feedbackAt() == null ? null : i.feedbackAt().toString());
        System.out.println(o);
      } else {
        System.out.println("interaction " + i.id() + ": " + i.feedback());
      }
      return 0;
    } catch (ConversationException e) {
      throw Conversations.exit(e);
    }
  }
}
