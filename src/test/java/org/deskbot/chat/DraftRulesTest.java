package org.deskbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.deskbot.escalate.FaqDrafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the tech team may do (FAQ drafts, the decision): the conversation's rule, not a door's.
 */
class DraftRulesTest {
  private final ConversationService service = Unreachable.service(new Team(Set.of("luis")));

  @Test
  void onlyTheTeamSavesADraft() {
    ConversationException e =
        assertThrows(
            ConversationException.class,
            () -> service.saveDraft(1, "U0TEACH", null, new FaqDrafts(Path.of("unused"), "x")));
    assertEquals(ConversationException.Kind.FORBIDDEN, e.kind());
    assertEquals("only the tech team can save FAQ drafts", e.getMessage());
  }

  @Test
  void whatIsTheTeamsAloneIsRefusedToOthersWithWhatWasRefused() throws Exception {
    service.requireTeam("luis", "apply the decision proposal");
    ConversationException e =
        assertThrows(
            ConversationException.class,
            () -> service.requireTeam("U0TEACH", "apply the decision proposal"));
    assertEquals(ConversationException.Kind.FORBIDDEN, e.kind());
    assertEquals("only the tech team can apply the decision proposal", e.getMessage());
  }

  @Test
  void theTeamApprovesADraftByItsFileNameOnly(@TempDir Path content) throws Exception {
    FaqDrafts drafts = new FaqDrafts(content, "https://help.example.org/faq/");
    Path draft = Files.createDirectories(content.resolve(FaqDrafts.FOLDER)).resolve("wifi.md");
    Files.writeString(draft, "---\ntitle: Wi-Fi\n---\nJoin Staff.\n");

    ConversationException notTeam =
        assertThrows(
            ConversationException.class, () -> service.approveDraft("U0TEACH", "wifi.md", drafts));
    assertEquals(ConversationException.Kind.FORBIDDEN, notTeam.kind());
    assertTrue(Files.exists(draft), "a refused approval moves nothing");

    assertEquals(
        ConversationException.Kind.INVALID,
        assertThrows(
                ConversationException.class,
                () -> service.approveDraft("luis", "../faq/wifi.md", drafts))
            .kind());
    assertEquals(
        ConversationException.Kind.NOT_FOUND,
        assertThrows(
                ConversationException.class, () -> service.approveDraft("luis", "gone.md", drafts))
            .kind());

    Path faq = service.approveDraft("luis", "wifi.md", drafts);
    assertEquals(content.resolve("faq").resolve("wifi.md"), faq);
    assertFalse(Files.exists(draft));
  }
}
