package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.deskbot.chat.Turn;
import org.junit.jupiter.api.io.TempDir;

class SqliteConversationMemoryTest {
  @TempDir Path dir;

  static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

  @OnBothDatabases
  void theLatestMessagesAreTheEndOfEverythingSinceInTheSameOrder(TestDatabases on)
      throws Exception {
    try (Database db = on.open(dir.resolve("d.db"))) {
      SqliteConversationMemory memory = new SqliteConversationMemory(db);
      for (int i = 1; i <= 5; i++) {
        memory.add(
            "web:ana",
            "web:page-1",
            new Turn(
                NOW.plusSeconds(i * 60L),
                i == 3 ? Turn.Kind.OTHER : Turn.Kind.QUESTION,
                i,
                "question " + i,
                List.of("https://help/" + i)));
      }
      memory.add(
          "web:ana",
          "web:page-2",
          new Turn(NOW.plusSeconds(400), Turn.Kind.QUESTION, 9, "", List.of()));
      List<Turn> all = memory.since("web:ana", "web:page-1", NOW);
      assertEquals(5, all.size());
      assertEquals(all.subList(2, 5), memory.latest("web:ana", "web:page-1", NOW, 3));
      assertEquals(all, memory.latest("web:ana", "web:page-1", NOW, 20));
      assertEquals(
          all.subList(3, 5), memory.latest("web:ana", "web:page-1", NOW.plusSeconds(240), 3));
    }
  }
}
