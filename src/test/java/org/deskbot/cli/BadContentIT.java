package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder full of what real folders hold: each bad file reported, the rest indexed. */
class BadContentIT {
  @TempDir Path home;

  @Test
  void everyBadFileHasAReasonAndTheRestIsIndexed() throws Exception {
    Path c = home.resolve("content");
    Files.createDirectories(c.resolve("faq"));
    Files.createDirectories(c.resolve("videos"));
    Files.writeString(
        c.resolve("faq/printer-jam.md"),
        "---\ntitle: \"The copier in the workroom keeps jamming\"\nurl: https://h.example/faq/jam\ncategory: printing\n---\n\nOpen door A, pull the green lever and remove the paper.\n");
    Files.write(
        c.resolve("videos/binary.vtt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Files.writeString(
        c.resolve("videos/binary.json"),
        "{\"title\": \"Binary\", \"url\": \"https://www.youtube.com/watch?v=bbbbbbbbbbb\"}");
    Files.writeString(
        c.resolve("videos/noheader.vtt"), "00:00:01.000 --> 00:00:04.000\nHello there.\n");
    Files.writeString(
        c.resolve("videos/noheader.json"),
        "{\"title\": \"No header\", \"url\": \"https://www.youtube.com/watch?v=nnnnnnnnnnn\"}");
    Files.writeString(
        c.resolve("videos/badtime.srt"),
        "1\n00:00:01,000 --> 00:00:04,000\nFirst line.\n\n2\n00:00:09,000 --> 00:00:05,000\nEnds before it starts.\n");
    Files.writeString(
        c.resolve("videos/badtime.json"),
        "{\"title\": \"Bad time\", \"url\": \"https://youtu.be/bbbbbbbbbbb\"}");
    Files.writeString(
        c.resolve("videos/good.vtt"),
        "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nTo mirror your screen press Windows and P.\n\n00:00:05.000 --> 00:00:09.000\nThen choose Duplicate.\n");
    Files.writeString(
        c.resolve("videos/good.json"),
        "{\"title\": \"Mirror your screen\", \"url\": \"https://youtu.be/ggggggggggg\"}");
    Files.write(c.resolve("faq/empty.md"), new byte[0]);
    try (RandomAccessFile big = new RandomAccessFile(c.resolve("faq/huge.md").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    Files.write(
        c.resolve("faq/latin1.md"),
        "---\ntitle: Caf\u00e9\nurl: https://h.example/x\n---\n\nr\u00e9sum\u00e9\n"
            .getBytes("ISO-8859-1"));
    Files.writeString(
        c.resolve("faq/broken.md"),
        "---\ntitle: \"unterminated\nurl: https://h.example/y\n---\n\nbody\n");
    Files.writeString(
        c.resolve("faq/sheet.csv"),
        "question,answer,category\nWhere is the laminator?,Room 4,other\n");

    CliRun run = CliRun.of("ingest", "--home", home.toString(), "--content", c.toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    String out = run.out();
    // the FAQ, the good transcript and the four sidecars
    assertTrue(out.contains("indexed 6 files (2 entries)"), out);
    assertTrue(out.contains("errors 8"), out);
    assertTrue(out.contains("videos/noheader.vtt:1: missing WEBVTT header"), out);
    assertTrue(out.contains("videos/badtime.srt:6: bad cue timing"), out);
    assertTrue(out.contains("videos/binary.vtt: binary file, not text"), out);
    assertTrue(out.contains("faq/empty.md: the file is empty"), out);
    assertTrue(out.contains("faq/huge.md: file too large (52.4 MB; the limit is 10.0 MB)"), out);
    assertTrue(out.contains("faq/latin1.md:2: not valid UTF-8 text"), out);
    assertTrue(out.contains("faq/broken.md:2: broken front matter"), out);
    assertTrue(out.contains("faq/sheet.csv:1: missing column `url`"), out);

    CliRun ask = CliRun.of("ask", "--home", home.toString(), "--json", "copier jammed again");
    assertEquals(0, ask.exit(), ask.err());
    assertTrue(ask.out().contains("https://h.example/faq/jam"), ask.out());
  }

  @Test
  void askBeforeIngestSaysWhatToDo() {
    CliRun run = CliRun.of("ask", "--home", home.toString(), "anything");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("deskbot: no content index at "), run.err());
    assertTrue(run.err().contains("run `deskbot ingest` first"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(
        2,
        CliRun.of("ingest", "--home", home.toString(), "--content", home.resolve("nope").toString())
            .exit());
    assertEquals(2, CliRun.of("ask", "--limit", "0", "x").exit());
    assertEquals(2, CliRun.of("ingest", "--bogus").exit());
  }
}
