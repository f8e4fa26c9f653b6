package org.deskbot.storage.sqlite;

import java.nio.file.Path;

/** The crash test's child process: creates tickets from two threads until it is killed. */
final class TicketWriters {
  private TicketWriters() {}

  /** {@code FILE N}: the database and how many tickets each thread creates. */
  public static void main(String[] args) throws Exception {
    StoreLoad.tickets(Path.of(args[0]), 2, Integer.parseInt(args[1]));
  }
}
