package org.deskbot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The Teams app package an admin uploads in the Teams admin center: {@code manifest.json}, a
 * 192×192 color icon and a 32×32 white-on-transparent outline icon, zipped at the root.
 *
 * @param appId the bot's Microsoft app id (a GUID); also the app's id
 * @param developer who publishes it (the district's team)
 * @param websiteUrl an https page about the help desk; privacy and terms default to it
 */
public record TeamsAppPackage(
    String appId,
    String developer,
    String websiteUrl,
    String privacyUrl,
    String termsUrl,
    String version) {
  static final String MANIFEST_VERSION = "1.17";
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Color ACCENT = new Color(0x2E, 0x5C, 0x8A);

  /** Checks what Teams checks on upload; the message names the setting to fix. */
  public TeamsAppPackage {
    if (appId == null || !GUID.matcher(appId).matches()) {
      throw new IllegalArgumentException(
          "TEAMS_APP_ID must be the bot's Microsoft app id, a GUID such as 7d2b1c7e-0000-4e5a-9a51-6f1e0ddc0b01, not `"
              + appId
              + "`");
    }
    for (String url : List.of(websiteUrl, privacyUrl, termsUrl)) {
      if (!isHttps(url)) {
        throw new IllegalArgumentException(
            "Teams needs https links for the website, privacy and terms pages, not `"
                + url
                + "`: give --website https://... (or teams.website_url)");
      }
    }
  }

  static boolean isHttps(String url) {
    try {
      URI u = new URI(url);
      return "https".equals(u.getScheme()) && u.getHost() != null;
    } catch (java.net.URISyntaxException | NullPointerException e) {
      return false;
    }
  }

  /** manifest.json, pretty-printed. */
  public String manifest() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode m = json.createObjectNode();
    m.put(
        "$schema",
        "https://developer.microsoft.com/en-us/json-schemas/teams/v"
            + MANIFEST_VERSION
            + "/MicrosoftTeams.schema.json");
    m.put("manifestVersion", MANIFEST_VERSION);
    m.put("version", version);
    m.put("id", appId.toLowerCase(java.util.Locale.ROOT));
    ObjectNode dev = m.putObject("developer");
    dev.put("name", developer);
    dev.put("websiteUrl", websiteUrl);
    dev.put("privacyUrl", privacyUrl);
    dev.put("termsOfUseUrl", termsUrl);
    m.putObject("name").put("short", "deskbot").put("full", "deskbot, the tech help desk");
    m.putObject("description")
        .put("short", "Answers tech questions with the team's FAQs, videos and tips.")
        .put(
            "full",
            "Ask deskbot a tech question in a chat or @mention it in a channel: it answers with the tech team's "
                + "FAQs, how-to videos (at the right minute), newsletter tips and training modules. If that doesn't help, "
                + "one click opens a ticket the team works in its triage channel, and you hear back in the same thread.");
    m.putObject("icons").put("color", "color.png").put("outline", "outline.png");
    m.put("accentColor", "#2E5C8A");
    ArrayNode bots = m.putArray("bots");
    ObjectNode bot = bots.addObject();
    bot.put("botId", appId.toLowerCase(java.util.Locale.ROOT));
    ArrayNode scopes = bot.putArray("scopes");
    scopes.add("personal").add("team").add("groupChat");
    bot.put("supportsFiles", false);
    bot.put("isNotificationOnly", false);
    ObjectNode commands = bot.putArray("commandLists").addObject();
    commands.set("scopes", scopes.deepCopy());
    commands
        .putArray("commands")
        .addObject()
        .put("title", "help")
        .put("description", "Ask a tech question, e.g. how do I add a co-teacher in Classroom?");
    m.putArray("permissions").add("identity").add("messageTeamMembers");
    m.putArray("validDomains").add(URI.create(websiteUrl).getHost());
    try {
      return json.writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the zip. */
  public void write(OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "manifest.json", manifest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      entry(zip, "color.png", png(colorIcon()));
      entry(zip, "outline.png", png(outlineIcon()));
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  /** 192×192, full color: a white speech bubble with a question mark on the accent color. */
  static BufferedImage colorIcon() {
    BufferedImage img = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(img);
    g.setColor(ACCENT);
    g.fillRect(0, 0, 192, 192);
    bubble(g, 192, Color.WHITE, ACCENT);
    g.dispose();
    return img;
  }

  /** 32×32, white on transparent (Teams' rule for outline icons). */
  static BufferedImage outlineIcon() {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(img);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2f));
    g.draw(new RoundRectangle2D.Float(3, 4, 26, 18, 6, 6));
    g.fillPolygon(new int[] {8, 14, 8}, new int[] {21, 21, 28}, 3);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("?", 12, 19);
    g.dispose();
    return img;
  }

  private static void bubble(Graphics2D g, int size, Color fill, Color text) {
    float u = size / 32f;
    g.setColor(fill);
    g.fill(new RoundRectangle2D.Float(4 * u, 5 * u, 24 * u, 16 * u, 6 * u, 6 * u));
    g.fillPolygon(
        new int[] {(int) (8 * u), (int) (14 * u), (int) (8 * u)},
        new int[] {(int) (20 * u), (int) (20 * u), (int) (27 * u)},
        3);
    g.setColor(text);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (13 * u)));
    var fm = g.getFontMetrics();
    g.drawString(
        "?",
        (size - fm.stringWidth("?")) / 2f,
        13 * u + fm.getAscent() / 2f - fm.getDescent() / 2f);
  }

  private static Graphics2D graphics(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  private static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
