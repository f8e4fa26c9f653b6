package org.deskbot.chat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is on the tech team: only they may claim, resolve, or see other people's tickets. */
public record Team(Set<String> members) {

  public Team {
    members = Set.copyOf(members);
  }

  /** From a comma-separated list ({@code DESKBOT_TEAM=U1,U2}). */
  public static Team parse(String csv) {
    if (csv == null || csv.isBlank()) {
      return new Team(Set.of());
    }
    return new Team(Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
  }

  public boolean includes(String user) {
    return members.contains(user);
  }
}
