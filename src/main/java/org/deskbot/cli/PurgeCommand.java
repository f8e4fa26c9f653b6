package org.deskbot.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.deskbot.chat.ConversationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot purge}: retention for raw question text; the counts stay. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description =
        "Clear the raw text of questions and tickets older than a period; all counts are kept.")
public final class PurgeCommand implements Callable<Integer> {
  @Mixin HomeOptions home;

  @Option(
      names = "--older-than",
      required = true,
      paramLabel = "AGE",
      description = "e.g. 180d, 26w, 12h.")
  String olderThan;

  @Option(names = "--json", description = "Print {\"cleared\": N}.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Duration age = parse(olderThan);
    try (Wiring.Conversation c = Wiring.openConversation(home.settings())) {
      int n = c.service().purge(Instant.now().minus(age));
      System.out.println(
          json
              ? "{\"cleared\":" + n + "}"
              : "cleared the text of " + n + " questions and tickets older than " + olderThan);
      return 0;
    } catch (ConversationException e) {
      throw Conversations.exit(e);
    }
  }

  static Duration parse(String s) {
    var m = java.util.regex.Pattern.compile("(\\d+)([dwh])").matcher(s.strip());
    if (!m.matches()) {
      throw new ExitException(ExitException.USAGE, "--older-than must look like 180d, 26w or 12h");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "d" -> Duration.ofDays(n);
      case "w" -> Duration.ofDays(7 * n);
      default -> Duration.ofHours(n);
    };
  }
}
