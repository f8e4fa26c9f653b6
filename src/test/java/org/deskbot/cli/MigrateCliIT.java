package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.escalate.TicketStore;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteTicketStore;
import org.deskbot.storage.sqlite.TestDatabases;
import org.deskbot.storage.sqlite.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo home's history onto PostgreSQL through the real command line, twice. */
class MigrateCliIT {
  @TempDir Path home;

  private static final Pattern ROW = Pattern.compile("(?m)^(\\w+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

  @Test
  void theDemoHistoryIsCopiedOnceAndTheReportIsTheSame() throws Exception {
    String url =
        TestDatabases.POSTGRES.url(home.resolve("server")) + "?user=" + TestPostgres.user();
    CliRun demo = CliRun.of("demo", "--no-serve", "--home", home.toString());
    assertEquals(0, demo.exit(), demo.out() + demo.err());

    CliRun first = CliRun.of("migrate", "--to", url, "--home", home.toString());
    assertEquals(0, first.exit(), first.out() + first.err());
    int tables = 0;
    long interactions = 0;
    Matcher m = ROW.matcher(first.out());
    while (m.find()) {
      tables++;
      assertEquals(m.group(2), m.group(3), "all copied: " + m.group());
      assertEquals(m.group(2), m.group(4), "every count equal: " + m.group());
      if (m.group(1).equals("interactions")) {
        interactions = Long.parseLong(m.group(2));
      }
    }
    assertTrue(tables >= 8 && interactions > 100, first.out());

    CliRun second = CliRun.of("migrate", "--to", url, "--home", home.toString());
    assertEquals(0, second.exit(), second.out() + second.err());
    m = ROW.matcher(second.out());
    while (m.find()) {
      assertEquals("0", m.group(3), "nothing copied twice: " + m.group());
      assertEquals(m.group(2), m.group(4), m.group());
    }

    // the same past week's report from the file and from the server
    CliRun onFile = CliRun.of("report", "--home", home.toString(), "--format", "json");
    assertEquals(0, onFile.exit(), onFile.err());
    Files.writeString(
        home.resolve("deskbot.yml"),
        "\ndatabase:\n  url: " + url + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    CliRun onServer = CliRun.of("report", "--home", home.toString(), "--format", "json");
    assertEquals(0, onServer.exit(), onServer.err());
    assertEquals(onFile.out(), onServer.out());

    // numbering continues after the copied tickets
    long highest;
    try (Database file = Database.open(home.resolve("data/deskbot.db"))) {
      highest = new SqliteTicketStore(file).list(null, null, 1).get(0).id();
    }
    try (Database server = Database.connect(url, "", "")) {
      long next =
          new SqliteTicketStore(server)
              .create(
                  new TicketStore.NewTicket(
                      "web:ana",
                      "web",
                      "web",
                      "Oak",
                      "normal",
                      "printing",
                      "jam",
                      "",
                      "[]",
                      null,
                      null),
                  Instant.now(),
                  null)
              .id();
      assertEquals(highest + 1, next);
    }
  }
}
