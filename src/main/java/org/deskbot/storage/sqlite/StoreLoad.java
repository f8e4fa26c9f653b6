package org.deskbot.storage.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.TicketStore;
import org.deskbot.report.InteractionLog;

/**
 * Concurrent writers against one database file: the throughput figures of {@code deskbot bench
 * --store}, and the load a crash test kills in the middle (its child process is in the tests).
 */
public final class StoreLoad {
  private StoreLoad() {}

  /** What a run did: rows written and how long it took. */
  public record Run(int rows, double seconds) {
    public double perSecond() {
      return rows / seconds;
    }
  }

  /** {@code writers} threads each log {@code each} interactions. */
  public static Run interactions(Path file, int writers, int each) throws Exception {
    try (Database db = Database.open(file)) {
      return interactions(List.of(db), writers, each);
    }
  }

  /**
   * {@code writers} threads each log {@code each} interactions, writer {@code w} through {@code
   * instances[w % n]} (two instances: two pools on one server).
   */
  public static Run interactions(List<Database> instances, int writers, int each) throws Exception {
    List<InteractionLog> logs =
        instances.stream().<InteractionLog>map(SqliteInteractionLog::new).toList();
    return run(
        writers,
        each,
        (w, i) ->
            logs.get(w % logs.size())
                .record(
                    new InteractionLog.NewInteraction(
                        "bench",
                        "u" + w,
                        "c",
                        "question " + w + "-" + i,
                        "en",
                        "printing",
                        0.9,
                        "answer",
                        "[]"),
                    Instant.now(),
                    null));
  }

  /** {@code writers} threads each create {@code each} tickets (each with its creation event). */
  public static Run tickets(Path file, int writers, int each) throws Exception {
    try (Database db = Database.open(file)) {
      return tickets(List.of(db), writers, each);
    }
  }

  /**
   * {@code writers} threads each create {@code each} tickets, writer {@code w} on {@code
   * instances[w % n]}.
   */
  public static Run tickets(List<Database> instances, int writers, int each) throws Exception {
    List<TicketStore> stores = instances.stream().<TicketStore>map(SqliteTicketStore::new).toList();
    return run(
        writers,
        each,
        (w, i) ->
            stores
                .get(w % stores.size())
                .create(
                    new TicketStore.NewTicket(
                        "u" + w,
                        "bench",
                        "c",
                        "Oak Hollow",
                        "normal",
                        "printing",
                        "ticket " + w + "-" + i,
                        "",
                        "[]",
                        null,
                        null),
                    Instant.now(),
                    null));
  }

  @FunctionalInterface
  private interface Write {
    void apply(int writer, int i) throws StoreException;
  }

  private static Run run(int writers, int each, Write write) throws Exception {
    AtomicInteger done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < each; i++) {
                  try {
                    write.apply(writer, i);
                    done.incrementAndGet();
                  } catch (StoreException e) {
                    failures.add(e);
                    return;
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return new Run(done.get(), (System.nanoTime() - start) / 1e9);
  }
}
