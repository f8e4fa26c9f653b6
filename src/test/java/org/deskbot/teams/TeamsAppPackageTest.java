package org.deskbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TeamsAppPackageTest {
  private static final String APP = "7d2b1c7e-0000-4e5a-9a51-6f1e0ddc0b01";

  @Test
  void theZipHoldsTheManifestAndTwoIconsTeamsAccepts() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TeamsAppPackage(
            APP,
            "Springfield ITS",
            "https://help.springfield.k12.example/",
            "https://help.springfield.k12.example/",
            "https://help.springfield.k12.example/",
            "1.0.0")
        .write(out);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    assertEquals(
        List.of("manifest.json", "color.png", "outline.png"), List.copyOf(entries.keySet()));

    JsonNode m = new ObjectMapper().readTree(entries.get("manifest.json"));
    assertEquals("1.17", m.path("manifestVersion").asText());
    assertEquals(APP, m.path("id").asText());
    assertEquals(APP, m.path("bots").path(0).path("botId").asText());
    assertEquals(
        "[\"personal\",\"team\",\"groupChat\"]", m.path("bots").path(0).path("scopes").toString());
    assertEquals("color.png", m.path("icons").path("color").asText());
    assertEquals("outline.png", m.path("icons").path("outline").asText());
    assertEquals("help.springfield.k12.example", m.path("validDomains").path(0).asText());
    assertTrue(m.path("description").path("short").asText().length() <= 80);

    BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
    assertEquals(192, color.getWidth());
    assertEquals(192, color.getHeight());
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
    assertEquals(32, outline.getWidth());
    assertEquals(32, outline.getHeight());
    int drawn = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int argb = outline.getRGB(x, y);
        if ((argb >>> 24) != 0) {
          drawn++;
          assertEquals(0xFFFFFF, argb & 0xFFFFFF, "outline icons are white on transparent");
        }
      }
    }
    assertTrue(
        drawn > 50 && drawn < 32 * 32 / 2, "an outline, not a blank or a filled square: " + drawn);
  }

  @Test
  void anAppIdThatIsNotAGuidIsRefusedWithTheSettingsName() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TeamsAppPackage(
                    "my-bot",
                    "ITS",
                    "https://x.example/",
                    "https://x.example/",
                    "https://x.example/",
                    "1.0.0"));
    assertTrue(
        e.getMessage().startsWith("TEAMS_APP_ID must be the bot's Microsoft app id, a GUID"),
        e.getMessage());
  }

  @Test
  void linksMustBeHttps() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TeamsAppPackage(
                    APP,
                    "ITS",
                    "http://localhost:8080",
                    "http://localhost:8080",
                    "http://localhost:8080",
                    "1.0.0"));
    assertTrue(e.getMessage().contains("--website https://"), e.getMessage());
  }
}
