package org.deskbot.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deskbot.ingest.KnowledgeItem;

/**
 * Sentence embeddings computed in process (ONNX, quantized, offline: the model ships in a jar).
 * Entries are embedded as title + the start of their text, since the models read only the first 128
 * (MiniLM) or 512 (bge) tokens.
 */
public final class LocalEmbedder implements Embedder {
  /** The models deskbot can use. */
  public enum Model {
    MINILM,
    BGE;

    public static Model parse(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "minilm", "all-minilm-l6-v2" -> MINILM;
        case "bge", "bge-small", "bge-small-en-v1.5" -> BGE;
        default ->
            throw new IllegalArgumentException(
                "unknown embedding model `" + name + "` (minilm or bge)");
      };
    }
  }

  /** Characters of an entry embedded: about what the model reads anyway. */
  private static final int MAX_CHARS = 700;

  private static final String BGE_QUERY_PREFIX =
      "Represent this sentence for searching relevant passages: ";

  private final Model which;
  private final EmbeddingModel model;
  private final EmbeddingCache cache;

  public LocalEmbedder(Model which, EmbeddingCache cache) {
    this.which = which;
    this.model =
        which == Model.MINILM
            ? load("all-minilm-l6-v2-q", PoolingMode.MEAN)
            : load("bge-small-en-v1.5-q", PoolingMode.CLS);
    this.cache = cache;
  }

  /**
   * Loads a model shipped in its langchain4j jar into an ONNX session of our own: one thread per
   * call and no spin-waiting, so an embedding never steals the core that searches or answers the
   * next teacher (the library's default session spins its thread pool on both cores).
   */
  private static EmbeddingModel load(String name, PoolingMode pooling) {
    ClassLoader loader = LocalEmbedder.class.getClassLoader();
    try (InputStream onnx = loader.getResourceAsStream(name + ".onnx");
        InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json")) {
      if (onnx == null || tokenizer == null) {
        throw new IllegalStateException(
            "embedding model " + name + " is missing from the classpath");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(
              env, env.createSession(onnx.readAllBytes(), options), tokenizer, pooling);
      return new SessionModel(encoder);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException(
          "cannot load embedding model " + name + ": " + e.getMessage(), e);
    }
  }

  /** langchain4j's in-process model over a session we configured. */
  private static final class SessionModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    SessionModel(OnnxBertBiEncoder encoder) {
      super(null);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }
  }

  public Model model() {
    return which;
  }

  /** The text of an entry that is embedded. */
  public static String passageText(KnowledgeItem item) {
    StringBuilder sb = new StringBuilder(item.title());
    for (String alias : item.aliases()) {
      sb.append(". ").append(alias);
    }
    sb.append(". ").append(item.text());
    return sb.length() > MAX_CHARS ? sb.substring(0, MAX_CHARS) : sb.toString();
  }

  @Override
  public float[][] embedEntries(List<KnowledgeItem> items) {
    float[][] out = new float[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      // one at a time: the model's own batching pads every passage to the longest one
      out[i] = cached("", passageText(items.get(i)), this::embedPassage);
    }
    return out;
  }

  /**
   * The vector of {@code text} from the cache, or computed and cached. {@code kind} keeps vectors
   * of the same text made differently apart ("" passage, "q:" question, "m:" moment).
   */
  private float[] cached(
      String kind, String text, java.util.function.Function<String, float[]> compute) {
    float[] v = cache == null ? null : cache.get(kind + text);
    if (v == null) {
      v = compute.apply(text);
      if (cache != null) {
        cache.put(kind + text, v);
      }
    }
    return v;
  }

  private float[] embedPassage(String text) {
    return normalize(model.embed(text).content().vector());
  }

  @Override
  public float[][] embedPhrasings(KnowledgeItem item) {
    if (item.type() != org.deskbot.ingest.ContentType.FAQ) {
      return new float[0][];
    }
    List<String> phrasings = new ArrayList<>();
    phrasings.add(item.title());
    phrasings.addAll(item.aliases());
    float[][] out = new float[phrasings.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = cached("q:", phrasings.get(i), this::embedQuestion);
    }
    return out;
  }

  /**
   * A moment starts at a cue at least {@code MOMENT_STRIDE} seconds after the last one, up to the
   * last that still has {@code MOMENT_STEP_SECONDS} of the passage after it; each is embedded with
   * the {@code MOMENT_SECONDS} that follow it (cut at the passage's end), so a step or a fix is
   * read with what it leads to (15 s windows matched the words of a how-to step more than the
   * moment that answers: BENCHMARKS.md, video time).
   */
  private static final int MOMENT_SECONDS = 30;

  private static final int MOMENT_STEP_SECONDS = 15;
  private static final int MOMENT_STRIDE = 8;

  @Override
  public Moments embedMoments(KnowledgeItem item) {
    List<KnowledgeItem.TimeMark> marks = item.marks();
    if (item.type() != org.deskbot.ingest.ContentType.VIDEO || marks.size() < 2) {
      return Moments.NONE;
    }
    List<Integer> seconds = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    int lastStart = -MOMENT_STRIDE;
    for (int i = 0; i < marks.size(); i++) {
      KnowledgeItem.TimeMark start = marks.get(i);
      if (start.seconds() - lastStart < MOMENT_STRIDE) {
        continue;
      }
      int step = endAfter(item, i, MOMENT_STEP_SECONDS);
      int end = endAfter(item, i, MOMENT_SECONDS);
      String text = item.text().substring(Math.min(start.offset(), end), end).strip();
      if (text.isEmpty()) {
        continue;
      }
      lastStart = start.seconds();
      seconds.add(start.seconds());
      offsets.add(start.offset());
      vectors.add(cached("m:", text, this::embedPassage));
      if (step >= item.text().length()) {
        break;
      }
    }
    return new Moments(
        seconds.stream().mapToInt(Integer::intValue).toArray(),
        offsets.stream().mapToInt(Integer::intValue).toArray(),
        vectors.toArray(new float[0][]));
  }

  /**
   * The text offset where the stretch starting at mark {@code i} and lasting {@code seconds} ends.
   */
  private static int endAfter(KnowledgeItem item, int i, int seconds) {
    List<KnowledgeItem.TimeMark> marks = item.marks();
    for (int j = i + 1; j < marks.size(); j++) {
      if (marks.get(j).seconds() - marks.get(i).seconds() >= seconds) {
        return marks.get(j).offset();
      }
    }
    return item.text().length();
  }

  /**
   * The same questions come back all day ("reset my password"): when {@link
   * #rememberingQuestions()} is on, the last few thousand question vectors are kept, so a repeat
   * costs no model run. Callers never change a returned vector.
   */
  @Override
  public float[] embedQuestion(String question) {
    float[] known = rememberQuestions ? recentQuestions.get(question) : null;
    if (known != null) {
      return known;
    }
    String text = which == Model.BGE ? BGE_QUERY_PREFIX + question : question;
    float[] v = normalize(model.embed(text).content().vector());
    if (rememberQuestions) {
      recentQuestions.put(question, v);
    }
    return v;
  }

  private static final int RECENT_QUESTIONS = 4096;

  private volatile boolean rememberQuestions;

  /**
   * Keeps recent question vectors (a serving process; not eval or bench, which measure the model).
   */
  public LocalEmbedder rememberingQuestions() {
    rememberQuestions = true;
    return this;
  }

  private final Map<String, float[]> recentQuestions =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
              return size() > RECENT_QUESTIONS;
            }
          });

  @Override
  public int dimension() {
    return 384;
  }

  static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
