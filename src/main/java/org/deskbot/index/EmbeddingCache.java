package org.deskbot.index;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Embeddings by content hash, in an append-only file, so a re-ingest never recomputes the vector of
 * a passage it has seen. A record cut short by a crash is ignored when the file is read.
 */
public final class EmbeddingCache implements Closeable {
  private static final int HASH_BYTES = 32;

  private final int dimension;
  private final Map<String, float[]> vectors = new HashMap<>();
  private final DataOutputStream out;

  private EmbeddingCache(int dimension, DataOutputStream out) {
    this.dimension = dimension;
    this.out = out;
  }

  /** Opens (or creates) the cache file for vectors of {@code dimension} floats. */
  public static EmbeddingCache open(Path file, int dimension) throws IOException {
    Files.createDirectories(file.getParent());
    int record = HASH_BYTES + 4 * dimension;
    Map<String, float[]> loaded = new HashMap<>();
    long valid = 0;
    if (Files.exists(file)) {
      byte[] all = Files.readAllBytes(file);
      ByteBuffer buf = ByteBuffer.wrap(all);
      while (buf.remaining() >= record) {
        byte[] hash = new byte[HASH_BYTES];
        buf.get(hash);
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
          v[i] = buf.getFloat();
        }
        loaded.put(HexFormat.of().formatHex(hash), v);
        valid += record;
      }
      if (valid < all.length) {
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(valid); // drop a record cut short by a crash
        }
      }
    }
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
    EmbeddingCache cache = new EmbeddingCache(dimension, out);
    cache.vectors.putAll(loaded);
    return cache;
  }

  public synchronized float[] get(String text) {
    return vectors.get(hash(text));
  }

  public synchronized void put(String text, float[] vector) {
    String key = hash(text);
    if (vectors.putIfAbsent(key, vector) != null || vector.length != dimension) {
      return;
    }
    try {
      out.write(HexFormat.of().parseHex(key));
      for (float f : vector) {
        out.writeFloat(f);
      }
    } catch (IOException e) {
      // the cache only saves time: losing a record costs one recomputation later
    }
  }

  public synchronized int size() {
    return vectors.size();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  private static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
