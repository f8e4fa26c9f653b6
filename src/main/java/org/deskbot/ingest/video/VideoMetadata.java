package org.deskbot.ingest.video;

import java.util.List;

/**
 * What a transcript's passages need to know about their video.
 *
 * @param lang ISO 639-1 code, or "" when nothing says
 * @param chapters in start order; empty when the video has none
 */
record VideoMetadata(
    String title,
    String url,
    List<Chapter> chapters,
    String lang,
    String category,
    List<String> tags) {

  VideoMetadata {
    chapters = List.copyOf(chapters);
    tags = List.copyOf(tags);
  }
}
