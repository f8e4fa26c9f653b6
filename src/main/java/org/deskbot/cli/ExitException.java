package org.deskbot.cli;

/** Ends a command with one line for the user and an exit code (jbang-style). */
public class ExitException extends RuntimeException {
  /** The command line was wrong: a missing option, a bad value, a missing file. */
  public static final int USAGE = 2;

  /** The work ran but part of it failed. */
  public static final int FAILED = 1;

  private final int code;

  public ExitException(int code, String message) {
    super(message);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
