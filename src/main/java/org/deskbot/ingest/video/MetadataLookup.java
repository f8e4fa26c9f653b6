package org.deskbot.ingest.video;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;

/**
 * Finds and reads a transcript's metadata: a sidecar {@code NAME.json} written by the team, and/or
 * yt-dlp's {@code Title [ID].info.json}; with neither, what yt-dlp's file name says.
 */
final class MetadataLookup {
  private MetadataLookup() {}

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /**
   * yt-dlp's default name: {@code Title [ID]}, then the subtitle language ({@code .en}, {@code
   * .en-US}).
   */
  private static final Pattern YT_DLP_NAME =
      Pattern.compile("(.+) \\[([^\\[\\]\\s]+)](?:\\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*))?");

  /** Other yt-dlp output templates still append the language: {@code lesson.en.vtt}. */
  private static final Pattern LANGUAGE_SUFFIX =
      Pattern.compile("(.+)\\.[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*");

  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

  /**
   * What a transcript's file name says.
   *
   * @param base the name without {@code .vtt}/{@code .srt}
   * @param stem the base without a subtitle-language suffix (the base when it has none)
   * @param title for a yt-dlp name, the part before {@code " ["}, else ""
   * @param id for a yt-dlp name, the video id in brackets, else ""
   * @param lang for a yt-dlp name, the subtitle language, else ""
   */
  record TranscriptName(String base, String stem, String title, String id, String lang) {
    static TranscriptName of(String fileName) {
      int dot = fileName.lastIndexOf('.');
      String base = dot > 0 ? fileName.substring(0, dot) : fileName;
      Matcher yt = YT_DLP_NAME.matcher(base);
      if (yt.matches()) {
        String lang = yt.group(3) == null ? "" : yt.group(3);
        return new TranscriptName(
            base, yt.group(1) + " [" + yt.group(2) + "]", yt.group(1), yt.group(2), lang);
      }
      Matcher suffix = LANGUAGE_SUFFIX.matcher(base);
      return new TranscriptName(base, suffix.matches() ? suffix.group(1) : base, "", "", "");
    }

    boolean isYouTubeId() {
      return YOUTUBE_ID.matcher(id).matches();
    }
  }

  static boolean isTranscript(String lowerName) {
    return lowerName.endsWith(".vtt") || lowerName.endsWith(".srt");
  }

  /**
   * The metadata files a transcript may use, most specific first; those that exist are merged (a
   * sidecar can add category and tags to what yt-dlp downloaded).
   */
  static List<Path> candidates(Path transcript) {
    TranscriptName name = TranscriptName.of(transcript.getFileName().toString());
    Set<String> names = new LinkedHashSet<>();
    names.add(name.base() + ".json");
    names.add(name.base() + ".info.json");
    names.add(name.stem() + ".json");
    names.add(name.stem() + ".info.json");
    return names.stream().map(transcript::resolveSibling).toList();
  }

  /**
   * The transcripts that may use a metadata file: those in its folder whose candidates include it,
   * plus the names they would have, so that adding a transcript re-reads the metadata.
   */
  static List<Path> transcriptsFor(Path metadata) {
    String name = metadata.getFileName().toString();
    String stem =
        name.substring(
            0, name.length() - (name.endsWith(".info.json") ? ".info.json" : ".json").length());
    Set<Path> paths = new LinkedHashSet<>();
    for (String ext : List.of(".vtt", ".srt", ".en.vtt", ".en.srt")) {
      paths.add(metadata.resolveSibling(stem + ext));
    }
    try (Stream<Path> siblings = Files.list(metadata.toAbsolutePath().getParent())) {
      siblings
          .filter(p -> isTranscript(p.getFileName().toString().toLowerCase(Locale.ROOT)))
          .filter(p -> candidates(p).stream().anyMatch(c -> sameFile(c, metadata)))
          .sorted()
          .forEach(paths::add);
    } catch (IOException e) {
      // An unreadable folder only means fewer companions; the read itself reports real problems.
    }
    return List.copyOf(paths);
  }

  static boolean hasTranscript(Path metadata) {
    return transcriptsFor(metadata).stream().anyMatch(Files::isRegularFile);
  }

  /**
   * The metadata of a transcript; a missing title or URL is an error that names the file to fix.
   */
  static VideoMetadata forTranscript(ContentFile transcript) throws ContentException {
    TranscriptName name = TranscriptName.of(transcript.name());
    List<ContentFile> files = new ArrayList<>();
    List<JsonNode> nodes = new ArrayList<>();
    for (Path candidate : candidates(transcript.path())) {
      if (Files.isRegularFile(candidate)) {
        ContentFile file = ContentFile.of(transcript.root(), candidate);
        files.add(file);
        nodes.add(read(file));
      }
    }
    String derivedUrl = name.isYouTubeId() ? "https://www.youtube.com/watch?v=" + name.id() : "";
    if (files.isEmpty()) {
      if (derivedUrl.isEmpty()) {
        throw new ContentException(
            transcript.relative(),
            0,
            "no metadata: add " + name.base() + ".json with title and url");
      }
      return new VideoMetadata(
          name.title(), derivedUrl, List.of(), primaryLanguage(name.lang()), "", List.of());
    }
    String title = "";
    String url = "";
    String lang = "";
    String category = "";
    List<String> tags = List.of();
    List<Chapter> chapters = List.of();
    for (int k = 0; k < files.size(); k++) {
      JsonNode node = nodes.get(k);
      boolean info = files.get(k).lowerName().endsWith(".info.json");
      title = title.isEmpty() ? text(node, "title") : title;
      url = url.isEmpty() ? url(node, info) : url;
      lang =
          lang.isEmpty()
              ? primaryLanguage(info ? text(node, "language") : text(node, "lang", "language"))
              : lang;
      chapters = chapters.isEmpty() ? chapters(files.get(k), node) : chapters;
      // yt-dlp's tags and categories are the uploader's YouTube keywords, not the district's
      // categories.
      if (!info) {
        category = category.isEmpty() ? text(node, "category") : category;
        tags = tags.isEmpty() ? list(node.path("tags")) : tags;
      }
    }
    String fix = files.getFirst().relative();
    title = title.isEmpty() ? name.title() : title;
    if (title.isEmpty()) {
      throw new ContentException(fix, 0, "no \"title\": add the video's title");
    }
    url = url.isEmpty() ? derivedUrl : url;
    if (url.isEmpty()) {
      throw new ContentException(fix, 0, "no \"url\": add the video's link");
    }
    lang = lang.isEmpty() ? primaryLanguage(name.lang()) : lang;
    return new VideoMetadata(title, url, chapters, lang, category, tags);
  }

  /** Reads a metadata file as a JSON object; broken JSON is an error with its line. */
  static JsonNode read(ContentFile file) throws ContentException {
    JsonNode node;
    try {
      node = JSON.readTree(file.text());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ContentException(
          file.relative(), Math.max(line, 0), "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ContentException(
          file.relative(), 1, "expected a JSON object like {\"title\": …, \"url\": …}");
    }
    return node;
  }

  /** The first non-blank text (or number) among the fields, trimmed; "" when none has one. */
  static String text(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode v = node.path(field);
      if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return "";
  }

  private static String url(JsonNode node, boolean info) {
    if (!info) {
      return text(node, "url", "webpage_url");
    }
    // An info.json's top-level "url" is the media stream, never the page a teacher should open.
    String page = text(node, "webpage_url");
    String id = text(node, "id");
    String extractor = text(node, "extractor", "extractor_key");
    if (page.isEmpty()
        && YOUTUBE_ID.matcher(id).matches()
        && (extractor.isEmpty() || extractor.equalsIgnoreCase("youtube"))) {
      page = "https://www.youtube.com/watch?v=" + id;
    }
    return page;
  }

  private static List<Chapter> chapters(ContentFile file, JsonNode node) throws ContentException {
    JsonNode list = node.path("chapters");
    if (list.isMissingNode() || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new ContentException(
          file.relative(), 0, "\"chapters\" must be a list of {\"start_time\", \"title\"}");
    }
    List<Chapter> chapters = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      JsonNode c = list.get(k);
      JsonNode start = c.has("start_time") ? c.get("start_time") : c.path("start");
      long ms =
          start.isNumber()
              ? Math.round(start.asDouble() * 1000)
              : start.isTextual() ? Timecode.parseLenient(start.asText()) : -1;
      if (ms < 0) {
        throw new ContentException(
            file.relative(),
            0,
            "chapter "
                + (k + 1)
                + ": \"start_time\" must be seconds or mm:ss, got "
                + (start.isMissingNode() ? "none" : start.toString()));
      }
      chapters.add(new Chapter(ms, text(c, "title")));
    }
    chapters.sort(Comparator.comparingLong(Chapter::startMs));
    return chapters;
  }

  private static List<String> list(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(
          e -> {
            if (e.isValueNode() && !e.asText().isBlank()) {
              out.add(e.asText().strip());
            }
          });
    } else if (v.isTextual()) {
      for (String s : v.asText().split("[,;]")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  /** The primary language subtag: "en-US", "en-orig" and "EN" are all "en". */
  static String primaryLanguage(String tag) {
    int cut = 0;
    while (cut < tag.length() && Character.isLetter(tag.charAt(cut))) {
      cut++;
    }
    return tag.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
