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

  /** The ticket's card in the triage channel, updated with {@code text}. */
  public static Notice triage(org.deskbot.escalate.Ticket t, String text) {
    return new Notice(Kind.TRIAGE_UPDATE, t.number(), "", "", text);
  }

  /** {@code text} to the teacher who asked, where they asked. */
  public static Notice toRequester(org.deskbot.escalate.Ticket t, String text) {
    return new Notice(Kind.TELL_REQUESTER, t.number(), t.requester(), t.place(), text);
  }
}
