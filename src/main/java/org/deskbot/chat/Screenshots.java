package org.deskbot.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deskbot.ocr.ImageException;
import org.deskbot.ocr.ImageLimits;
import org.deskbot.ocr.ScreenshotReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A teacher's screenshots and photos, from any door (the command line, a Slack file share, a Teams
 * attachment, the chat page's upload): each checked against {@link ImageLimits} before and after it
 * is fetched, read with Tesseract, its text cleaned, and what to do with the message decided here
 * once: ask with the pictures' words, or tell the teacher why not and store nothing. The images are
 * held in memory only while they are read.
 */
public final class Screenshots {
  private static final Logger LOG = LoggerFactory.getLogger(Screenshots.class);

  /** At most this many pictures of one message are read. */
  public static final int MAX_PICTURES = 3;

  /** Tesseract runs at most this many at once; other pictures wait (a small server has 2 cores). */
  private static final int AT_ONCE = 2;

  /** The line for the team when Tesseract is missing. */
  public static final String NOT_INSTALLED =
      "tesseract is not installed (apt install tesseract-ocr tesseract-ocr-eng), so images are not read: answering from the words alone";

  private final ScreenshotReader reader;
  private final Semaphore readers = new Semaphore(AT_ONCE, true);
  private final AtomicBoolean toldNotInstalled = new AtomicBoolean();

  public Screenshots(ScreenshotReader reader) {
    this.reader = reader;
  }

  /** Tesseract from {@code DESKBOT_TESSERACT}, else {@code tesseract} on the PATH. */
  public static Screenshots fromEnvironment(java.util.Map<String, String> env) {
    return new Screenshots(ScreenshotReader.fromEnvironment(env));
  }

  /** Gets a picture's bytes (downloads it, or hands over what is already in memory). */
  @FunctionalInterface
  public interface Bytes {
    byte[] get() throws ImageException, IOException;
  }

  /**
   * A picture a teacher sent, as the platform describes it.
   *
   * @param mimetype the type the platform declares ({@code image/png}), or null when it does not
   * @param size the size the platform declares, or -1 when it does not
   */
  public record Picture(String name, String mimetype, long size, Bytes bytes) {
    /** A picture already in memory. */
    public static Picture of(String name, byte[] bytes) {
      return new Picture(name, null, bytes.length, () -> bytes);
    }
  }

  /**
   * The pictures' words.
   *
   * @param text the cleaned text ("" when the pictures hold no words); empty when they could not be
   *     read
   * @param unread why they could not be read (one line), "" when they were
   */
  public record Words(Optional<String> text, String unread) {}

  /**
   * Reads the first {@link #MAX_PICTURES} pictures. A picture that is not an image or is too large
   * is an {@link ImageException} (one line), before its bytes are fetched when the platform says
   * so; one that cannot be fetched or read leaves the words unread.
   */
  public Words read(List<Picture> pictures) throws ImageException {
    List<Picture> some = pictures.subList(0, Math.min(MAX_PICTURES, pictures.size()));
    for (Picture p : some) {
      ImageLimits.checkDeclared(p.name(), p.mimetype(), p.size());
    }
    List<String> texts = new ArrayList<>();
    for (Picture p : some) {
      Optional<String> text;
      try {
        byte[] bytes = p.bytes().get();
        ImageLimits.check(p.name(), bytes.length, bytes);
        text = ocr(p.name(), bytes);
      } catch (IOException e) {
        return new Words(Optional.empty(), "could not read " + p.name() + ": " + e.getMessage());
      }
      if (text.isEmpty()) {
        return new Words(Optional.empty(), NOT_INSTALLED);
      }
      if (!text.get().isBlank()) {
        texts.add(text.get());
      }
    }
    return new Words(Optional.of(String.join(" ", texts)), "");
  }

  private Optional<String> ocr(String name, byte[] bytes) throws ImageException, IOException {
    try {
      readers.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting to read " + name);
    }
    try {
      return reader.read(name, bytes);
    } finally {
      readers.release();
    }
  }

  /** What to do with a chat message that came with pictures. */
  public sealed interface Step {
    /** Tell the teacher this; nothing is asked or stored. */
    record Say(String text) implements Step {}

    /**
     * Ask: the message with the pictures' words ({@code imageText}, "" when they could not be
     * read), and a {@code note} to put before the reply ("" for none).
     */
    record Ask(String imageText, String note) implements Step {}
  }

  /**
   * A chat message's pictures: refused (not an image, too large), or read; a message with no words
   * of its own or the pictures' is not asked. A picture that could not be read is logged for the
   * team (Tesseract missing: once) and the message answered from its words alone.
   */
  public Step step(String typed, List<Picture> pictures) {
    try {
      return step(typed, read(pictures));
    } catch (ImageException e) {
      return new Step.Say(
          "Sorry, I can't read that: "
              + e.getMessage()
              + ". Send a screenshot or photo of the error, or type what it says.");
    }
  }

  /** {@link #step(String, List)} for pictures already read. */
  public Step step(String typed, Words words) {
    // "<@deskbot>" alone, as an @mention with a file arrives, is no words
    boolean noWords = typed == null || typed.isBlank();
    if (words.text().isEmpty()) {
      if (!words.unread().equals(NOT_INSTALLED) || toldNotInstalled.compareAndSet(false, true)) {
        LOG.warn("screenshots: {}", words.unread());
      }
      return noWords
          ? new Step.Say("I couldn't read the words in your picture. Please type what it says.")
          : new Step.Ask(
              "", "I couldn't read the words in your picture, so I answered from your message.");
    }
    if (noWords && words.text().get().isBlank()) {
      return new Step.Say("I found no words in your picture. Please type what the error says.");
    }
    return new Step.Ask(words.text().get(), "");
  }
}
