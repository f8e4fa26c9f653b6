package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deskbot.Main;
import org.deskbot.chat.ConversationService;
import org.deskbot.cli.Wiring;
import org.deskbot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Slack teacher's projector question goes to their school's projector champion: the champion gets
 * the ticket's card (Claim, Resolve) in a DM with the bot, the triage channel hears nothing, and
 * the champion's claim updates the card where they have it.
 */
class SlackChampionIT {
  static final String ANA = "U0ANA0001";

  @TempDir Path home;

  @Test
  void theChampionGetsTheCardInTheirDmAndTheTriageChannelDoesNot() throws Exception {
    try (MockSlackApi api = new MockSlackApi()) {
      SlackCliIT.copyDemoContent(home.resolve("content"));
      Files.writeString(
          home.resolve("deskbot.yml"),
          """
          content: content
          search:
            semantic: off
          team:
            members: [%s]
            champions:
              - {user: %s, name: Ana Ruiz, school: Oak Elementary, tools: [projector]}
          slack:
            bot_token: %s
            signing_secret: %s
            api_url: %s
            triage_channel: %s
          """
              .formatted(
                  SlackHttpIT.TEAM_MEMBER,
                  ANA,
                  SlackHttpIT.BOT_TOKEN,
                  SlackRequests.SECRET,
                  api.url(),
                  SlackHttpIT.TRIAGE));
      assertEquals(0, Main.run("ingest", "--home", home.toString()));

      String place = SlackHttpIT.TEACHERS + ":1700000001.000100";
      long interaction;
      try (Wiring.Conversation c = Wiring.openConversation(Settings.load(home, Map.of()))) {
        interaction =
            c.service()
                .ask(
                    new ConversationService.Incoming(
                        "slack",
                        "U0TEACH77",
                        place,
                        "the projector in room 7 has no picture",
                        "EvChamp1"))
                .interaction();
        // no ticket yet, so no school known: the form asks it first, then offers Ana
        assertEquals("", c.service().startEscalation(interaction, "U0TEACH77").championOffer());
        assertEquals(
            "Ask Ana Ruiz, your school's Projector champion",
            c.service().championOffer(interaction, "Oak Elementary"));
        assertEquals("", c.service().championOffer(interaction, "Elm Middle"));
      }
      assertEquals(
          0,
          Main.run(
              "escalate",
              String.valueOf(interaction),
              "--school",
              "Oak Elementary",
              "--home",
              home.toString()));
      String number = "T-1001";
      var dm =
          api.calls(
              "chat.postMessage",
              c -> ANA.equals(c.channel()) && c.param("blocks").contains("\"Claim\""));
      assertEquals(1, dm.size(), api.summary());
      assertTrue(
          dm.get(0).param("text").contains("asked about projector (" + number), api.summary());
      assertEquals(
          0,
          api.calls("chat.postMessage", c -> SlackHttpIT.TRIAGE.equals(c.channel())).size(),
          api.summary());
      assertTrue(
          api.calls(
                      "chat.postMessage",
                      c ->
                          SlackHttpIT.TEACHERS.equals(c.channel())
                              && c.param("text")
                                  .contains("asked Ana Ruiz, your school's Projector"))
                  .size()
              == 1,
          api.summary());

      assertEquals(0, Main.run("tickets", "claim", number, "--as", ANA, "--home", home.toString()));
      assertEquals(
          1,
          api.calls(
                  "chat.update",
                  c -> ("D0" + ANA.substring(1)).equals(c.channel()) && c.param("blocks") != null)
              .size(),
          api.summary());
      assertEquals(
          0,
          api.calls("chat.postMessage", c -> SlackHttpIT.TRIAGE.equals(c.channel())).size(),
          api.summary());
    }
  }
}
