package org.deskbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (vendored from npm under src/test/resources/axe) run inside the page, WCAG 2.1 A and AA
 * rules.
 */
final class Axe {
  private static String source;

  private Axe() {}

  /** One violation: rule, impact, and where. */
  record Violation(String rule, String impact, String help, List<String> targets) {
    boolean seriousOrCritical() {
      return "serious".equals(impact) || "critical".equals(impact);
    }
  }

  static List<Violation> run(WebDriver driver) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(source());
    Object out =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('error: ' + e));");
    String json = String.valueOf(out);
    if (json.startsWith("error:")) {
      throw new IllegalStateException("axe failed: " + json);
    }
    List<Violation> list = new ArrayList<>();
    for (JsonNode v : WebClient.JSON.readTree(json)) {
      List<String> targets = new ArrayList<>();
      v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
      list.add(
          new Violation(
              v.get("id").asText(), v.get("impact").asText(), v.get("help").asText(), targets));
    }
    return list;
  }

  /**
   * Fails on any serious or critical violation on the page the driver shows, named {@code page}.
   */
  static void assertClean(WebDriver driver, String page) throws IOException {
    List<Violation> violations = run(driver);
    violations.forEach(v -> System.out.println("axe " + page + ": " + v));
    List<Violation> bad = violations.stream().filter(Violation::seriousOrCritical).toList();
    org.junit.jupiter.api.Assertions.assertTrue(bad.isEmpty(), page + ": " + bad);
  }

  private static synchronized String source() throws IOException {
    if (source == null) {
      try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return source;
  }
}
