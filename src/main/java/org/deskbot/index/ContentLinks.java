package org.deskbot.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Every indexed entry's link and titles, read from the index on disk (for naming URLs). */
public final class ContentLinks {
  private ContentLinks() {}

  /**
   * An entry's deep link, its own title and its video's, issue's or module's title ("" if none).
   */
  public record Link(String url, String title, String parent) {}

  /** The entries of the index in {@code dir}; none when there is no index yet. */
  public static List<Link> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return List.of();
      }
      List<Link> out = new ArrayList<>();
      Set<String> fields = Set.of(Fields.URL, Fields.TITLE, Fields.PARENT);
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int i = 0; i < leaf.reader().maxDoc(); i++) {
            if (live != null && !live.get(i)) {
              continue;
            }
            Document doc = stored.document(i, fields);
            String url = doc.get(Fields.URL);
            if (url != null && !url.isBlank()) {
              out.add(
                  new Link(
                      url,
                      nullToEmpty(doc.get(Fields.TITLE)),
                      nullToEmpty(doc.get(Fields.PARENT))));
            }
          }
        }
      }
      return out;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
