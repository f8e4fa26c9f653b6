package org.deskbot.ingest.newsletter;

import static org.deskbot.ingest.newsletter.Fixtures.findings;
import static org.deskbot.ingest.newsletter.Fixtures.ids;
import static org.deskbot.ingest.newsletter.Fixtures.readHtml;
import static org.deskbot.ingest.newsletter.Fixtures.texts;
import static org.deskbot.ingest.newsletter.Fixtures.titles;
import static org.deskbot.ingest.newsletter.Fixtures.urls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsletterReaderHtmlTest {

  @TempDir Path root;

  private final NewsletterReader reader = new NewsletterReader();

  @Test
  void acceptsHtmlHtmAndMarkdownInNewslettersOnly() {
    assertTrue(reader.accepts(file("newsletters/2024-09.html")));
    assertTrue(reader.accepts(file("newsletters/2024/09.HTM")));
    assertTrue(reader.accepts(file("newsletters/2024-10.md")));
    assertFalse(reader.accepts(file("newsletters/logo.png")));
    assertFalse(reader.accepts(file("newsletters/notes.txt")));
    assertFalse(reader.accepts(file("faq/2024-09.html")));
    assertFalse(reader.accepts(file("issue.html")));
  }

  @Test
  void mailchimpIssueGivesOneTipPerHeadingAcrossNestedTables() throws ContentException {
    ContentFile file = Fixtures.resource("newsletters/2024-09-tech-tips.html");
    ContentReader.Result r = Fixtures.read(file);

    assertEquals(
        List.of("Zoom breakout rooms", "Share a Google Doc — fast!", "Quick tip", "Quick tip"),
        titles(r));
    assertEquals(
        List.of(
            "Pre-assign students before class. Open Settings Meetings Breakout rooms. Read more",
            "Click Share, paste the class group address and choose Viewer.",
            "Press Windows+Shift+S to take a screenshot of part of the screen.",
            "Ctrl+Z undoes almost anything in Google Docs, Slides and Sheets."),
        texts(r));
    String base = "https://us5.campaign-archive.com/?u=abc&id=123#";
    assertEquals(
        List.of(
            base + "zoom-breakouts",
            base + "drive-share",
            base + "quick-tip",
            base + "quick-tip-2"),
        urls(r));
    assertEquals(
        List.of(
            "newsletters/2024-09-tech-tips.html#zoom-breakouts",
            "newsletters/2024-09-tech-tips.html#drive-share",
            "newsletters/2024-09-tech-tips.html#quick-tip",
            "newsletters/2024-09-tech-tips.html#quick-tip-2"),
        ids(r));

    KnowledgeItem first = r.items().get(0);
    assertEquals(ContentType.TIP, first.type());
    assertEquals("Tech Tips – September 2024", first.parent());
    assertEquals("newsletters/2024-09-tech-tips.html", first.source());
    assertEquals("en", first.lang());
    assertEquals(-1, first.startSeconds());
    assertEquals("", first.category());
    assertEquals(List.of(), first.tags());
    assertEquals(List.of(), first.marks());

    // Banner and dialog screenshot lack alt; the 1x1 open-tracking pixel is fine.
    assertEquals(
        List.of(
            "28 " + Finding.IMAGE_WITHOUT_ALT,
            "40 " + Finding.VAGUE_LINK_TEXT,
            "46 " + Finding.IMAGE_WITHOUT_ALT),
        findings(r.findings()));
    assertEquals(
        "image without alt text: https://cdn.example.org/banner.png", r.findings().get(0).detail());
    assertTrue(r.findings().get(1).detail().contains("\"Read more\""));
  }

  @Test
  void scriptStylePreheaderAndFooterNeverReachTheText() throws ContentException {
    ContentReader.Result r = Fixtures.read(Fixtures.resource("newsletters/2024-09-tech-tips.html"));
    String all = String.join(" ", texts(r));
    for (String dropped :
        List.of(
            "tracking",
            "margin",
            "preheader",
            "View this email",
            "Copyright",
            "mailing address",
            "Main St",
            "unsubscribe",
            "preferences",
            "Twitter",
            "Tech Tips –")) {
      assertFalse(all.contains(dropped), dropped + " leaked into: " + all);
    }
  }

  @Test
  void wordsStayApartAcrossCellsAndBreaks() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            """
            <html><head><title>T</title><link rel="canonical" href="https://x.org/t"></head><body>
            <table><tr><td><h2>Tip</h2></td></tr>
            <tr><td>Zoom</td><td>Breakout</td><td><span>Rooms</span></td></tr>
            <tr><td>Line one<br>line two<br/>line&nbsp;three<div>block</div>inline<b>bold</b>end</td></tr>
            <tr><th>Head</th><td><ul><li>one</li><li>two</li></ul></td></tr></table>
            </body></html>""");
    assertEquals(
        List.of(
            "Zoom Breakout Rooms Line one line two line three block inline"
                + "boldend Head one two"),
        texts(r));
  }

  @Test
  void canonicalWinsOverOgUrlAndTheIssueFragmentIsReplaced() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<link rel=\"alternate canonical\" href=\"https://news.example.org/sept#top\">"
                    + "<meta property=\"og:url\" content=\"https://og.example.org/sept\">",
                "<h2>Tip one</h2><p>Some text for tip one.</p>"));
    assertEquals(List.of("https://news.example.org/sept#tip-one"), urls(r));
    assertEquals(List.of(), r.findings());
  }

  @Test
  void ogUrlIsUsedWhenThereIsNoCanonicalLink() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<meta property=\"og:url\" content=\"https://og.example.org/sept\">",
                "<h2>Tip one</h2><p>Some text for tip one.</p>"));
    assertEquals(List.of("https://og.example.org/sept#tip-one"), urls(r));
  }

  @Test
  void withoutUrlTipsAreIndexedWithEmptyUrlAndAFinding() throws ContentException {
    // An unfilled Mailchimp merge tag is no URL either.
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<meta property=\"og:url\" content=\"*|ARCHIVE|*\">",
                "<h2>Tip one</h2><p>Some text for tip one.</p>"));
    assertEquals(List.of(""), urls(r));
    assertEquals(List.of("newsletters/issue.html#tip-one"), ids(r));
    assertEquals(List.of("0 " + Finding.NEWSLETTER_WITHOUT_URL), findings(r.findings()));
  }

  @Test
  void anchorsComeFromIdsThenAnchorsThenSlugsAndDuplicatesAreNumbered() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<link rel=canonical href=\"https://x.org/i\">",
                """
                <h2 id="own-id">Has an id</h2><p>Text of the first tip.</p>
                <h3><a name="inner"></a>Anchor inside</h3><p>Text of the second tip.</p>
                <a id="before"></a>
                <!-- old-style named anchor -->
                <h3>Anchor before</h3><p>Text of the third tip.</p>
                <h2>Same Title</h2><p>Text of the fourth tip.</p>
                <h2>Same title!</h2><p>Text of the fifth tip.</p>
                <h3>Same title</h3>
                <h3>Same title</h3><p>Text of the sixth tip.</p>
                <h2 id="own-id">Copied id</h2><p>Text of the seventh tip.</p>
                <h2 id="tip 8">Spaced id</h2><p>Text of the eighth tip.</p>"""));
    assertEquals(
        List.of(
            "newsletters/issue.html#own-id",
            "newsletters/issue.html#inner",
            "newsletters/issue.html#before",
            "newsletters/issue.html#same-title",
            "newsletters/issue.html#same-title-2",
            // same-title-3 went to the heading with no text, as a renderer would give it
            "newsletters/issue.html#same-title-4",
            "newsletters/issue.html#own-id-2",
            "newsletters/issue.html#tip 8"),
        ids(r));
    assertEquals("https://x.org/i#same-title-4", r.items().get(5).url());
    assertEquals("https://x.org/i#tip%208", r.items().get(7).url());
  }

  @Test
  void issueWithoutSubheadingsIsOneTipNamedAfterTheIssue() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            """
            <html lang="fr-CA"><head><link rel=canonical href="https://x.org/flash"></head><body>
            <span style="display: none; mso-hide: all">Aperçu caché&zwnj;&nbsp;&#847;</span>
            <h1>Flash info</h1>
            <p>Les Chromebooks seront mis à jour jeudi soir.</p>
            <p style="font-size:10px">You are receiving this email because you opted in.</p>
            </body></html>""");
    assertEquals(1, r.items().size());
    KnowledgeItem tip = r.items().get(0);
    assertEquals("Flash info", tip.title());
    assertEquals("Flash info", tip.parent());
    assertEquals("Les Chromebooks seront mis à jour jeudi soir.", tip.text());
    assertEquals("https://x.org/flash", tip.url());
    assertEquals("newsletters/issue.html", tip.id());
    assertEquals("fr", tip.lang());
  }

  @Test
  void footerWithoutFooterClassIsDroppedButAShortContactTipIsKept() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<link rel=canonical href=\"https://x.org/i\">",
                """
                <table><tr><td><h2>Chromebook carts</h2>
                <p>Plug the cart in every night so the devices update.</p></td></tr>
                <tr><td><h3>Contact us</h3><p>helpdesk@district.org, ext. 4357</p></td></tr>
                <tr><td><h3>Follow us!</h3><p>Twitter · Instagram</p></td></tr>
                <tr><td style="font-size:11px">Springfield USD<br>100 Main St<br>
                <a href="https://x.org/u">Unsubscribe</a></td></tr>
                <tr><td>Copyright (C) 2024 Springfield USD</td></tr></table>"""));
    assertEquals(List.of("Chromebook carts", "Contact us"), titles(r));
    assertEquals(
        List.of(
            "Plug the cart in every night so the devices update.",
            "helpdesk@district.org, ext. 4357"),
        texts(r));
  }

  @Test
  void elementsNamedFooterAreDroppedEvenWithoutFooterPhrases() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<link rel=canonical href=\"https://x.org/i\">",
                """
                <table><tr><td><h2>Chromebook carts</h2>
                <p>Plug the cart in every night so the devices update.</p></td></tr>
                <tr><td id="templateFooter">Springfield USD<br>100 Main St</td></tr></table>
                <div class="site-footer">Instructional Technology Office</div>
                <footer>Room 12, District Office</footer>"""));
    assertEquals(List.of("Plug the cart in every night so the devices update."), texts(r));
  }

  @Test
  void tipSentencesThatMentionFooterWordsAreKept() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            page(
                "<link rel=canonical href=\"https://x.org/i\">",
                """
                <h2>Remind texts</h2>
                <p>Parents can unsubscribe from Remind texts by replying STOP to any message.</p>
                <p>Update your preferences in Canvas to get fewer emails.</p>
                <p>View the gradebook in your browser, not the app.</p>
                <p>Copyright rules for classroom images are on the library page.</p>"""));
    assertEquals(
        List.of(
            "Parents can unsubscribe from Remind texts by replying STOP to any message."
                + " Update your preferences in Canvas to get fewer emails."
                + " View the gradebook in your browser, not the app."
                + " Copyright rules for classroom images are on the library page."),
        texts(r));
  }

  @Test
  void titleFallsBackToFirstH1AndLangDefaultsToEnglish() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            """
            <html lang="x-klingon"><body><h1>Spring <br>Update</h1>
            <h2>Tip</h2><p>Text of the tip is here.</p></body></html>""");
    assertEquals("Spring Update", r.items().get(0).parent());
    assertEquals("en", r.items().get(0).lang());
  }

  @Test
  void imageRulesAcceptDecorativeAndPixelImagesOnly() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            """
            <html><head><link rel=canonical href="https://x.org/i"></head><body>
            <h2>Tip</h2><p>Text of the tip is here.</p>
            <img src="a.png" alt="Chromebook cart">
            <img src="b.png" alt="" role="presentation">
            <img src="c.png" alt="">
            <img src="d.png">
            <img src="spacer.gif" width="600" height="1">
            <img src="pixel.gif" style="width:1px;height:1px">
            <a href="https://x.org/more"> More&hellip; </a>
            <a href="https://x.org/more" aria-label="More about Chromebook carts">More</a>
            <a href="https://x.org/guide">The Chromebook cart guide</a>
            <a href="https://x.org/h">CLICK HERE!</a>
            </body></html>""");
    assertEquals(
        List.of(
            "5 " + Finding.IMAGE_WITHOUT_ALT,
            "6 " + Finding.IMAGE_WITHOUT_ALT,
            "9 " + Finding.VAGUE_LINK_TEXT,
            "12 " + Finding.VAGUE_LINK_TEXT),
        findings(r.findings()));
    assertTrue(r.findings().get(0).detail().contains("empty alt text"));
  }

  @Test
  void htmlFrontMatterGivesCategoryTagsAndShiftsLines() throws ContentException {
    ContentReader.Result r =
        readHtml(
            root,
            """
            ---
            category: Devices
            tags: chromebooks; carts
            url: https://x.org/fm
            ---
            <h2>Tip</h2><p>Text of the tip is here.</p>
            <img src="d.png">""");
    KnowledgeItem tip = r.items().get(0);
    assertEquals("Devices", tip.category());
    assertEquals(List.of("chromebooks", "carts"), tip.tags());
    assertEquals("https://x.org/fm#tip", tip.url());
    assertEquals("issue", tip.parent());
    assertEquals(List.of("7 " + Finding.IMAGE_WITHOUT_ALT), findings(r.findings()));
  }

  @Test
  void deeplyNestedBrokenMarkupDoesNotOverflowTheStack() throws ContentException {
    ContentReader.Result r =
        readHtml(root, "<title>T</title><h2>Deep</h2>" + "<div>".repeat(20_000) + "deep text");
    assertEquals(List.of("deep text"), texts(r));
  }

  @Test
  void anIssueWithNoTextIsAContentError() {
    ContentException e =
        assertThrows(
            ContentException.class,
            () -> readHtml(root, page("", "<h2>Only a heading</h2><img src=x.png alt=Banner>")));
    assertEquals("newsletters/issue.html", e.file());
  }

  private ContentFile file(String relative) {
    return ContentFile.of(root, root.resolve(relative));
  }

  private static String page(String head, String body) {
    return "<html><head><title>Issue</title>" + head + "</head><body>" + body + "</body></html>";
  }
}
