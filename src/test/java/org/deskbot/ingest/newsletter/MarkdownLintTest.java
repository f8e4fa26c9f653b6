package org.deskbot.ingest.newsletter;

import static org.deskbot.ingest.newsletter.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deskbot.ingest.Finding;
import org.junit.jupiter.api.Test;

class MarkdownLintTest {

  @Test
  void findsImagesWithoutAltAndVagueLinksWithOffsetLines() {
    String md =
        """
        Intro with a good ![Share dialog](share.png) image.
        ![](no-alt.png) and ![ ](blank-alt.png)
        For the guide [click here](https://x.org/guide).
        [Read more…](https://x.org/more) or [the Canvas import guide](https://x.org/import)
        [**Here**][ref] is a reference link.
        [![](logo.png)](https://x.org/)
        """;
    List<Finding> f = MarkdownLint.findings("faq/printing.md", md, 5);
    assertEquals(
        List.of(
            "6 " + Finding.IMAGE_WITHOUT_ALT,
            "6 " + Finding.IMAGE_WITHOUT_ALT,
            "7 " + Finding.VAGUE_LINK_TEXT,
            "8 " + Finding.VAGUE_LINK_TEXT,
            "9 " + Finding.VAGUE_LINK_TEXT,
            "10 " + Finding.IMAGE_WITHOUT_ALT),
        findings(f));
    assertEquals(
        new Finding(
            "faq/printing.md", 6, Finding.IMAGE_WITHOUT_ALT, "image without alt text: no-alt.png"),
        f.get(0));
    assertEquals(
        "link text \"click here\" does not say where it goes: https://x.org/guide",
        f.get(2).detail());
    assertEquals(
        "link text \"Read more…\" does not say where it goes: https://x.org/more",
        f.get(3).detail());
  }

  @Test
  void codeIsNotLinted() {
    String md =
        """
        Write `![](shot.png)` to add an image.
        ```markdown
        ![](example.png) [click here](x)
        ```
        ~~~
        [here](y)
        ~~~
        [here](z)
        """;
    assertEquals(
        List.of("8 " + Finding.VAGUE_LINK_TEXT), findings(MarkdownLint.findings("f.md", md, 1)));
  }

  @Test
  void inlineHtmlGetsTheHtmlRules() {
    String md =
        """
        <img src="a.png">
        <img src="b.png" alt="Cart">
        <img src="pixel.gif" width="1" height="1">
        See <a href="https://x.org/a">this</a> page.
        <a href="https://x.org/b">The bus schedule</a>
        """;
    assertEquals(
        List.of("1 " + Finding.IMAGE_WITHOUT_ALT, "4 " + Finding.VAGUE_LINK_TEXT),
        findings(MarkdownLint.findings("f.md", md, 1)));
  }
}
