package org.deskbot.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw settings of a home, for the parts that read their own typed settings (the server, Slack,
 * Teams, the weekly summary): a value comes from the environment variable if set, else from {@code
 * deskbot.yml} ({@code section.key}), else the default.
 */
public record ConfigSource(Map<String, Object> yaml, Map<String, String> env) {

  /**
   * The settings of {@code home}'s {@code deskbot.yml} and {@code env}: the one place the file is
   * read ({@link Settings#load} calls it once a run).
   */
  public static ConfigSource load(Path home, Map<String, String> env) throws ConfigException {
    return new ConfigSource(Settings.readYaml(home.resolve(Settings.CONFIG_FILE)), env);
  }

  /** A string: {@code envName} (may be null), else {@code section.key}, else {@code otherwise}. */
  public String string(String section, String key, String envName, String otherwise)
      throws ConfigException {
    if (envName != null && env.get(envName) != null && !env.get(envName).isBlank()) {
      return env.get(envName).strip();
    }
    Object o = Settings.section(yaml, section).get(key);
    return o == null ? otherwise : String.valueOf(o).strip();
  }

  /** An integer in {@code [min, max]}. */
  public int integer(String section, String key, String envName, int otherwise, int min, int max)
      throws ConfigException {
    String s = string(section, key, envName, String.valueOf(otherwise));
    try {
      int v = Integer.parseInt(s);
      if (v < min || v > max) {
        throw new ConfigException(
            name(section, key, envName) + " must be between " + min + " and " + max + ", not " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          name(section, key, envName) + " must be a whole number, not `" + s + "`");
    }
  }

  /** on/off. */
  public boolean bool(String section, String key, String envName, boolean otherwise)
      throws ConfigException {
    String s = string(section, key, envName, otherwise ? "on" : "off");
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes", "1" -> true;
      case "off", "false", "no", "0" -> false;
      default ->
          throw new ConfigException(
              name(section, key, envName) + " must be on or off, not `" + s + "`");
    };
  }

  /** A list: the environment's comma-separated value, else the YAML list, else empty. */
  public List<String> list(String section, String key, String envName) throws ConfigException {
    List<String> out = new ArrayList<>();
    if (envName != null && env.get(envName) != null) {
      for (String s : env.get(envName).split(",")) {
        if (!s.isBlank()) out.add(s.strip());
      }
      return out;
    }
    Object o = Settings.section(yaml, section).get(key);
    if (o == null) {
      return out;
    }
    if (!(o instanceof List<?> items)) {
      throw new ConfigException(
          section + "." + key + " in " + Settings.CONFIG_FILE + " must be a list");
    }
    items.forEach(i -> out.add(String.valueOf(i).strip()));
    return out;
  }

  private static String name(String section, String key, String envName) {
    return section + "." + key + (envName == null ? "" : " (" + envName + ")");
  }
}
