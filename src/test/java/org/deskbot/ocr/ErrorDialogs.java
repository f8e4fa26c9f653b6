package org.deskbot.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Screenshots of error dialogs drawn with Java2D (headless), as a browser or an operating system
 * shows them: a window with a title bar, an icon, the error's words and buttons.
 */
public final class ErrorDialogs {
  private ErrorDialogs() {}

  /** Whether the {@code tesseract} program is installed (tests that read images skip without). */
  public static boolean tesseractInstalled() {
    try {
      return new ProcessBuilder("tesseract", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor()
          == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** A sign-in page's error: the account is locked. */
  public static byte[] accountLocked() throws IOException {
    return dialog(
        "Maple Valley USD - Sign in",
        "Your account has been locked",
        List.of(
            "Too many sign-in attempts. Your account is locked",
            "for 15 minutes. Try again later or contact your",
            "administrator."),
        List.of("OK"));
  }

  /** The panel's message when the laptop's picture does not reach it. */
  public static byte[] noSignal() throws IOException {
    return dialog(
        "ActivPanel",
        "No signal",
        List.of(
            "No signal detected on HDMI 1.",
            "Check that the cable is connected to the laptop",
            "and the panel is on the right input."),
        List.of("Close"));
  }

  static byte[] dialog(String title, String heading, List<String> lines, List<String> buttons)
      throws IOException {
    int w = 900;
    int h = 420;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x2b, 0x57, 0x9a)); // the desktop behind the window
    g.fillRect(0, 0, w, h);
    g.setColor(Color.WHITE);
    g.fillRoundRect(40, 30, w - 80, h - 60, 12, 12);
    g.setColor(new Color(0xe8, 0xe8, 0xe8));
    g.fillRect(40, 30, w - 80, 44);
    g.setColor(new Color(0x33, 0x33, 0x33));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
    g.drawString(title, 60, 60);
    g.setColor(new Color(0xd3, 0x2f, 0x2f)); // the error icon
    g.fillOval(70, 110, 56, 56);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(6));
    g.drawLine(86, 126, 110, 150);
    g.drawLine(110, 126, 86, 150);
    g.setColor(new Color(0x20, 0x20, 0x20));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
    g.drawString(heading, 150, 135);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    int y = 180;
    for (String line : lines) {
      g.drawString(line, 150, y);
      y += 32;
    }
    int x = w - 80 - 140 * buttons.size();
    for (String b : buttons) {
      g.setColor(new Color(0x1a, 0x73, 0xe8));
      g.fillRoundRect(x, h - 110, 120, 44, 8, 8);
      g.setColor(Color.WHITE);
      g.drawString(b, x + 60 - g.getFontMetrics().stringWidth(b) / 2, h - 80);
      x += 140;
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /**
   * Times Tesseract on the two dialogs (BENCHMARKS.md, "Screenshots"): {@code ErrorDialogs [N]}.
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    ScreenshotReader reader = ScreenshotReader.fromEnvironment(System.getenv());
    byte[][] images = {accountLocked(), noSignal()};
    double[] ms = new double[n * images.length];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (byte[] image : images) {
        long t = System.nanoTime();
        reader.read("dialog.png", image).orElseThrow();
        ms[k++] = (System.nanoTime() - t) / 1e6;
      }
    }
    java.util.Arrays.sort(ms);
    System.out.printf(
        "%d screenshots (%d and %d bytes): median %.0f ms, max %.0f ms%n",
        ms.length, images[0].length, images[1].length, ms[ms.length / 2], ms[ms.length - 1]);
    System.out.println("account locked: " + reader.read("a.png", images[0]).orElseThrow());
    System.out.println("no signal: " + reader.read("b.png", images[1]).orElseThrow());
  }
}
