package org.deskbot.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in the content folder, as a reader sees it.
 *
 * @param root the content folder
 * @param path the file itself (absolute)
 * @param relative the path relative to the root with '/' separators, used in ids and messages
 * @param bytes the file's content when it was already read (so it is read once), or null
 */
public record ContentFile(Path root, Path path, String relative, byte[] bytes) {

  public static ContentFile of(Path root, Path path) {
    String rel = root.relativize(path).toString().replace('\\', '/');
    return new ContentFile(root, path, rel, null);
  }

  /** The same file with its content already read. */
  public ContentFile withBytes(byte[] content) {
    return new ContentFile(root, path, relative, content);
  }

  /** The first folder under the content root ("faq", "videos", ...), or "" for a top-level file. */
  public String folder() {
    int slash = relative.indexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash);
  }

  /** The file name, e.g. {@code zoom-basics.vtt}. */
  public String name() {
    return path.getFileName().toString();
  }

  /** Whether the file is in {@code folder} and its name ends with one of {@code endings}. */
  public boolean is(String folder, String... endings) {
    if (!folder().equals(folder)) {
      return false;
    }
    String name = lowerName();
    for (String e : endings) {
      if (name.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** The file name in lower case, for matching extensions. */
  public String lowerName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The file as UTF-8 text without a byte-order mark; invalid UTF-8, NUL bytes (a binary file) and
   * empty files are reported as content errors.
   */
  public String text() throws ContentException {
    if (bytes != null) {
      return decode(relative, bytes);
    }
    try {
      return decode(relative, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ContentException(relative, 0, "cannot read the file: " + e.getMessage());
    }
  }

  /** Decodes UTF-8 strictly, reporting the line of the first bad byte. */
  public static String decode(String relative, byte[] bytes) throws ContentException {
    if (bytes.length == 0) {
      throw new ContentException(relative, 0, "the file is empty");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new ContentException(
            relative, 0, "binary file, not text (NUL byte at offset " + i + ")");
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        throw new ContentException(relative, 0, "the file is empty");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new ContentException(
          relative, lineOfBadByte(bytes), "not valid UTF-8 text (save it as UTF-8)");
    }
  }

  private static int lineOfBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      try {
        decoder.reset();
        decoder.decode(java.nio.ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
      } catch (CharacterCodingException e) {
        return line;
      }
      if (b == '\n') {
        line++;
      }
      i += len;
    }
    return line;
  }
}
