package org.deskbot.ingest.video;

import java.util.List;

/**
 * One caption cue as the file has it.
 *
 * @param line the 1-based line of its timing line, for messages
 * @param lines the raw text lines, tags and entities still in (auto-captions need the inline word
 *     timestamps)
 */
record Cue(int line, long startMs, long endMs, List<String> lines) {}
