package org.deskbot.csv;

/** A CSV file that cannot be read, with the line where the trouble starts. */
public final class CsvException extends Exception {
  private final int line;

  public CsvException(int line, String reason) {
    super(reason, null, false, false);
    this.line = line;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }
}
