package org.deskbot.ingest.video;

import java.util.List;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;

/** Placeholder until the reader lands. */
public final class TranscriptReader implements ContentReader {
  @Override
  public boolean accepts(ContentFile file) {
    return false;
  }

  @Override
  public Result read(ContentFile file) {
    return Result.of(List.of());
  }
}
