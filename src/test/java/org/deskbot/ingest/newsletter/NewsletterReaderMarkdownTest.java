package org.deskbot.ingest.newsletter;

import static org.deskbot.ingest.newsletter.Fixtures.findings;
import static org.deskbot.ingest.newsletter.Fixtures.ids;
import static org.deskbot.ingest.newsletter.Fixtures.texts;
import static org.deskbot.ingest.newsletter.Fixtures.titles;
import static org.deskbot.ingest.newsletter.Fixtures.urls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsletterReaderMarkdownTest {

  @TempDir Path root;

  @Test
  void markdownIssueSplitsOnH2AndH3WithCustomIds() throws ContentException {
    ContentReader.Result r =
        Fixtures.read(Fixtures.resource("newsletters/2024-10-markdown-issue.md"));

    assertEquals(
        List.of("Canvas: copy a course", "Google Slides presenter view", "Canvas: copy a course"),
        titles(r));
    assertEquals(
        List.of(
            "Open Settings and pick Import Course Content. Choose Copy a Canvas Course."
                + " Click here for the full guide.",
            "Press Ctrl+Shift+F5. Old way use the Slideshow menu. present --speaker-notes"
                + " ## not a heading",
            "Teachers asked twice, so here it is again."),
        texts(r));
    assertEquals(
        List.of(
            "https://tech.example.org/news/2024-10#canvas-copy",
            "https://tech.example.org/news/2024-10#google-slides-presenter-view",
            "https://tech.example.org/news/2024-10#canvas-copy-a-course"),
        urls(r));
    assertEquals(
        List.of(
            "newsletters/2024-10-markdown-issue.md#canvas-copy",
            "newsletters/2024-10-markdown-issue.md#google-slides-presenter-view",
            "newsletters/2024-10-markdown-issue.md#canvas-copy-a-course"),
        ids(r));

    KnowledgeItem tip = r.items().get(0);
    assertEquals(ContentType.TIP, tip.type());
    assertEquals("October Tech Tips", tip.parent());
    assertEquals("Productivity", tip.category());
    assertEquals(List.of("google", "canvas"), tip.tags());
    assertEquals("es", tip.lang());
    assertEquals("newsletters/2024-10-markdown-issue.md", tip.source());
    assertEquals(-1, tip.startSeconds());

    assertEquals(
        List.of("15 " + Finding.IMAGE_WITHOUT_ALT, "17 " + Finding.VAGUE_LINK_TEXT),
        findings(r.findings()));
    assertEquals(
        "image without alt text: https://cdn.example.org/import.png", r.findings().get(0).detail());
  }

  @Test
  void titleFromH1DuplicateIdsAndMissingUrl() throws ContentException {
    ContentReader.Result r =
        Fixtures.read(
            Fixtures.write(
                root,
                "newsletters/2024-11.md",
                """
                Tech Tips November
                ==================

                ## Printing {#print}
                Use the *Follow-Me* queue on any copier.

                ## Printing again {#print}
                Badge in at the copier to release the job.

                Printing
                --------
                Color printing needs a code from the office.
                """));
    assertEquals(List.of("Printing", "Printing again", "Printing"), titles(r));
    assertEquals(
        List.of(
            "newsletters/2024-11.md#print",
            "newsletters/2024-11.md#print-2",
            "newsletters/2024-11.md#printing"),
        ids(r));
    assertEquals(List.of("", "", ""), urls(r));
    assertEquals("Tech Tips November", r.items().get(0).parent());
    assertEquals("Use the Follow-Me queue on any copier.", r.items().get(0).text());
    assertEquals("en", r.items().get(0).lang());
    assertEquals(List.of("0 " + Finding.NEWSLETTER_WITHOUT_URL), findings(r.findings()));
  }

  @Test
  void markdownWithoutSubheadingsIsOneTip() throws ContentException {
    ContentReader.Result r =
        Fixtures.read(
            Fixtures.write(
                root,
                "newsletters/flash.md",
                """
                ---
                url: https://x.org/flash#old
                ---
                # Snow day

                All classes move to **Google Meet** tomorrow; see [the schedule](https://x.org/s).

                [Unsubscribe](https://x.org/u)
                """));
    assertEquals(1, r.items().size());
    KnowledgeItem tip = r.items().get(0);
    assertEquals("Snow day", tip.title());
    assertEquals("All classes move to Google Meet tomorrow; see the schedule.", tip.text());
    assertEquals("https://x.org/flash#old", tip.url());
    assertEquals("newsletters/flash.md", tip.id());
  }

  @Test
  void brokenFrontMatterIsAContentErrorWithItsLine() {
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                Fixtures.read(
                    Fixtures.write(
                        root, "newsletters/bad.md", "---\ntitle: [oops\n---\n## Tip\ntext\n")));
    assertEquals("newsletters/bad.md", e.file());
  }
}
