package org.deskbot.answer;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * What is worked out once for a doc of a segment and then kept: a segment never changes, and its
 * map goes when the segment is closed. Every answer reads a few dozen entries and their groups, and
 * decompressing stored fields (or analysing a video's transcript) was the largest cost of an answer
 * under load.
 */
final class SegmentMemo<T> {
  interface Load<T> {
    /** The value of {@code local} in {@code reader}, or null when it has none (not kept). */
    T load(LeafReader reader, int local) throws IOException;
  }

  private final Map<Object, Map<Integer, T>> bySegment =
      Collections.synchronizedMap(new WeakHashMap<>());
  private final Load<T> load;

  SegmentMemo(Load<T> load) {
    this.load = load;
  }

  /** The value of the top-level {@code doc} of {@code reader}. */
  T get(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = ContentSearcher.leaf(reader, doc);
    return get(leaf.reader(), doc - leaf.docBase);
  }

  /** The value of the segment's doc {@code local}. */
  T get(LeafReader reader, int local) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return load.load(reader, local);
    }
    Map<Integer, T> known =
        bySegment.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
    T value = known.get(local);
    if (value == null) {
      value = load.load(reader, local);
      if (value != null) {
        known.put(local, value);
      }
    }
    return value;
  }
}
