package org.deskbot.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * What deskbot accepts as a teacher's image, wherever it comes from (a file, a Slack or Teams
 * attachment, the chat page's upload): at most {@link #MAX_BYTES}, and an image by its first bytes
 * (PNG, JPEG, GIF, WebP, BMP, TIFF). A platform's declared type and size are checked before
 * anything is downloaded, the bytes themselves when they arrive.
 */
public final class ImageLimits {
  /** The largest image read, in bytes. */
  public static final long MAX_BYTES = 10_000_000;

  /** The kinds read, for messages. */
  static final String KINDS = "PNG, JPEG, GIF, WebP, BMP or TIFF";

  private ImageLimits() {}

  /** The image's kind from its first bytes (png, jpeg, gif, webp, bmp, tiff), or empty. */
  public static Optional<String> kind(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) return Optional.of("png");
    if (starts(b, 0xFF, 0xD8, 0xFF)) return Optional.of("jpeg");
    if (starts(b, 'G', 'I', 'F', '8')) return Optional.of("gif");
    if (starts(b, 'R', 'I', 'F', 'F')
        && b.length > 11
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B') return Optional.of("webp");
    if (starts(b, 'B', 'M')) return Optional.of("bmp");
    if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) return Optional.of("tiff");
    return Optional.empty();
  }

  /**
   * Refuses what is not an image deskbot reads, or is too large; {@code name} is for the message.
   */
  public static void check(String name, long size, byte[] head) throws ImageException {
    checkSize(name, size);
    if (kind(head).isEmpty()) {
      throw notAnImage(name);
    }
  }

  /**
   * Before downloading: refuses a file the platform says is not an image ({@code mimetype} not
   * {@code image/...}; null or blank when it does not say) or is larger than {@link #MAX_BYTES}
   * ({@code size} negative when it does not say).
   */
  public static void checkDeclared(String name, String mimetype, long size) throws ImageException {
    if (mimetype != null
        && !mimetype.isBlank()
        && !mimetype.strip().toLowerCase(Locale.ROOT).startsWith("image/")) {
      throw notAnImage(name);
    }
    checkSize(name, size);
  }

  /**
   * The stream's bytes, read no further than one byte past {@link #MAX_BYTES}: a longer stream is
   * refused without being kept, whatever size was declared.
   */
  public static byte[] readAtMost(String name, InputStream in) throws ImageException, IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new ImageException(name + " is larger than 10,000,000 bytes; " + LIMIT, true);
    }
    return bytes;
  }

  private static final String LIMIT = "images of at most 10,000,000 bytes are read";

  private static void checkSize(String name, long size) throws ImageException {
    if (size > MAX_BYTES) {
      throw new ImageException(
          name + " is " + String.format(Locale.ROOT, "%,d", size) + " bytes; " + LIMIT, true);
    }
  }

  private static ImageException notAnImage(String name) {
    return new ImageException(name + " is not an image (" + KINDS + ")");
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
