package org.deskbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deskbot.escalate.Champion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChampionSettingsTest {
  @TempDir Path home;

  private Settings load(String team) throws Exception {
    Files.writeString(home.resolve("deskbot.yml"), "team:\n  members: [luis]\n" + team);
    return Settings.load(home, Map.of());
  }

  @Test
  void noneAndFourSchoolHoursUnlessConfigured() throws Exception {
    assertEquals(List.of(), load("").champions().people());
    assertEquals(4, load("").champions().hours());
  }

  @Test
  void championsAreReadWithTheirToolsAsLowerCaseWords() throws Exception {
    Settings s =
        load(
            "  champion_hours: 6\n  champions:\n"
                + "    - {user: ana, name: Ana Ruiz, school: Oak, tools: [Nearpod, Google"
                + " Classroom]}\n"
                + "    - {user: ben, name: Ben Cho, school: Elm, categories: [Printing]}\n");
    assertEquals(6, s.champions().hours());
    assertEquals(
        List.of(
            new Champion(
                "ana", "Ana Ruiz", "Oak", List.of("nearpod", "google classroom"), List.of()),
            new Champion("ben", "Ben Cho", "Elm", List.of(), List.of("printing"))),
        s.champions().people());
  }

  @Test
  void eachMistakeIsOneLineNamingTheEntry() {
    Map<String, String> bad =
        Map.of(
            "  champions: ana\n",
            "team.champions in deskbot.yml must be a list of {user, name, school, tools,"
                + " categories}",
            "  champions:\n    - {name: Ana, school: Oak, tools: [nearpod]}\n",
            "team.champions[1] needs `user:`",
            "  champions:\n    - {user: ana, name: Ana, school: Oak}\n",
            "team.champions[1] (ana) needs tools or categories to champion",
            "  champions:\n    - {user: ana, name: Ana, school: Oak, tools: nearpod}\n",
            "team.champions[1].tools must be a list such as [canva, nearpod]",
            "  champions:\n    - {user: luis, name: Luis, school: Oak, tools: [nearpod]}\n",
            "team.champions[1]: luis is on the tech team (team.members)",
            "  champions:\n    - {user: a, name: A, school: O, tools: [x]}\n"
                + "    - {user: a, name: A, school: O, tools: [y]}\n",
            "team.champions[2]: a is listed twice",
            "  champion_hours: soon\n",
            "team.champion_hours must be a whole number of school hours from 1 to 200, not"
                + " `soon`");
    for (Map.Entry<String, String> e : bad.entrySet()) {
      ConfigException thrown = assertThrows(ConfigException.class, () -> load(e.getKey()));
      assertEquals(e.getValue(), thrown.getMessage(), e.getKey());
    }
  }
}
