package org.deskbot.ingest.video;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.KnowledgeItem.TimeMark;

/**
 * Reads {@code videos/} into passages of about 30–60 s, each linked to the second it starts.
 *
 * <p>Transcripts are WebVTT or SRT, YouTube auto-captions included. Metadata comes from a sidecar
 * {@code NAME.json} ({@code title}, {@code url}, optional {@code chapters}, {@code lang}, {@code
 * category}, {@code tags}) and/or yt-dlp's {@code Title [ID].info.json}; a metadata file without a
 * transcript gives a {@link Finding#VIDEO_WITHOUT_TRANSCRIPT} finding.
 */
public final class TranscriptReader implements ContentReader {

  @Override
  public boolean accepts(ContentFile file) {
    String name = file.lowerName();
    return file.folder().equals("videos")
        && (MetadataLookup.isTranscript(name)
            // yt-dlp's live chat replay is JSON lines, not metadata.
            || (name.endsWith(".json") && !name.endsWith(".live_chat.json")));
  }

  @Override
  public List<Path> companions(ContentFile file) {
    return MetadataLookup.isTranscript(file.lowerName())
        ? MetadataLookup.candidates(file.path())
        : MetadataLookup.transcriptsFor(file.path());
  }

  @Override
  public Result read(ContentFile file) throws ContentException {
    if (!MetadataLookup.isTranscript(file.lowerName())) {
      return readMetadata(file);
    }
    CueParser.Format format =
        file.lowerName().endsWith(".vtt") ? CueParser.Format.VTT : CueParser.Format.SRT;
    CueParser.Captions captions = CueParser.parse(file.relative(), file.text(), format);
    List<Spoken> spoken = SpokenText.of(captions.cues());
    if (spoken.isEmpty()) {
      throw new ContentException(
          file.relative(), captions.cues().getFirst().line(), "no cue text: every cue is empty");
    }
    VideoMetadata video = MetadataLookup.forTranscript(file);
    String lang =
        video.lang().isEmpty() ? MetadataLookup.primaryLanguage(captions.language()) : video.lang();
    List<KnowledgeItem> items = new ArrayList<>();
    for (PassageCutter.Passage passage : PassageCutter.cut(spoken, video.chapters())) {
      items.add(item(file, video, lang, passage));
    }
    return Result.of(items);
  }

  private static Result readMetadata(ContentFile file) throws ContentException {
    JsonNode node = MetadataLookup.read(file);
    if (MetadataLookup.hasTranscript(file.path())) {
      return Result.of(List.of()); // the transcript's passages carry this metadata
    }
    String title = MetadataLookup.text(node, "title");
    if (title.isEmpty()) {
      title = file.name().replaceFirst("(?i)(\\.info)?\\.json$", "");
    }
    Finding finding =
        new Finding(
            file.relative(),
            0,
            Finding.VIDEO_WITHOUT_TRANSCRIPT,
            "video \"" + title + "\" has no transcript; add captions so teachers can search it");
    return new Result(List.of(), List.of(finding));
  }

  private static KnowledgeItem item(
      ContentFile file, VideoMetadata video, String lang, PassageCutter.Passage passage) {
    int start = (int) (passage.startMs() / 1000);
    StringBuilder text = new StringBuilder();
    List<TimeMark> marks = new ArrayList<>();
    for (Spoken piece : passage.pieces()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int second = (int) (piece.startMs() / 1000);
      // One mark per second is all a link can use; the first stays, so offsets still point at the
      // earliest text spoken in that second.
      if (marks.isEmpty() || (piece.mark() && second > marks.getLast().seconds())) {
        marks.add(new TimeMark(text.length(), second));
      }
      text.append(piece.text());
    }
    String title = video.title();
    if (passage.chapter() >= 0) {
      String chapter = video.chapters().get(passage.chapter()).title();
      title = chapter.isEmpty() ? title : title + " — " + chapter;
    }
    return new KnowledgeItem(
        file.relative() + "#" + start,
        ContentType.VIDEO,
        title,
        text.toString(),
        VideoLinks.urlAt(video.url(), start),
        video.category(),
        video.tags(),
        List.of(),
        lang,
        file.relative(),
        start,
        video.title(),
        marks,
        null);
  }
}
