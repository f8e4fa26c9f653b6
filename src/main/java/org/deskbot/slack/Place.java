package org.deskbot.slack;

/**
 * Where a teacher asked: a channel and, for a threaded conversation, the thread's root timestamp.
 * Stored as an interaction's and a ticket's {@code place} ("C0123:1700000000.000100", or "D0123").
 */
record Place(String channel, String thread) {
  static Place of(String channel, String thread) {
    return new Place(channel, thread == null ? "" : thread);
  }

  static Place parse(String place) {
    int colon = place.indexOf(':');
    return colon < 0
        ? new Place(place, "")
        : new Place(place.substring(0, colon), place.substring(colon + 1));
  }

  /** The thread to post into, or null to post in the channel itself. */
  String threadOrNull() {
    return thread.isEmpty() ? null : thread;
  }

  @Override
  public String toString() {
    return thread.isEmpty() ? channel : channel + ":" + thread;
  }
}
