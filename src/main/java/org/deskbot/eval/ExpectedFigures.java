package org.deskbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checked-in quality figures (Anserini-style regression): {@code {"tolerance": 0.02, "figures":
 * {"success_at_3": 0.9, ...}}}. A quality figure may not drop more than the tolerance below its
 * expected value; timings are not checked here (they are benchmarks, not tests).
 */
public record ExpectedFigures(double tolerance, Map<String, Double> figures) {

  /** One figure's verdict. */
  public record Check(String name, double expected, double actual, boolean ok) {
    @Override
    public String toString() {
      return "%-20s expected >= %.3f  got %.3f  %s"
          .formatted(name, expected, actual, ok ? "OK" : "FAIL");
    }
  }

  public static ExpectedFigures read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    double tolerance = root.path("tolerance").asDouble(0.0);
    Map<String, Double> figures = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("figures").fields();
    while (it.hasNext()) {
      var e = it.next();
      figures.put(e.getKey(), e.getValue().asDouble());
    }
    if (figures.isEmpty()) {
      throw new IOException(file + ": no \"figures\"");
    }
    return new ExpectedFigures(tolerance, figures);
  }

  public List<Check> check(Evaluation.Figures actual) {
    Map<String, Object> got = actual.asMap();
    List<Check> out = new ArrayList<>();
    figures.forEach(
        (name, expected) -> {
          if (name.endsWith("_ms") || !(got.get(name) instanceof Number)) {
            return;
          }
          double value = ((Number) got.get(name)).doubleValue();
          out.add(
              new Check(name, expected - tolerance, value, value >= expected - tolerance - 1e-9));
        });
    return out;
  }
}
