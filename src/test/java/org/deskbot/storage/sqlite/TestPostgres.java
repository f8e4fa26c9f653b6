package org.deskbot.storage.sqlite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's {@code postgresql} binaries, started once per
 * test JVM in a temporary folder on a free loopback port (as the {@code postgres} user when the
 * tests run as root, since PostgreSQL refuses to run as root), stopped when the JVM exits. Each
 * caller gets a database of its own. {@link #start()} says why when it cannot start; the tests then
 * skip, unless {@code DESKBOT_TEST_POSTGRES=required} (CI) makes that a failure.
 */
public final class TestPostgres {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static TestPostgres running;
  private static String unavailable;

  private final int port;

  private TestPostgres(int port) {
    this.port = port;
  }

  /** Whether PostgreSQL must run (CI): a failure to start fails the tests instead of skipping. */
  public static boolean required() {
    return "required".equalsIgnoreCase(System.getenv("DESKBOT_TEST_POSTGRES"));
  }

  /** The server, started on first use; null (with {@link #whyNot()}) when it cannot start. */
  public static synchronized TestPostgres start() {
    if (running == null && unavailable == null) {
      try {
        running = launch();
      } catch (Exception e) {
        unavailable = e.getMessage();
      }
    }
    return running;
  }

  /** Why the server could not start. */
  public static synchronized String whyNot() {
    return unavailable;
  }

  /** A JDBC URL of a new, empty database. */
  public String newDatabase() throws SQLException {
    String name = "t" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"), "deskbot", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  /** The URL of database {@code name}. */
  public String url(String name) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
  }

  /** The user the tests connect as (trusted: no password). */
  public static String user() {
    return "deskbot";
  }

  private static TestPostgres launch() throws Exception {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("deskbot-pg");
    Path data = dir.resolve("data");
    if (root) {
      run(List.of("chown", "postgres", dir.toString()), false);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-U",
            "deskbot",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync"),
        root);
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            dir.resolve("log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p "
                + port
                + " -k "
                + dir
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                + " -c full_page_writes=off -c max_connections=300",
            "start"),
        root);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-m",
                            "immediate",
                            "stop"),
                        root);
                  } catch (Exception ignored) {
                    // the JVM is exiting: the folder goes either way
                  }
                  delete(dir);
                }));
    return new TestPostgres(port);
  }

  /** The newest installed PostgreSQL's programs ({@code DESKBOT_TEST_PG_BIN} to choose). */
  private static Path binaries() throws IOException {
    String given = System.getenv("DESKBOT_TEST_PG_BIN");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        List<Path> bins =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .sorted(
                    Comparator.comparingInt(
                        b -> {
                          try {
                            return Integer.parseInt(b.getParent().getFileName().toString());
                          } catch (NumberFormatException e) {
                            return 0;
                          }
                        }))
                .toList();
        if (!bins.isEmpty()) {
          return bins.get(bins.size() - 1);
        }
      }
    }
    throw new IOException(
        "no PostgreSQL server programs (apt-get install postgresql, or set DESKBOT_TEST_PG_BIN)");
  }

  private static void run(List<String> command, boolean asPostgres) throws Exception {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + " failed: " + new String(out).strip().replace('\n', ' '));
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder
    }
  }
}
