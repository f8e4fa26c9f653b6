package org.deskbot.ingest.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void linksImagesAndEmphasisBecomeText() {
    assertEquals(
        "Open Google Drive and click New then Folder.",
        MarkdownText.plain(
            "Open [Google *Drive*](https://drive.google.com/(x)) and click **New** then"
                + " _Folder_. ![New button](new.png)"));
  }

  @Test
  void headingsListsQuotesTablesAndRulesLoseTheirMarkers() {
    String md =
        """
        ### Step one {#one}
        > **Note:** save first
        - item *a*
        * item b
        1. first
        2) second
        - [x] done
        ***
        | Key | Does |
        |-----|:----:|
        | Ctrl+Z | undo |
        [ref]: https://x.org
        """;
    assertEquals(
        "Step one Note: save first item a item b first second done Key Does Ctrl+Z undo",
        MarkdownText.plain(md));
  }

  @Test
  void codeIsKeptAsWritten() {
    String md =
        """
        Run `rm -rf *_old_*` or escape \\*stars\\*.
        ```bash
        echo **not bold** [not](link)
        ```
        Done.""";
    assertEquals(
        "Run rm -rf *_old_* or escape *stars*. echo **not bold** [not](link) Done.",
        MarkdownText.plain(md));
  }

  @Test
  void snakeCaseArithmeticEntitiesAndHtmlSurvive() {
    assertEquals(
        "Set max_file_size to 2 * 3 MB & press Ctrl + C.",
        MarkdownText.plain(
            "Set max_file_size to 2 * 3 MB &amp; press <kbd>Ctrl</kbd> + <kbd>C</kbd>.<!-- hidden -->"));
    assertEquals("a b c", MarkdownText.plain("a<br>b\n<!-- note\nspanning lines -->\nc"));
    assertEquals(
        "Email help@x.org or visit https://x.org.",
        MarkdownText.plain("Email <help@x.org> or visit <https://x.org>."));
  }
}
