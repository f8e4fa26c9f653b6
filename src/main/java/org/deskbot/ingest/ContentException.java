package org.deskbot.ingest;

/** A content file that cannot be read, with where and why: printed as {@code file:line: reason}. */
public class ContentException extends Exception {
  private final String file;
  private final int line;
  private final String reason;

  public ContentException(String file, int line, String reason) {
    super(format(file, line, reason));
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when the problem is the whole file. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }

  private static String format(String file, int line, String reason) {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
