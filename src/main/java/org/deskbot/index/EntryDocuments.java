package org.deskbot.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;

/** The one place that says what a Lucene document is: an entry to and from its fields. */
public final class EntryDocuments {
  private EntryDocuments() {}

  /** The suffix of the fields that hold Spanish text (analyzed with Spanish rules). */
  public static final String SPANISH = "_es";

  /**
   * The document of an entry: its fields, and when semantic search is on its vector, an FAQ's
   * phrasing vectors and a video passage's moments (each may be null or empty).
   */
  public static Document toDocument(
      KnowledgeItem item, float[] vector, float[][] phrasings, Embedder.Moments moments) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, item.id(), Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, item.source(), Field.Store.YES));
    doc.add(new StringField(Fields.GROUP, groupOf(item), Field.Store.YES));
    // read per hit before any stored field is loaded, to collapse results cheaply
    doc.add(new SortedDocValuesField(Fields.GROUP, new BytesRef(groupOf(item))));
    doc.add(new StringField(Fields.TYPE, item.type().label(), Field.Store.YES));
    doc.add(new StringField(Fields.CATEGORY, item.category(), Field.Store.YES));
    doc.add(new StringField(Fields.LANG, item.lang(), Field.Store.YES));
    String aliases = String.join("\n", item.aliases());
    boolean spanish = "es".equals(item.lang());
    boolean event = item.type() == ContentType.EVENT;
    // Every document has the same indexed fields (Lucene wants one schema per field name); the
    // text goes into the fields of its language and the others stay empty. An event's text goes
    // into the event fields only: live sessions are offered beside the documents, not ranked
    // among them.
    addText(doc, Fields.TITLE, event ? "" : item.title(), spanish);
    addText(doc, Fields.ALIASES, aliases, spanish);
    addText(doc, Fields.BODY, event ? "" : item.text(), spanish);
    doc.add(new StoredField(Fields.TITLE, item.title()));
    doc.add(new StoredField(Fields.ALIASES, aliases));
    doc.add(new StoredField(Fields.BODY, item.text()));
    doc.add(new TextField(Fields.PARENT, event ? "" : item.parent(), Field.Store.NO));
    doc.add(new StoredField(Fields.PARENT, item.parent()));
    String tags = String.join(" ", item.tags());
    doc.add(new TextField(Fields.TAGS, event ? "" : tags, Field.Store.NO));
    doc.add(new StoredField(Fields.TAGS, tags));
    if (event) {
      doc.add(
          new TextField(Fields.EVENT_TITLE, item.title() + "\n" + tags.strip(), Field.Store.NO));
      doc.add(new TextField(Fields.EVENT_BODY, item.text(), Field.Store.NO));
    }
    if (item.schedule() != null) {
      doc.add(new StoredField(Fields.SCHEDULE, item.schedule().encode()));
    }
    doc.add(new StoredField(Fields.URL, item.url()));
    doc.add(new StoredField(Fields.START, item.startSeconds()));
    if (!item.marks().isEmpty()) {
      doc.add(new StoredField(Fields.MARKS, encodeMarks(item.marks())));
    }
    if (vector != null && !event) {
      doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    if (phrasings != null && phrasings.length > 0) {
      doc.add(new BinaryDocValuesField(Fields.PHRASINGS, new BytesRef(pack(phrasings))));
    }
    if (moments != null && !moments.isEmpty()) {
      doc.add(new BinaryDocValuesField(Fields.MOMENTS, new BytesRef(packMoments(moments))));
    }
    return doc;
  }

  private static void addText(Document doc, String field, String text, boolean spanish) {
    doc.add(new TextField(field, spanish ? "" : text, Field.Store.NO));
    doc.add(new TextField(field + SPANISH, spanish ? text : "", Field.Store.NO));
  }

  /** Rebuilds the entry from a stored document. */
  public static KnowledgeItem fromDocument(Document doc) {
    IndexableField start = doc.getField(Fields.START);
    String aliases = doc.get(Fields.ALIASES);
    String tags = doc.get(Fields.TAGS);
    return new KnowledgeItem(
        doc.get(Fields.ID),
        ContentType.fromLabel(doc.get(Fields.TYPE)),
        doc.get(Fields.TITLE),
        doc.get(Fields.BODY),
        doc.get(Fields.URL),
        doc.get(Fields.CATEGORY),
        tags == null || tags.isBlank() ? List.of() : List.of(tags.split(" ")),
        aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split("\n")),
        doc.get(Fields.LANG),
        doc.get(Fields.SOURCE),
        start == null ? -1 : start.numericValue().intValue(),
        doc.get(Fields.PARENT),
        decodeMarks(doc.get(Fields.MARKS)),
        doc.get(Fields.SCHEDULE) == null
            ? null
            : org.deskbot.ingest.Schedule.decode(doc.get(Fields.SCHEDULE)));
  }

  /**
   * Entries that collapse to their best one in results: the passages of one video, the tips of one
   * newsletter issue, the lessons of one module. Every FAQ stands alone.
   */
  public static String groupOf(KnowledgeItem item) {
    return item.type() == ContentType.FAQ || item.type() == ContentType.EVENT
        ? item.id()
        : item.source();
  }

  static byte[] pack(float[][] vectors) {
    java.nio.ByteBuffer buf =
        java.nio.ByteBuffer.allocate(4 + 4 * vectors.length * vectors[0].length);
    buf.putInt(vectors[0].length);
    for (float[] v : vectors) {
      for (float f : v) {
        buf.putFloat(f);
      }
    }
    return buf.array();
  }

  /** The vectors packed by {@link #pack}, decoded. */
  public static float[][] unpack(BytesRef packed) {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(packed.bytes, packed.offset, packed.length);
    int dim = buf.getInt();
    float[][] out = new float[buf.remaining() / (4 * dim)][dim];
    for (float[] v : out) {
      buf.asFloatBuffer().get(v);
      buf.position(buf.position() + 4 * dim);
    }
    return out;
  }

  /**
   * The largest dot product between {@code query} and {@code vectors}, or -1 when there are none.
   */
  public static double maxDot(float[][] vectors, float[] query) {
    double best = -1;
    for (float[] v : vectors) {
      best = Math.max(best, dot(v, query));
    }
    return best;
  }

  /** The dot product of two vectors (of the same model, so of the same length). */
  public static double dot(float[] a, float[] b) {
    return a.length == b.length ? VectorUtil.dotProduct(a, b) : 0;
  }

  static byte[] packMoments(Embedder.Moments m) {
    int dim = m.vectors()[0].length;
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4 + m.vectors().length * (8 + 4 * dim));
    buf.putInt(dim);
    for (int i = 0; i < m.vectors().length; i++) {
      buf.putInt(m.seconds()[i]).putInt(m.offsets()[i]);
      for (float f : m.vectors()[i]) {
        buf.putFloat(f);
      }
    }
    return buf.array();
  }

  /** The moment of a passage most similar to {@code query}: its second, text offset and cosine. */
  public record Moment(int seconds, int offset, double cosine) {}

  /** The moments packed by {@link #packMoments}, decoded. */
  public static Embedder.Moments unpackMoments(BytesRef packed) {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(packed.bytes, packed.offset, packed.length);
    int dim = buf.getInt();
    int n = buf.remaining() / (8 + 4 * dim);
    Embedder.Moments out = new Embedder.Moments(new int[n], new int[n], new float[n][dim]);
    for (int i = 0; i < n; i++) {
      out.seconds()[i] = buf.getInt();
      out.offsets()[i] = buf.getInt();
      buf.asFloatBuffer().get(out.vectors()[i]);
      buf.position(buf.position() + 4 * dim);
    }
    return out;
  }

  /** Every moment of a passage with its cosine to {@code query}, in order. */
  public static List<Moment> scored(Embedder.Moments moments, float[] query) {
    List<Moment> out = new ArrayList<>(moments.vectors().length);
    for (int i = 0; i < moments.vectors().length; i++) {
      out.add(
          new Moment(moments.seconds()[i], moments.offsets()[i], dot(moments.vectors()[i], query)));
    }
    return out;
  }

  static String encodeMarks(List<KnowledgeItem.TimeMark> marks) {
    StringBuilder sb = new StringBuilder();
    for (KnowledgeItem.TimeMark m : marks) {
      if (!sb.isEmpty()) {
        sb.append(',');
      }
      sb.append(m.offset()).append(':').append(m.seconds());
    }
    return sb.toString();
  }

  static List<KnowledgeItem.TimeMark> decodeMarks(String encoded) {
    List<KnowledgeItem.TimeMark> marks = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return marks;
    }
    for (String pair : encoded.split(",")) {
      int colon = pair.indexOf(':');
      marks.add(
          new KnowledgeItem.TimeMark(
              Integer.parseInt(pair.substring(0, colon)),
              Integer.parseInt(pair.substring(colon + 1))));
    }
    return marks;
  }
}
