package org.deskbot.chat;

import java.time.Instant;
import java.util.List;
import org.deskbot.escalate.StoreException;

/** The recent messages of each teacher's conversations (user + thread key). */
public interface ConversationMemory {

  /** How long a message is kept at most, whatever the window. */
  java.time.Duration KEPT = java.time.Duration.ofDays(1);

  /** The messages of {@code user} in {@code thread} since {@code from}, oldest first. */
  List<Turn> since(String user, String thread, Instant from) throws StoreException;

  /**
   * The last {@code max} of {@link #since}'s messages, oldest first: a message is answered from the
   * conversation it ends, not from everything said in the thread that day.
   */
  default List<Turn> latest(String user, String thread, Instant from, int max)
      throws StoreException {
    List<Turn> all = since(user, thread, from);
    return all.subList(Math.max(0, all.size() - max), all.size());
  }

  /**
   * Adds a message (a second one for the same interaction and kind is ignored) and forgets every
   * message older than {@link #KEPT} before it.
   */
  void add(String user, String thread, Turn turn) throws StoreException;
}
