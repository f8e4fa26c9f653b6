package org.deskbot.ingest.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader.Result;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.KnowledgeItem.TimeMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptReaderTest {
  static final String AUTO = SpokenTextTest.AUTO_CAPTIONS;
  static final String INFO = "Post an assignment in Google Classroom [dQw4w9WgXcQ].info.json";

  @TempDir Path root;
  final TranscriptReader reader = new TranscriptReader();

  private ContentFile write(String relative, String text) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return ContentFile.of(root, path);
  }

  private ContentFile copy(String resource) throws IOException {
    return write("videos/" + resource, SpokenTextTest.resource(resource));
  }

  private ContentFile file(String relative) {
    return ContentFile.of(root, root.resolve(relative));
  }

  @Test
  void sidecarMetadataAndChapters() throws Exception {
    ContentFile vtt = copy("zoom-basics.vtt");
    copy("zoom-basics.json");
    List<KnowledgeItem> items = reader.read(vtt).items();
    assertEquals(2, items.size());
    KnowledgeItem first = items.getFirst();
    assertEquals("videos/zoom-basics.vtt#0", first.id());
    assertEquals("Zoom basics — Start a meeting", first.title());
    assertEquals("https://www.youtube.com/watch?v=abcdefghijk&t=0s", first.url());
    assertTrue(
        first
            .text()
            .startsWith("Hi teachers. In this video you will learn how to start a Zoom meeting"));
    assertTrue(first.text().endsWith("When class starts, click Start next to the meeting."));
    assertEquals(
        new KnowledgeItem(
            "videos/zoom-basics.vtt#50",
            ContentType.VIDEO,
            "Zoom basics — Share your screen",
            "To share your screen, click Share Screen at the bottom. Pick the window with your slides, not"
                + " the whole desktop. Tick Share sound if you are playing a video. That's it! See you next time.",
            "https://www.youtube.com/watch?v=abcdefghijk&t=50s",
            "Video conferencing",
            List.of("zoom", "canvas"),
            List.of(),
            "en",
            "videos/zoom-basics.vtt",
            50,
            "Zoom basics",
            List.of(
                new TimeMark(0, 50),
                new TimeMark(56, 56),
                new TimeMark(113, 63),
                new TimeMark(158, 70),
                new TimeMark(169, 71)),
            null),
        items.get(1));
  }

  @Test
  void marksPointAtTheTextSpokenAtThatSecond() throws Exception {
    ContentFile vtt = copy("zoom-basics.vtt");
    copy("zoom-basics.json");
    for (KnowledgeItem item : reader.read(vtt).items()) {
      assertEquals(new TimeMark(0, item.startSeconds()), item.marks().getFirst());
      for (int k = 1; k < item.marks().size(); k++) {
        TimeMark before = item.marks().get(k - 1);
        TimeMark mark = item.marks().get(k);
        assertTrue(
            mark.offset() > before.offset() && mark.seconds() > before.seconds(),
            item.id() + " " + mark);
        assertEquals(' ', item.text().charAt(mark.offset() - 1));
      }
    }
  }

  @Test
  void ytDlpNamingWithInfoJson() throws Exception {
    ContentFile vtt = copy(AUTO);
    copy(INFO);
    List<KnowledgeItem> items = reader.read(vtt).items();
    String source = "videos/" + AUTO;
    assertEquals(
        List.of(source + "#0", source + "#7"), items.stream().map(KnowledgeItem::id).toList());
    assertEquals(
        List.of(
            "Post an assignment in Google Classroom — Intro",
            "Post an assignment in Google Classroom — Create the assignment"),
        items.stream().map(KnowledgeItem::title).toList());
    assertEquals(
        List.of(
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=0s",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=7s"),
        items.stream().map(KnowledgeItem::url).toList());
    assertEquals(
        List.of(
            "[Music] hi everyone today we're going to look at google classroom and how to post an",
            "assignment so first open your class and click classwork & create"),
        items.stream().map(KnowledgeItem::text).toList());
    assertEquals(
        List.of(new TimeMark(0, 0), new TimeMark(8, 1), new TimeMark(49, 4)), items.get(0).marks());
    assertEquals(List.of(new TimeMark(0, 7), new TimeMark(30, 10)), items.get(1).marks());
    KnowledgeItem second = items.get(1);
    assertEquals("Post an assignment in Google Classroom", second.parent());
    // yt-dlp's tags and categories are YouTube keywords, not the district's.
    assertEquals("", second.category());
    assertEquals(List.of(), second.tags());
    assertEquals(source, second.source());
  }

  @Test
  void ytDlpFileNameAloneIsEnoughMetadata() throws Exception {
    ContentFile vtt = copy(AUTO);
    List<KnowledgeItem> items = reader.read(vtt).items();
    assertEquals(1, items.size());
    KnowledgeItem item = items.getFirst();
    assertEquals("Post an assignment in Google Classroom", item.title());
    assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=0s", item.url());
    assertEquals("en", item.lang());
    assertEquals(0, item.startSeconds());
  }

  @Test
  void aSidecarAddsTheDistrictsCategoryToWhatYtDlpDownloaded() throws Exception {
    ContentFile vtt = copy(AUTO);
    copy(INFO);
    write(
        "videos/Post an assignment in Google Classroom [dQw4w9WgXcQ].json",
        "{\"category\": \"Google Classroom\", \"tags\": \"assignments, classwork\", \"lang\": \"en-US\"}");
    KnowledgeItem item = reader.read(vtt).items().getFirst();
    assertEquals("Google Classroom", item.category());
    assertEquals(List.of("assignments", "classwork"), item.tags());
    assertEquals("Post an assignment in Google Classroom — Intro", item.title());
    assertEquals("en", item.lang());
  }

  @Test
  void sidecarLanguageAndAnInfoJsonWithOnlyAnId() throws Exception {
    ContentFile srt =
        write(
            "videos/Cómo iniciar sesión [a1b2c3d4e5f].es.srt",
            "1\n00:00:00,000 --> 00:00:04,000\nHola, maestros.\n");
    write(
        "videos/Cómo iniciar sesión [a1b2c3d4e5f].info.json",
        "{\"id\": \"a1b2c3d4e5f\", \"title\": \"Cómo iniciar sesión\"}");
    KnowledgeItem item = reader.read(srt).items().getFirst();
    assertEquals("https://www.youtube.com/watch?v=a1b2c3d4e5f&t=0s", item.url());
    assertEquals("es", item.lang());
    assertEquals("Hola, maestros.", item.text());
  }

  @Test
  void webVttLanguageHeaderIsTheLastResort() throws Exception {
    ContentFile vtt =
        write(
            "videos/lesson.vtt", "WEBVTT\nLanguage: fr-CA\n\n00:00.000 --> 00:02.000\nBonjour.\n");
    write(
        "videos/lesson.json", "{\"title\": \"Leçon\", \"url\": \"https://youtu.be/abcdefghijk\"}");
    KnowledgeItem item = reader.read(vtt).items().getFirst();
    assertEquals("fr", item.lang());
    assertEquals("https://youtu.be/abcdefghijk?t=0", item.url());
  }

  @Test
  void aTranscriptWithoutMetadataSaysWhatToAdd() throws Exception {
    ContentFile vtt = copy("zoom-basics.vtt");
    ContentException e = assertThrows(ContentException.class, () -> reader.read(vtt));
    assertEquals(
        "videos/zoom-basics.vtt: no metadata: add zoom-basics.json with title and url",
        e.getMessage());
  }

  @Test
  void aSidecarWithoutUrlNamesTheSidecar() throws Exception {
    ContentFile vtt = copy("zoom-basics.vtt");
    write("videos/zoom-basics.json", "{\"title\": \"Zoom basics\"}");
    ContentException e = assertThrows(ContentException.class, () -> reader.read(vtt));
    assertEquals("videos/zoom-basics.json: no \"url\": add the video's link", e.getMessage());
  }

  @Test
  void badChapterTimeIsReported() throws Exception {
    ContentFile vtt = copy("zoom-basics.vtt");
    write(
        "videos/zoom-basics.json",
        "{\"title\": \"Z\", \"url\": \"https://x.org/v\", \"chapters\": [{\"title\": \"A\"}]}");
    ContentException e = assertThrows(ContentException.class, () -> reader.read(vtt));
    assertEquals("chapter 1: \"start_time\" must be seconds or mm:ss, got none", e.reason());
  }

  @Test
  void metadataWithoutTranscriptIsAFinding() throws Exception {
    ContentFile json =
        write(
            "videos/old-recording.json",
            "{\"title\": \"Old recording\", \"url\": \"https://vimeo.com/1\"}");
    Result result = reader.read(json);
    assertEquals(List.of(), result.items());
    assertEquals(
        List.of(
            new Finding(
                "videos/old-recording.json",
                0,
                Finding.VIDEO_WITHOUT_TRANSCRIPT,
                "video \"Old recording\" has no transcript; add captions so teachers can search it")),
        result.findings());
  }

  @Test
  void metadataWithATranscriptGivesNothingOfItsOwn() throws Exception {
    copy("zoom-basics.vtt");
    assertEquals(new Result(List.of(), List.of()), reader.read(copy("zoom-basics.json")));
    copy(AUTO);
    assertEquals(new Result(List.of(), List.of()), reader.read(copy(INFO)));
  }

  @Test
  void infoJsonWithoutCaptionsIsAFinding() throws Exception {
    Result result = reader.read(copy(INFO));
    assertEquals(
        "video \"Post an assignment in Google Classroom\" has no transcript; add captions so teachers can search it",
        result.findings().getFirst().detail());
  }

  @Test
  void invalidJsonReportsItsLine() throws Exception {
    ContentFile json =
        write("videos/broken.json", "{\n  \"title\": \"Broken\",\n  \"url\": https://x\n}\n");
    ContentException e = assertThrows(ContentException.class, () -> reader.read(json));
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("invalid JSON: Unrecognized token 'https'"), e.reason());
    ContentException notObject =
        assertThrows(
            ContentException.class, () -> reader.read(write("videos/list.json", "[1, 2]")));
    assertEquals("expected a JSON object like {\"title\": …, \"url\": …}", notObject.reason());
    assertThrows(ContentException.class, () -> reader.read(write("videos/two.json", "{} {}")));
  }

  @Test
  void companionsLinkTranscriptsAndTheirMetadataBothWays() throws Exception {
    ContentFile vtt = copy(AUTO);
    ContentFile info = copy(INFO);
    List<Path> companions = reader.companions(vtt);
    assertTrue(companions.contains(info.path()), companions.toString());
    assertTrue(
        companions.contains(
            root.resolve("videos/Post an assignment in Google Classroom [dQw4w9WgXcQ].en.json")));
    assertTrue(reader.companions(info).contains(vtt.path()));
    assertEquals(
        List.of(
            root.resolve("videos/zoom-basics.json"), root.resolve("videos/zoom-basics.info.json")),
        reader.companions(file("videos/zoom-basics.vtt")));
    // A transcript added later changes the metadata file's companions, so it is read again.
    assertTrue(
        reader
            .companions(file("videos/zoom-basics.json"))
            .contains(root.resolve("videos/zoom-basics.vtt")));
  }

  @Test
  void acceptsTranscriptsAndMetadataUnderVideos() {
    assertTrue(reader.accepts(file("videos/a.vtt")));
    assertTrue(reader.accepts(file("videos/grade-5/A.SRT")));
    assertTrue(reader.accepts(file("videos/a.json")));
    assertTrue(reader.accepts(file("videos/a [abcdefghijk].info.json")));
    assertFalse(reader.accepts(file("videos/a [abcdefghijk].live_chat.json")));
    assertFalse(reader.accepts(file("videos/a.mp4")));
    assertFalse(reader.accepts(file("faq/a.vtt")));
    assertFalse(reader.accepts(file("a.vtt")));
  }

  @Test
  void byteOrderMarkAndCrlf() throws Exception {
    Path path = root.resolve("videos/bom.vtt");
    Files.createDirectories(path.getParent());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        "WEBVTT\r\n\r\n00:01.000 --> 00:03.000\r\nHello &amp; welcome.\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Files.write(path, bytes);
    write("videos/bom.json", "{\"title\": \"Welcome\", \"url\": \"https://example.org/v/1\"}");
    KnowledgeItem item = reader.read(ContentFile.of(root, path)).items().getFirst();
    assertEquals("Hello & welcome.", item.text());
    assertEquals("https://example.org/v/1?t=1", item.url());
    assertEquals("videos/bom.vtt#1", item.id());
  }

  @Test
  void malformedFilesReportFileAndLine() throws Exception {
    write("videos/broken.json", "{\"title\": \"B\", \"url\": \"https://x.org/v\"}");
    ContentException header =
        assertThrows(
            ContentException.class,
            () ->
                reader.read(write("videos/broken.vtt", "1\n00:00:01.000 --> 00:00:02.000\nHi\n")));
    assertEquals(
        "videos/broken.vtt:1: missing WEBVTT header (the first line must be WEBVTT)",
        header.getMessage());
    ContentException empty =
        assertThrows(
            ContentException.class,
            () ->
                reader.read(
                    write(
                        "videos/broken.srt",
                        "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n<i></i>\n")));
    assertEquals("videos/broken.srt:2: no cue text: every cue is empty", empty.getMessage());
  }

  @Test
  void anHourOfAutoCaptionsReadsQuickly() throws Exception {
    ContentFile vtt = write("videos/Staff meeting [abcdefghijk].en.vtt", HourOfAutoCaptions.vtt());
    List<KnowledgeItem> items = reader.read(vtt).items();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 20; run++) {
      long t0 = System.nanoTime();
      items = reader.read(vtt).items();
      best = Math.min(best, System.nanoTime() - t0);
    }
    assertTrue(items.size() >= 60 && items.size() <= 120, "passages: " + items.size());
    for (int k = 0; k + 1 < items.size(); k++) {
      int length = items.get(k + 1).startSeconds() - items.get(k).startSeconds();
      assertTrue(length >= 30 && length <= 60, items.get(k).id() + " lasts " + length);
    }
    String all = String.join(" ", items.stream().map(KnowledgeItem::text).toList());
    assertEquals(HourOfAutoCaptions.spokenText(), all);
    // A guard against a return of the quadratic reader (seconds an hour), loose enough for a busy
    // machine: the reader's speed itself is measured in BENCHMARKS.md, not here.
    assertTrue(best < 1_000_000_000L, "best of 20 reads: " + best / 1_000_000 + " ms");
  }
}
