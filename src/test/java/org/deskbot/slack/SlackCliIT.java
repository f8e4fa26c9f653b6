package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.deskbot.Main;
import org.deskbot.chat.ConversationService;
import org.deskbot.cli.Wiring;
import org.deskbot.config.Settings;
import org.deskbot.escalate.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team works a Slack ticket from the command line: the teacher still hears back in their Slack
 * thread.
 */
class SlackCliIT {
  @TempDir Path home;

  @Test
  void aReplyFromTheCommandLineReachesTheTeachersSlackThreadAndTheCard() throws Exception {
    try (MockSlackApi api = new MockSlackApi()) {
      copyDemoContent(home.resolve("content"));
      Files.writeString(
          home.resolve("deskbot.yml"),
          """
          content: content
          search:
            semantic: off
          team:
            members: [%s]
          slack:
            bot_token: %s
            signing_secret: %s
            api_url: %s
            triage_channel: %s
          """
              .formatted(
                  SlackHttpIT.TEAM_MEMBER,
                  SlackHttpIT.BOT_TOKEN,
                  SlackRequests.SECRET,
                  api.url(),
                  SlackHttpIT.TRIAGE));
      assertEquals(0, Main.run("ingest", "--home", home.toString()));

      String place = SlackHttpIT.TEACHERS + ":1700000001.000100";
      Ticket ticket;
      try (Wiring.Conversation c = Wiring.openConversation(Settings.load(home, Map.of()))) {
        var reply =
            c.service()
                .ask(
                    new ConversationService.Incoming(
                        "slack",
                        "U0TEACH77",
                        place,
                        "the projector in room 7 has no picture",
                        "EvCli1"));
        ticket =
            c.service()
                .escalate(
                    reply.interaction(),
                    "U0TEACH77",
                    new ConversationService.EscalationForm("Oak Elementary", "normal", ""),
                    "EvCli2")
                .ticket();
      }

      assertEquals(
          0,
          Main.run(
              "tickets",
              "reply",
              ticket.number(),
              "--as",
              SlackHttpIT.TEAM_MEMBER,
              "Press INPUT on the remote until HDMI 1 shows.",
              "--home",
              home.toString()));

      assertEquals(
          1,
          api.calls(
                  "chat.postMessage",
                  c ->
                      SlackHttpIT.TEACHERS.equals(c.channel())
                          && "1700000001.000100".equals(c.param("thread_ts"))
                          && c.param("text").contains("Press INPUT on the remote"))
              .size(),
          api.summary());
      assertEquals(
          1,
          api.calls(
                  "chat.postMessage",
                  c ->
                      SlackHttpIT.TRIAGE.equals(c.channel())
                          && c.param("text").startsWith(ticket.number()))
              .size(),
          api.summary());

      // a history being scripted (--at) reaches no chat platform
      int posts = api.calls("chat.postMessage").size();
      assertEquals(
          0,
          Main.run(
              "tickets",
              "reply",
              ticket.number(),
              "--as",
              SlackHttpIT.TEAM_MEMBER,
              "A scripted reply.",
              "--at",
              "2026-11-16T09:00",
              "--home",
              home.toString()));
      Thread.sleep(300);
      assertEquals(posts, api.calls("chat.postMessage").size(), api.summary());
    }
  }

  /** The bundled demo district's content, copied to {@code content}. */
  static void copyDemoContent(Path content) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(Path.of("demo/content"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = content.resolve(Path.of("demo/content").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(to);
        else Files.copy(f, to);
      }
    }
  }
}
