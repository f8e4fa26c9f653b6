package org.deskbot.ingest.video;

/** Placeholder until the transcript reader lands. */
public final class VideoLinks {
  private VideoLinks() {}

  public static String urlAt(String videoUrl, int seconds) {
    return videoUrl + (videoUrl.contains("?") ? "&" : "?") + "t=" + seconds + "s";
  }
}
