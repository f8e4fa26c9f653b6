package org.deskbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void splitsFieldsAndBody() throws Exception {
    FrontMatter fm =
        FrontMatter.parse(
            "faq/a.md",
            "---\ntitle: \"Reset my password?\"\ntags: [a, b]\naliases:\n  - pw reset\n---\n\nUse the portal.\n");
    assertEquals("Reset my password?", fm.text("title"));
    assertEquals(List.of("a", "b"), fm.list("tags"));
    assertEquals(List.of("pw reset"), fm.list("aliases"));
    assertEquals("Use the portal.\n", fm.body().strip() + "\n");
    assertEquals(7, fm.bodyLine());
  }

  @Test
  void tagsAsACommaSeparatedString() throws Exception {
    assertEquals(
        List.of("wifi", "guest"),
        FrontMatter.parse("x", "---\ntags: wifi, guest\n---\nbody").list("tags"));
  }

  @Test
  void noFrontMatterIsJustABody() throws Exception {
    FrontMatter fm = FrontMatter.parse("x", "# Hello\ntext");
    assertEquals("", fm.text("title"));
    assertEquals(1, fm.bodyLine());
  }

  @Test
  void brokenYamlNamesTheLine() {
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                FrontMatter.parse("faq/bad.md", "---\ntitle: ok\ntags: [a, b\nurl: x\n---\nbody"));
    assertEquals("faq/bad.md", e.file());
    assertEquals(true, e.line() >= 3, "line " + e.line());
    assertEquals(true, e.reason().startsWith("broken front matter"), e.reason());
  }

  @Test
  void unclosedFrontMatter() {
    ContentException e =
        assertThrows(
            ContentException.class, () -> FrontMatter.parse("faq/x.md", "---\ntitle: a\nbody"));
    assertEquals("faq/x.md:1: front matter starts with --- but is never closed", e.getMessage());
  }
}
