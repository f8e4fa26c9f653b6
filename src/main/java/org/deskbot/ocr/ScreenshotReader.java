package org.deskbot.ocr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Reads the words of a screenshot or photo of an error message with the Tesseract engine (the
 * {@code tesseract} program, Debian's {@code tesseract-ocr}), run as a child process that gets the
 * image on its standard input: the image is never written anywhere. The text is cleaned of OCR
 * noise and of the dialog's button labels before it is searched.
 */
public final class ScreenshotReader {
  /** How long Tesseract may take on one image before it is stopped. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** At most this many characters of an image's text are searched. */
  static final int MAX_TEXT = 600;

  private final String program;

  /** {@code program}: the Tesseract command ({@code tesseract} on the PATH, or a full path). */
  public ScreenshotReader(String program) {
    this.program = program;
  }

  /** Tesseract from {@code DESKBOT_TESSERACT}, else {@code tesseract} on the PATH. */
  public static ScreenshotReader fromEnvironment(java.util.Map<String, String> env) {
    String p = env.get("DESKBOT_TESSERACT");
    return new ScreenshotReader(p == null || p.isBlank() ? "tesseract" : p.strip());
  }

  /**
   * The cleaned text of {@code image}; empty when Tesseract is not installed. An image that is too
   * large or not an image is an {@link ImageException}; Tesseract failing on it is an IOException.
   */
  public Optional<String> read(String name, byte[] image) throws ImageException, IOException {
    ImageLimits.check(name, image.length, image);
    Process p;
    try {
      ProcessBuilder pb =
          new ProcessBuilder(program, "stdin", "stdout", "-l", "eng", "--psm", "3")
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      // one thread per image: several at once on a small server share the cores better than
      // Tesseract's own threads fighting over them
      pb.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
      p = pb.start();
    } catch (IOException e) {
      return Optional.empty(); // no such program
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (InputStream in = p.getInputStream()) {
                    in.transferTo(out);
                  } catch (IOException ignored) {
                    // the process was stopped: what was read is all there is
                  }
                });
    try (OutputStream in = p.getOutputStream()) {
      in.write(image);
    } catch (IOException e) {
      // Tesseract stopped reading (it failed on the image): its exit code says so below
    }
    try {
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException("reading the image took longer than " + TIMEOUT.toSeconds() + " s");
      }
      reader.join(TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading the image");
    }
    if (p.exitValue() != 0) {
      throw new IOException("tesseract could not read " + name + " (exit " + p.exitValue() + ")");
    }
    return Optional.of(clean(out.toString(StandardCharsets.UTF_8)));
  }

  private static final Pattern BUTTONS =
      Pattern.compile(
          "(?i)(?:\\s*\\b(?:ok|cancel|close|retry|try again|yes|no|help|dismiss|continue|back|next|sign in|learn more|details|x)\\b\\s*)+");

  /**
   * One line of text: lines that are mostly OCR noise (few letters) and lines that are only button
   * labels are dropped, hyphenated line breaks joined, white space folded, and the text cut at
   * {@link #MAX_TEXT} characters.
   */
  static String clean(String ocr) {
    List<String> kept = new ArrayList<>();
    for (String line : ocr.replace("-\n", "").split("\\R")) {
      String l = line.replaceAll("[|_~=<>{}\\[\\]«»©®™•]+", " ").replaceAll("\\s+", " ").strip();
      if (l.isEmpty() || BUTTONS.matcher(l).matches()) {
        continue;
      }
      long letters = l.chars().filter(Character::isLetter).count();
      if (letters < 2 || letters < l.replace(" ", "").length() * 0.5) {
        continue; // icons and borders read as stray characters
      }
      kept.add(l);
    }
    String text = String.join(" ", kept);
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_TEXT);
    return text.substring(0, cut > 0 ? cut : MAX_TEXT);
  }
}
