package org.deskbot.ingest.video;

/** A chapter of a video: where it starts and its title ("" when the metadata gives none). */
record Chapter(long startMs, String title) {}
