package org.deskbot.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param fields the front matter (empty when the file has none)
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line where the body starts
 */
public record FrontMatter(Map<String, Object> fields, String body, int bodyLine) {
  /** A parser per thread: building one costs more than parsing a front matter block. */
  private static final ThreadLocal<Yaml> YAML =
      ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

  /** Splits {@code text}; broken YAML or an unclosed block is a {@link ContentException}. */
  public static FrontMatter parse(String relative, String text) throws ContentException {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!normalized.startsWith("---\n") && !normalized.equals("---")) {
      return new FrontMatter(Map.of(), normalized, 1);
    }
    int end = normalized.indexOf("\n---", 3);
    while (end >= 0) {
      int after = end + 4;
      if (after >= normalized.length() || normalized.charAt(after) == '\n') {
        break;
      }
      end = normalized.indexOf("\n---", after);
    }
    if (end < 0) {
      throw new ContentException(relative, 1, "front matter starts with --- but is never closed");
    }
    String yaml = normalized.substring(4, end + 1);
    int bodyStart = Math.min(normalized.length(), end + 4);
    if (bodyStart < normalized.length() && normalized.charAt(bodyStart) == '\n') {
      bodyStart++;
    }
    int bodyLine =
        1 + (int) normalized.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
    Object loaded;
    try {
      loaded = YAML.get().load(yaml);
    } catch (MarkedYAMLException e) {
      // the context mark is where the broken construct began: the line a person must fix
      var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
      int line = mark == null ? 1 : mark.getLine() + 2;
      throw new ContentException(relative, line, "broken front matter: " + oneLine(e.getProblem()));
    } catch (YAMLException e) {
      throw new ContentException(relative, 1, "broken front matter: " + oneLine(e.getMessage()));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (loaded instanceof Map<?, ?> map) {
      map.forEach((k, v) -> fields.put(String.valueOf(k), v));
    } else if (loaded != null) {
      throw new ContentException(relative, 2, "broken front matter: expected `key: value` lines");
    }
    return new FrontMatter(fields, normalized.substring(bodyStart), bodyLine);
  }

  /** A text field that must be there: a {@link ContentException} naming it when it is absent. */
  public String required(String relative, String key, String what) throws ContentException {
    String value = text(key);
    if (value.isEmpty()) {
      throw new ContentException(
          relative,
          1,
          "missing `" + key + ":` in the front matter" + (what.isEmpty() ? "" : " (" + what + ")"));
    }
    return value;
  }

  /** A text field, trimmed, or "" when absent. */
  public String text(String key) {
    Object v = fields.get(key);
    return v == null ? "" : String.valueOf(v).trim();
  }

  /** A list field; a single string is split on commas or semicolons. */
  public List<String> list(String key) {
    Object v = fields.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o != null && !String.valueOf(o).isBlank()) {
          out.add(String.valueOf(o).trim());
        }
      }
    } else if (v != null) {
      for (String s : String.valueOf(v).split("[,;]")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
    }
    return out;
  }

  private static String oneLine(String s) {
    return s == null ? "invalid YAML" : s.replaceAll("\\s+", " ").trim();
  }
}
