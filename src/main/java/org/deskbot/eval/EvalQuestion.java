package org.deskbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a question file: {@code {"q": "...", "expect": [urls], "at": [start, end], "context":
 * ["earlier message", ...]}}.
 *
 * @param q the question as a teacher typed it
 * @param expect acceptable links; empty when the content has no answer (the bot should escalate)
 * @param at for a video answer: the seconds where the answer is spoken, or null
 * @param line the line in the file, for messages
 * @param context the same teacher's earlier messages in the same conversation, oldest first; empty
 *     for a question asked on its own
 * @param thread the item the question is about when the file names it ({@code "thread"}), else ""
 *     (a question without an answer can only be kept with its siblings when it is named)
 */
public record EvalQuestion(
    String q, List<String> expect, int[] at, int line, List<String> context, String thread) {

  public EvalQuestion(String q, List<String> expect, int[] at, int line) {
    this(q, expect, at, line, List.of(), "");
  }

  public EvalQuestion(String q, List<String> expect, int[] at, int line, List<String> context) {
    this(q, expect, at, line, context, "");
  }

  public EvalQuestion(String q, List<String> expect, int[] at, int line, String thread) {
    this(q, expect, at, line, List.of(), thread);
  }

  /**
   * What the question is about, for splitting a question set by item: its thread, else its first
   * expected link, else (no answer, no thread) itself.
   */
  public String item() {
    if (!thread.isEmpty()) {
      return thread;
    }
    return expect.isEmpty() ? "line:" + line : Links.normalize(expect.getFirst());
  }

  public boolean answerable() {
    return !expect.isEmpty();
  }

  /** Reads a question file; a bad line is an {@link IllegalArgumentException} naming it. */
  public static List<EvalQuestion> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalQuestion> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = json.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(file.getFileName() + ":" + n + ": not a JSON object");
      }
      if (o == null || !o.path("q").isTextual() || o.path("q").asText().isBlank()) {
        throw new IllegalArgumentException(file.getFileName() + ":" + n + ": missing \"q\"");
      }
      List<String> expect = new ArrayList<>();
      o.path("expect").forEach(e -> expect.add(e.asText()));
      int[] at = null;
      if (o.path("at").isArray() && o.path("at").size() == 2) {
        at = new int[] {o.path("at").get(0).asInt(), o.path("at").get(1).asInt()};
      }
      List<String> context = new ArrayList<>();
      if (o.has("context") && !o.path("context").isArray()) {
        throw new IllegalArgumentException(
            file.getFileName() + ":" + n + ": \"context\" must be a list of earlier messages");
      }
      o.path("context").forEach(c -> context.add(c.asText()));
      out.add(
          new EvalQuestion(
              o.get("q").asText(),
              List.copyOf(expect),
              at,
              n,
              List.copyOf(context),
              o.path("thread").asText("")));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file.getFileName() + ": no questions");
    }
    return out;
  }
}
