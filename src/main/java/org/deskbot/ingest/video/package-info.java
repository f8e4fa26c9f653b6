/**
 * Video transcripts (WebVTT, SRT, YouTube auto-captions) and their metadata, read into time-linked
 * passages. The public entry points are {@link org.deskbot.ingest.video.TranscriptReader} and
 * {@link org.deskbot.ingest.video.VideoLinks}; everything else is internal to the package.
 *
 * <p>Depends on {@code ingest}; nothing downstream.
 */
package org.deskbot.ingest.video;
