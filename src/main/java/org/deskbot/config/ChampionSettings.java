package org.deskbot.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deskbot.escalate.Champion;
import org.deskbot.escalate.Champions;

/**
 * {@code team.champions} ({@code [{user, name, school, tools: [...], categories: [...]}]}) and
 * {@code team.champion_hours}, checked: each mistake is one line naming the entry and the field.
 */
final class ChampionSettings {
  private ChampionSettings() {}

  static Champions read(Map<String, Object> team, Set<String> members) throws ConfigException {
    int hours = hours(team.get("champion_hours"));
    Object o = team.get("champions");
    if (o == null) {
      return new Champions(List.of(), hours);
    }
    if (!(o instanceof List<?> entries)) {
      throw new ConfigException(
          "team.champions in "
              + Settings.CONFIG_FILE
              + " must be a list of {user, name, school, tools, categories}");
    }
    List<Champion> out = new ArrayList<>();
    Set<String> users = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = "team.champions[" + (i + 1) + "]";
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        throw new ConfigException(where + " must be {user, name, school, tools, categories}");
      }
      String user = text(entry, "user", where);
      String name = text(entry, "name", where);
      String school = text(entry, "school", where);
      List<String> tools = words(entry, "tools", where);
      List<String> categories = words(entry, "categories", where);
      if (tools.isEmpty() && categories.isEmpty()) {
        throw new ConfigException(where + " (" + user + ") needs tools or categories to champion");
      }
      if (members.contains(user)) {
        throw new ConfigException(where + ": " + user + " is on the tech team (team.members)");
      }
      if (!users.add(user)) {
        throw new ConfigException(where + ": " + user + " is listed twice");
      }
      out.add(new Champion(user, name, school, tools, categories));
    }
    return new Champions(out, hours);
  }

  private static int hours(Object o) throws ConfigException {
    if (o == null) {
      return Champions.DEFAULT_HOURS;
    }
    try {
      int h = Integer.parseInt(String.valueOf(o).strip());
      if (h >= 1 && h <= 200) {
        return h;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new ConfigException(
        "team.champion_hours must be a whole number of school hours from 1 to 200, not `"
            + o
            + "`");
  }

  private static String text(Map<?, ?> entry, String key, String where) throws ConfigException {
    Object v = entry.get(key);
    if (v == null || v instanceof Map || v instanceof List || String.valueOf(v).isBlank()) {
      throw new ConfigException(where + " needs `" + key + ":`");
    }
    return String.valueOf(v).strip();
  }

  private static List<String> words(Map<?, ?> entry, String key, String where)
      throws ConfigException {
    Object v = entry.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> items)) {
      throw new ConfigException(where + "." + key + " must be a list such as [canva, nearpod]");
    }
    List<String> out = new ArrayList<>();
    for (Object item : items) {
      if (item == null
          || item instanceof Map
          || item instanceof List
          || String.valueOf(item).isBlank()) {
        throw new ConfigException(where + "." + key + " must list words, not `" + item + "`");
      }
      out.add(String.valueOf(item).strip());
    }
    return out;
  }
}
