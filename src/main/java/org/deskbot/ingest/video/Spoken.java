package org.deskbot.ingest.video;

/**
 * A piece of spoken text with its time: a cue, a sentence within a cue, or one word of an
 * auto-caption. Passages are cut between pieces, never inside one.
 *
 * @param mark whether a time mark starts here (a cue or a sentence starts; not every word)
 * @param sentenceEnd whether the text ends a sentence, i.e. a good place to cut after it
 */
record Spoken(long startMs, long endMs, String text, boolean mark, boolean sentenceEnd) {}
