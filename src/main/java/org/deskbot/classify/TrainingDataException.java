package org.deskbot.classify;

import java.nio.file.Path;

/** A training or test file that cannot be used, with where and why ({@code file:line: reason}). */
public final class TrainingDataException extends Exception {
  private final Path file;
  private final int line;

  /** {@code line} is 1-based; 0 when the problem is the file as a whole. */
  public TrainingDataException(Path file, int line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }
}
