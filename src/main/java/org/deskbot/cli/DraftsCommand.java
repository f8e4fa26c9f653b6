package org.deskbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deskbot.chat.ConversationException;
import org.deskbot.config.Settings;
import org.deskbot.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deskbot drafts}: FAQ drafts made from ticket replies, and their approval. */
@Command(
    name = "drafts",
    mixinStandardHelpOptions = true,
    description =
        "FAQ drafts saved from resolved tickets: save, list, approve (approved drafts are indexed).",
    subcommands = {
      DraftsCommand.Save.class,
      DraftsCommand.ListDrafts.class,
      DraftsCommand.Approve.class
    })
public final class DraftsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(
      name = "save",
      mixinStandardHelpOptions = true,
      description = "Save a ticket's resolution (or --answer) as a draft FAQ (the team only).")
  static final class Save implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Parameters(paramLabel = "N", description = "The ticket number.")
    String number;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(
        names = "--answer",
        paramLabel = "TEXT",
        description = "The FAQ's answer. Default: the ticket's resolution.")
    String answer;

    @Override
    public Integer call() throws IOException {
      long id = Conversations.ticketId(number);
      Settings settings = home.settings();
      try (Wiring.Conversation c = Wiring.openConversation(settings)) {
        Path file = c.service().saveDraft(id, as, answer, Wiring.drafts(settings));
        System.out.println(
            "draft saved: "
                + settings.content().relativize(file)
                + " (approve with `deskbot drafts approve "
                + file.getFileName()
                + "`)");
        return 0;
      } catch (ConversationException e) {
        if (e.field().equals("answer")) {
          throw new ExitException(ExitException.USAGE, e.getMessage() + " with --answer TEXT");
        }
        throw Conversations.exit(e);
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Drafts waiting for approval.")
  static final class ListDrafts implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Override
    public Integer call() throws IOException {
      var list = Wiring.drafts(home.settings()).list();
      if (list.isEmpty()) {
        System.out.println("no drafts");
      }
      list.forEach(p -> System.out.println(p.getFileName()));
      return 0;
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "Move a draft into faq/ and index it.")
  static final class Approve implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Parameters(paramLabel = "NAME", description = "The draft's file name.")
    String name;

    @Override
    public Integer call() throws IOException {
      Settings settings = home.settings();
      Path faq;
      try {
        faq = Wiring.drafts(settings).approve(name);
      } catch (java.nio.file.NoSuchFileException | java.nio.file.FileAlreadyExistsException e) {
        throw new ExitException(ExitException.USAGE, e.getMessage());
      }
      IngestReport report = Wiring.ingest(settings);
      System.out.println("approved: " + settings.content().relativize(faq));
      System.out.println(report.summary());
      return report.exitCode();
    }
  }
}
