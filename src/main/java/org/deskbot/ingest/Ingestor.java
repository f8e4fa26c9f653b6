package org.deskbot.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Brings a content folder into the catalog incrementally: unchanged files are skipped by content
 * hash, changed ones replaced, deleted ones removed, one bad file never stops the run, and
 * everything is committed once at the end.
 */
public final class Ingestor {
  /**
   * Bumped whenever a reader's output changes, so that every file is re-read once after an upgrade
   * even though its bytes did not change.
   */
  static final String PIPELINE_VERSION = "deskbot-ingest-2";

  private final List<ContentReader> readers;
  private final long maxFileBytes;
  private final int threads;
  private final String salt;

  /**
   * @param salt what else decides an entry's indexed form (the embedding model): a change re-reads
   *     every file
   */
  public Ingestor(List<ContentReader> readers, long maxFileBytes, int threads, String salt) {
    this.readers = List.copyOf(readers);
    this.salt = salt;
    this.maxFileBytes = maxFileBytes;
    this.threads = Math.max(1, threads);
  }

  /** Ingests {@code contentDir} into {@code catalog} and commits. */
  public IngestReport run(Path contentDir, Catalog catalog) throws IOException {
    long started = System.nanoTime();
    Path root = contentDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IOException("content folder not found: " + contentDir);
    }
    Map<String, Catalog.FileRecord> known = catalog.files();
    List<ContentFile> files = listFiles(root);

    List<IngestReport.Skip> skipped = Collections.synchronizedList(new ArrayList<>());
    List<ContentException> errors = Collections.synchronizedList(new ArrayList<>());
    List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    Set<String> present = Collections.synchronizedSet(new TreeSet<>());
    int[] counts = new int[3]; // indexed, entries, unchanged
    long[] bytes = new long[1];

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (ContentFile file : files) {
        work.add(
            pool.submit(
                () -> {
                  Outcome o = ingestOne(file, known.get(file.relative()), catalog);
                  synchronized (counts) {
                    switch (o) {
                      case Outcome.Indexed i -> {
                        counts[0]++;
                        counts[1] += i.entries();
                        bytes[0] += i.bytes();
                        present.add(file.relative());
                        findings.addAll(i.findings());
                      }
                      case Outcome.Unchanged u -> {
                        counts[2]++;
                        present.add(file.relative());
                        findings.addAll(u.findings());
                      }
                      case Outcome.Skipped s ->
                          skipped.add(new IngestReport.Skip(file.relative(), s.reason()));
                      case Outcome.Failed f -> {
                        errors.add(f.error());
                        present.add(file.relative()); // keep what was indexed before
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof UncheckedIOException io) {
            throw io.getCause();
          }
          throw new IOException("ingest failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("ingest interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    int removed = 0;
    for (String source : known.keySet()) {
      if (!present.contains(source)) {
        catalog.remove(source);
        removed++;
      }
    }
    catalog.commit();
    int total = catalog.entryCount();

    List<ContentException> sortedErrors = new ArrayList<>(errors);
    sortedErrors.sort(
        Comparator.comparing(ContentException::file).thenComparing(ContentException::line));
    List<IngestReport.Skip> sortedSkips = new ArrayList<>(skipped);
    sortedSkips.sort(Comparator.comparing(IngestReport.Skip::file));
    List<Finding> sortedFindings = new ArrayList<>(findings);
    sortedFindings.sort(Comparator.comparing(Finding::file).thenComparing(Finding::line));
    return new IngestReport(
        counts[0],
        counts[1],
        counts[2],
        removed,
        sortedSkips,
        sortedErrors,
        sortedFindings,
        total,
        bytes[0],
        (System.nanoTime() - started) / 1_000_000);
  }

  private sealed interface Outcome {
    record Indexed(int entries, long bytes, List<Finding> findings) implements Outcome {}

    record Unchanged(List<Finding> findings) implements Outcome {}

    record Skipped(String reason) implements Outcome {}

    record Failed(ContentException error) implements Outcome {}
  }

  private Outcome ingestOne(ContentFile file, Catalog.FileRecord before, Catalog catalog) {
    if (file.name().startsWith(".") || file.relative().contains("/.")) {
      return new Outcome.Skipped("hidden file");
    }
    if (file.folder().equals("drafts")) {
      return new Outcome.Skipped(
          "draft FAQ waiting for approval (deskbot drafts approve " + file.name() + ")");
    }
    ContentReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
    if (reader == null) {
      return new Outcome.Skipped(
          "not a content file (expected faq/*.md|csv, videos/*.vtt|srt|json, newsletters/*.html|md, modules/*.md, events/*.ics)");
    }
    try {
      long size = Files.size(file.path());
      if (size > maxFileBytes) {
        throw new ContentException(
            file.relative(),
            0,
            "file too large (%.1f MB; the limit is %.1f MB)"
                .formatted(size / 1e6, maxFileBytes / 1e6));
      }
      byte[] bytes = Files.readAllBytes(file.path());
      String hash = hash(bytes, file, reader);
      if (before != null && hash.equals(before.hash())) {
        return new Outcome.Unchanged(before.findings());
      }
      ContentReader.Result result = reader.read(file.withBytes(bytes));
      catalog.replace(file.relative(), hash, result.items(), result.findings(), before == null);
      return new Outcome.Indexed(result.items().size(), size, result.findings());
    } catch (ContentException e) {
      return new Outcome.Failed(e);
    } catch (IOException e) {
      if (isIndexProblem(e)) {
        throw new UncheckedIOException(e);
      }
      return new Outcome.Failed(
          new ContentException(file.relative(), 0, "cannot read: " + e.getMessage()));
    } catch (RuntimeException e) {
      // A reader bug on one odd file must not stop the district's whole ingest.
      return new Outcome.Failed(
          new ContentException(
              file.relative(),
              0,
              "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
  }

  private static boolean isIndexProblem(IOException e) {
    return e.getClass().getName().startsWith("org.apache.lucene");
  }

  private String hash(byte[] bytes, ContentFile file, ContentReader reader) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    digest.update(
        (PIPELINE_VERSION + "|" + salt + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digest.update(bytes);
    for (Path companion : reader.companions(file)) {
      if (Files.isRegularFile(companion)) {
        digest.update(
            companion.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(companion));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<ContentFile> listFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().map(p -> ContentFile.of(root, p)).toList();
    }
  }
}
