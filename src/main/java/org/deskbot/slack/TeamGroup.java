package org.deskbot.slack;

import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The members of a Slack user group are on the tech team: fetched with {@code
 * usergroups.users.list}, kept for a few minutes, and kept as they were when Slack cannot be asked.
 */
final class TeamGroup implements Predicate<String> {
  static final Duration FRESH = Duration.ofMinutes(5);
  static final Duration RETRY = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(TeamGroup.class);

  private final MethodsClient client;
  private final String usergroup;
  private final Clock clock;
  private volatile Set<String> members = Set.of();
  private volatile Instant nextFetch = Instant.MIN;

  TeamGroup(MethodsClient client, String usergroup, Clock clock) {
    this.client = client;
    this.usergroup = usergroup;
    this.clock = clock;
  }

  @Override
  public boolean test(String user) {
    if (clock.instant().isAfter(nextFetch)) {
      refresh();
    }
    return members.contains(user);
  }

  private synchronized void refresh() {
    Instant now = clock.instant();
    if (!now.isAfter(nextFetch)) {
      return;
    }
    try {
      var r =
          SlackApi.call(
              "usergroups.users.list",
              () -> client.usergroupsUsersList(q -> q.usergroup(usergroup)));
      members = Set.copyOf(r.getUsers());
      nextFetch = now.plus(FRESH);
    } catch (SlackApi.Failed e) {
      LOG.warn("cannot read the team's user group {}: {}", usergroup, e.getMessage());
      nextFetch = now.plus(RETRY);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
