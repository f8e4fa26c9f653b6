package org.deskbot.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.deskbot.index.LocalEmbedder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * deskbot's configuration, read once: the home folder's {@code deskbot.yml} (optional), then
 * environment variables, then command-line options (applied by the commands). The parts with
 * settings of their own (the server, the web pages, Slack, Teams, the weekly summary) read them
 * from {@link #source()}, the same file and environment, never from the file again.
 *
 * @param home the working folder: {@code index/}, {@code data/}, {@code deskbot.yml}
 * @param content the content folder to ingest
 * @param maxFileMb the largest content file read, in MB
 * @param semantic whether dense (semantic) search is on
 * @param model the embedding model used when semantic search is on
 * @param denseWeight how much semantic similarity counts against BM25 when fusing (0..1)
 * @param team the tech team's user ids ({@code team.members}, env {@code DESKBOT_TEAM})
 * @param studentIdPatterns regular expressions for student ids, redacted before storing
 * @param faqUrlBase where approved FAQ drafts will live online ({@code drafts.url_base}, env {@code
 *     DESKBOT_FAQ_URL})
 * @param answerBias how readily the bot answers rather than hands over, −1 … +1 ({@code
 *     search.answer_bias}, env {@code DESKBOT_ANSWER_BIAS}; 0 = as calibrated)
 * @param source the file's and the environment's raw values, for the parts' own settings
 * @param champions the school champions ({@code team.champions}) and the school hours a ticket
 *     waits for one ({@code team.champion_hours}, default 4)
 */
public record Settings(
    Path home,
    Path content,
    double maxFileMb,
    boolean semantic,
    LocalEmbedder.Model model,
    double denseWeight,
    java.util.Set<String> team,
    java.util.List<String> studentIdPatterns,
    String faqUrlBase,
    double answerBias,
    ConfigSource source,
    org.deskbot.escalate.Champions champions) {

  public static final String CONFIG_FILE = "deskbot.yml";

  /** The embedding model that measured best (BENCHMARKS.md). */
  public static final String DEFAULT_MODEL = "minilm";

  /** The fusion weight that measured best (BENCHMARKS.md). */
  public static final double DEFAULT_DENSE_WEIGHT = 0.9;

  /** The Lucene index folder. */
  public Path indexDir() {
    return home.resolve("index");
  }

  /** The folder of calibrated models and thresholds written by {@code calibrate}. */
  public Path modelsDir() {
    return home.resolve("models");
  }

  /** The SQLite database of interactions and tickets. */
  public Path database() {
    return home.resolve("data").resolve("deskbot.db");
  }

  /**
   * The PostgreSQL server instances share ({@code database.url}); empty: the SQLite file {@link
   * #database()}.
   */
  public java.util.Optional<DatabaseServer> databaseServer() throws ConfigException {
    return DatabaseServer.of(source);
  }

  /** Caches that only save time (embeddings by content hash). */
  public Path cacheDir() {
    return home.resolve("cache");
  }

  public long maxFileBytes() {
    return (long) (maxFileMb * 1_000_000);
  }

  /** Loads the settings for {@code home} (null: {@code DESKBOT_HOME} or the current folder). */
  public static Settings load(Path home, Map<String, String> env) throws ConfigException {
    Path h = home != null ? home : Path.of(env.getOrDefault("DESKBOT_HOME", "."));
    h = h.toAbsolutePath().normalize();
    return of(h, ConfigSource.load(h, env));
  }

  /** The settings of {@code home} from values already read. */
  private static Settings of(Path h, ConfigSource source) throws ConfigException {
    Map<String, Object> yaml = source.yaml();
    Map<String, String> env = source.env();
    String content = env.getOrDefault("DESKBOT_CONTENT", string(yaml.get("content"), ""));
    Path contentDir = content.isBlank() ? h.resolve("content") : h.resolve(content);
    Map<String, Object> search = section(yaml, "search");
    Map<String, Object> ingest = section(yaml, "ingest");
    boolean semantic =
        bool(
            "search.semantic",
            env.getOrDefault("DESKBOT_SEMANTIC", string(search.get("semantic"), "on")));
    double maxMb;
    try {
      maxMb = Double.parseDouble(string(ingest.get("max_file_mb"), "10"));
    } catch (NumberFormatException e) {
      throw new ConfigException("ingest.max_file_mb in " + CONFIG_FILE + " must be a number");
    }
    LocalEmbedder.Model model;
    try {
      model =
          LocalEmbedder.Model.parse(
              env.getOrDefault("DESKBOT_MODEL", string(search.get("model"), DEFAULT_MODEL)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("search.model: " + e.getMessage());
    }
    double dense;
    try {
      dense =
          Double.parseDouble(
              env.getOrDefault(
                  "DESKBOT_DENSE_WEIGHT",
                  string(search.get("dense_weight"), String.valueOf(DEFAULT_DENSE_WEIGHT))));
    } catch (NumberFormatException e) {
      throw new ConfigException("search.dense_weight must be a number between 0 and 1");
    }
    if (dense < 0 || dense > 1) {
      throw new ConfigException("search.dense_weight must be between 0 and 1, not " + dense);
    }
    Map<String, Object> teamSection = section(yaml, "team");
    java.util.Set<String> team = new java.util.TreeSet<>();
    String envTeam = env.get("DESKBOT_TEAM");
    if (envTeam != null) {
      for (String u : envTeam.split(",")) {
        if (!u.isBlank()) team.add(u.strip());
      }
    } else if (teamSection.get("members") instanceof java.util.List<?> members) {
      members.forEach(m -> team.add(String.valueOf(m).strip()));
    }
    Map<String, Object> privacy = section(yaml, "privacy");
    java.util.List<String> ids = new java.util.ArrayList<>();
    if (privacy.get("student_id_patterns") instanceof java.util.List<?> patterns) {
      for (Object p : patterns) {
        try {
          java.util.regex.Pattern.compile(String.valueOf(p));
        } catch (java.util.regex.PatternSyntaxException e) {
          throw new ConfigException(
              "privacy.student_id_patterns: `" + p + "` is not a valid pattern");
        }
        ids.add(String.valueOf(p));
      }
    } else {
      ids.add(org.deskbot.privacy.Redactor.DEFAULT_STUDENT_ID);
    }
    DatabaseServer.of(source); // a wrong database.url fails at start, not at first use
    String faqUrl =
        env.getOrDefault(
            "DESKBOT_FAQ_URL",
            string(section(yaml, "drafts").get("url_base"), "https://help.example.org/faq/"));
    return new Settings(
        h,
        contentDir.normalize(),
        maxMb,
        semantic,
        model,
        dense,
        team,
        ids,
        faqUrl,
        answerBias(search, env),
        source,
        ChampionSettings.read(teamSection, team));
  }

  /** A copy with another content folder (from {@code --content}). */
  public Settings withContent(Path dir) {
    return dir == null ? this : copy(dir.toAbsolutePath().normalize(), semantic, model, source);
  }

  /** A copy with semantic search switched. */
  public Settings withSemantic(boolean on) {
    return copy(content, on, model, source);
  }

  /** A copy with another embedding model. */
  public Settings withModel(LocalEmbedder.Model m) {
    return copy(content, semantic, m, source);
  }

  /**
   * A copy whose parts read their own settings with {@code env} (the demo: its content and search
   * settings are its own, the server's address and the chat tokens still come from the
   * environment).
   */
  public Settings withEnvironment(Map<String, String> env) {
    return copy(content, semantic, model, new ConfigSource(source.yaml(), env));
  }

  private Settings copy(Path c, boolean s, LocalEmbedder.Model m, ConfigSource raw) {
    return new Settings(
        home,
        c,
        maxFileMb,
        s,
        m,
        denseWeight,
        team,
        studentIdPatterns,
        faqUrlBase,
        answerBias,
        raw,
        champions);
  }

  /** {@code search.answer_bias} / {@code DESKBOT_ANSWER_BIAS}: a number from −1 to +1. */
  static double answerBias(Map<String, Object> search, Map<String, String> env)
      throws ConfigException {
    String raw = env.getOrDefault("DESKBOT_ANSWER_BIAS", string(search.get("answer_bias"), "0"));
    double bias;
    try {
      bias = Double.parseDouble(raw.strip());
    } catch (NumberFormatException e) {
      bias = Double.NaN;
    }
    if (!(bias >= -1 && bias <= 1)) {
      throw new ConfigException(
          "search.answer_bias (DESKBOT_ANSWER_BIAS) must be a number from -1 to 1, not `"
              + raw
              + "`");
    }
    return bias;
  }

  static Map<String, Object> readYaml(Path file) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
      if (o == null) {
        return Map.of();
      }
      if (!(o instanceof Map<?, ?>)) {
        throw new ConfigException(file + ": expected `key: value` settings");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) o;
      return map;
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    } catch (YAMLException e) {
      throw new ConfigException(
          file + " is not valid YAML: " + e.getMessage().replaceAll("\\s+", " "));
    }
  }

  static Map<String, Object> section(Map<String, Object> yaml, String key) throws ConfigException {
    Object o = yaml.get(key);
    if (o == null) {
      return Map.of();
    }
    if (!(o instanceof Map<?, ?>)) {
      throw new ConfigException(
          "`" + key + ":` in " + CONFIG_FILE + " must be a section of settings");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) o;
    return map;
  }

  private static String string(Object o, String otherwise) {
    return o == null ? otherwise : String.valueOf(o).trim();
  }

  private static boolean bool(String name, String value) throws ConfigException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes", "1" -> true;
      case "off", "false", "no", "0" -> false;
      default -> throw new ConfigException(name + " must be on or off, not `" + value + "`");
    };
  }
}
