package org.deskbot.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.deskbot.web.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code deskbot hash-password}: a password hash for the dashboard's sign-in ({@code web.users}).
 */
@Command(
    name = "hash-password",
    mixinStandardHelpOptions = true,
    description = {
      "Hash a password for signing in to the team's dashboard (web.users).",
      "Reads the password from the console without showing it, or one line of stdin when that is not a terminal;"
          + " prints NAME:HASH, a web.users entry (the hash alone without NAME)."
    })
public final class HashPasswordCommand implements Callable<Integer> {
  /** The shortest password accepted. */
  static final int MIN_LENGTH = 8;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "Who signs in with it (a member of the tech team).")
  String name;

  @Override
  public Integer call() throws IOException {
    if (name != null && (name.isBlank() || name.contains(":") || name.startsWith("web:"))) {
      throw new ExitException(
          ExitException.USAGE,
          "NAME must not be empty, hold a `:` or start with web: (teachers on the chat page)");
    }
    char[] password = read();
    try {
      if (password.length < MIN_LENGTH) {
        throw new ExitException(
            ExitException.USAGE, "use a password of at least " + MIN_LENGTH + " characters");
      }
      String hash = Passwords.hash(password);
      System.out.println(name == null ? hash : name.strip() + ":" + hash);
      return 0;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] read() throws IOException {
    Console console = System.console();
    if (console != null && terminal(console)) {
      char[] typed = console.readPassword("password: ");
      return typed == null ? new char[0] : typed;
    }
    String line =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    return line == null ? new char[0] : line.toCharArray();
  }

  /**
   * Whether the console is a terminal: from Java 22 a console exists for redirected streams too and
   * says so with {@code isTerminal()}; on 21 it exists only for a terminal.
   */
  private static boolean terminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
