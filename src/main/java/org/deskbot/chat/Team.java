package org.deskbot.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who is on the tech team: only they may claim, resolve, or see other people's tickets. The
 * configured user ids, plus any source an adapter adds (a Slack user group, say).
 */
public final class Team {
  private final Set<String> members;
  private final List<Predicate<String>> sources = new CopyOnWriteArrayList<>();

  public Team(Set<String> members) {
    this.members = Set.copyOf(members);
  }

  /** From a comma-separated list ({@code DESKBOT_TEAM=U1,U2}). */
  public static Team parse(String csv) {
    if (csv == null || csv.isBlank()) {
      return new Team(Set.of());
    }
    return new Team(
        Arrays.stream(csv.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }

  /** The configured user ids. */
  public Set<String> members() {
    return members;
  }

  /** Adds a membership source (it caches what it fetches itself). */
  public void addSource(Predicate<String> source) {
    sources.add(source);
  }

  public boolean includes(String user) {
    if (user == null) {
      return false;
    }
    if (members.contains(user)) {
      return true;
    }
    for (Predicate<String> s : sources) {
      if (s.test(user)) {
        return true;
      }
    }
    return false;
  }
}
