package org.deskbot.chat;

/**
 * Something an adapter must deliver after a change: tell the teacher in their thread, post or
 * update the ticket's card in the team's triage channel, or tell the team under the card what the
 * teacher added.
 *
 * @param kind what to do
 * @param ticket the ticket's number
 * @param recipient the teacher's user id (TELL_REQUESTER), the champion's (TELL_CHAMPION), or ""
 *     for the triage channel
 * @param place where the teacher asked (channel / thread reference) so the reply lands there
 * @param text the words to deliver
 */
public record Notice(Kind kind, String ticket, String recipient, String place, String text) {
  /** The kinds of delivery. */
  public enum Kind {
    TELL_REQUESTER,
    TRIAGE_NEW,
    TRIAGE_UPDATE,
    TELL_TEAM,
    /** A ticket routed to a school champion: reaches them directly, with Claim and Resolve. */
    TELL_CHAMPION
  }
}
