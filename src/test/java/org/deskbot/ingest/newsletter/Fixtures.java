package org.deskbot.ingest.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;

/** Test helpers: content files from the test resources or written to a temporary content root. */
final class Fixtures {
  private Fixtures() {}

  /** A file under src/test/resources, whose root then plays the content folder. */
  static ContentFile resource(String relative) {
    try {
      Path root = Path.of(Fixtures.class.getResource("/newsletters").toURI()).getParent();
      return ContentFile.of(root, root.resolve(relative));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code text} to {@code root/relative} and returns it as a content file. */
  static ContentFile write(Path root, String relative, String text) {
    try {
      Path path = root.resolve(relative);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return ContentFile.of(root, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ContentReader.Result read(ContentFile file) throws ContentException {
    return new NewsletterReader().read(file);
  }

  static ContentReader.Result readHtml(Path root, String html) throws ContentException {
    return read(write(root, "newsletters/issue.html", html));
  }

  static List<String> titles(ContentReader.Result r) {
    return r.items().stream().map(KnowledgeItem::title).toList();
  }

  static List<String> texts(ContentReader.Result r) {
    return r.items().stream().map(KnowledgeItem::text).toList();
  }

  static List<String> urls(ContentReader.Result r) {
    return r.items().stream().map(KnowledgeItem::url).toList();
  }

  static List<String> ids(ContentReader.Result r) {
    return r.items().stream().map(KnowledgeItem::id).toList();
  }

  /** Findings as "line kind", the parts a test cares about. */
  static List<String> findings(List<Finding> findings) {
    return findings.stream().map(f -> f.line() + " " + f.kind()).toList();
  }
}
