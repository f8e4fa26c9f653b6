package org.deskbot.teams;

import java.util.Optional;

/**
 * Where a teacher asked in Teams, stored as an interaction's and a ticket's {@code place}: {@code
 * "<serviceUrl> <conversation id> <activity id>"} (none of the three contains a space), so a later
 * word to the teacher is a reply to their message, in their chat or channel thread.
 */
public record Place(String serviceUrl, String conversation, String activityId) {

  public String format() {
    return serviceUrl + " " + conversation + " " + activityId;
  }

  public static Optional<Place> parse(String place) {
    if (place == null) {
      return Optional.empty();
    }
    String[] parts = place.strip().split(" ");
    if (parts.length != 3 || !parts[0].startsWith("http")) {
      return Optional.empty();
    }
    return Optional.of(new Place(parts[0], parts[1], parts[2]));
  }
}
