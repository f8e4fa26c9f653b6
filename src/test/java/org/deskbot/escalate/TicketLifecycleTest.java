package org.deskbot.escalate;

import static org.deskbot.escalate.Tickets.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ticket rules, against tickets in memory: transitions, permissions, validation, numbers. */
class TicketLifecycleTest {
  private static final Instant AT = Instant.parse("2026-11-03T09:00:00Z");
  private final MemoryTicketStore store = new MemoryTicketStore();
  private final TicketRules rules = new TicketRules(Set.of("luis", "priya")::contains);

  @Test
  void anOpenTicketIsClaimedOnceAndTheSecondClaimSaysWhoHasIt() throws Exception {
    store.put(aTicket().id(3).build());
    Ticket t = store.claim(3, "luis", AT);
    assertEquals(TicketStatus.CLAIMED, t.status());
    assertEquals("luis", t.assignee());
    assertEquals(AT, t.claimedAt());
    StoreException e = assertThrows(StoreException.class, () -> store.claim(3, "priya", AT));
    assertEquals(StoreException.Kind.CONFLICT, e.kind());
    assertEquals("T-1003 is claimed by luis, not open", e.getMessage());
    assertEquals(List.of(TicketEvent.CLAIMED), kinds(3));
  }

  @Test
  void theFirstReplyFromSomeoneOtherThanTheTeacherIsTheFirstResponse() throws Exception {
    store.put(aTicket().requester("U1").build());
    Ticket afterTeacher = store.reply(1, "U1", "also the scanner", AT);
    assertNull(afterTeacher.firstResponseAt());
    Ticket afterTeam = store.reply(1, "luis", "on my way", AT.plusSeconds(60));
    assertEquals(AT.plusSeconds(60), afterTeam.firstResponseAt());
    Ticket later = store.reply(1, "luis", "fixed?", AT.plusSeconds(120));
    assertEquals(AT.plusSeconds(60), later.firstResponseAt());
  }

  @Test
  void aClosedTicketTakesNoReply() {
    store.put(aTicket().status(TicketStatus.CLOSED).build());
    StoreException e = assertThrows(StoreException.class, () -> store.reply(1, "luis", "hi", AT));
    assertEquals("T-1001 is closed", e.getMessage());
  }

  @Test
  void resolvingAnUnclaimedTicketMakesTheResolverItsAssigneeAndMinutesAddUpOverAReopen()
      throws Exception {
    store.put(aTicket().build());
    Ticket resolved = store.resolve(1, "priya", 10, "reset it", AT);
    assertEquals(TicketStatus.RESOLVED, resolved.status());
    assertEquals("priya", resolved.assignee());
    assertEquals(AT, resolved.claimedAt());
    assertEquals(10, resolved.minutes());
    assertEquals(
        "T-1001 is already resolved",
        assertThrows(StoreException.class, () -> store.resolve(1, "priya", 5, "", AT))
            .getMessage());

    Ticket reopened = store.reopen(1, "U1", AT.plusSeconds(60));
    assertEquals(TicketStatus.CLAIMED, reopened.status(), "back to whoever had it");
    assertNull(reopened.resolvedAt());
    assertEquals(15, store.resolve(1, "priya", 5, "again", AT.plusSeconds(120)).minutes());
  }

  @Test
  void onlyAResolvedOrClosedTicketIsReopenedAndAnUnassignedOneGoesBackToOpen() throws Exception {
    store.put(aTicket().id(1).build());
    assertEquals(
        "T-1001 is open, not resolved",
        assertThrows(StoreException.class, () -> store.reopen(1, "U1", AT)).getMessage());
    store.put(aTicket().id(2).status(TicketStatus.CLOSED).build());
    assertEquals(TicketStatus.OPEN, store.reopen(2, "U1", AT).status());
  }

  @Test
  void negativeMinutesAreRefusedBeforeTheTicketIsLookedAt() {
    StoreException e =
        assertThrows(StoreException.class, () -> store.resolve(99, "luis", -1, "", AT));
    assertEquals(StoreException.Kind.CONFLICT, e.kind());
  }

  @Test
  void aMissingTicketIsNamedByItsNumber() {
    StoreException e = assertThrows(StoreException.class, () -> store.claim(41, "luis", AT));
    assertEquals(StoreException.Kind.NOT_FOUND, e.kind());
    assertEquals("no ticket T-1041", e.getMessage());
  }

  @Test
  void aNoteChangesNothingButTheTrail() throws Exception {
    Ticket before = store.put(aTicket().build());
    store.note(1, "deskbot", TicketEvent.NOTIFIED, "U1", AT);
    assertEquals(before, store.find(1).orElseThrow());
    assertEquals(List.of(TicketEvent.NOTIFIED), kinds(1));
  }

  @Test
  void theTeamWorksEveryTicketATeacherOnlyTheirOwn() throws Exception {
    Ticket mine = aTicket().requester("U1").build();
    rules.requireTeam("luis", "claim tickets");
    assertEquals(
        "only the tech team can claim tickets",
        assertThrows(TicketException.class, () -> rules.requireTeam("U1", "claim tickets"))
            .getMessage());
    rules.requireParticipant(mine, "U1", "reply on");
    rules.requireParticipant(mine, "priya", "reopen");
    TicketException other =
        assertThrows(TicketException.class, () -> rules.requireParticipant(mine, "U2", "reopen"));
    assertEquals(TicketException.Kind.FORBIDDEN, other.kind());
    assertEquals(
        "only the tech team and the teacher who asked can reopen T-1001", other.getMessage());
    rules.requireViewer(mine, null);
    assertThrows(TicketException.class, () -> rules.requireViewer(mine, "U2"));
    assertNull(rules.scope("luis"));
    assertNull(rules.scope(null));
    assertEquals("U2", rules.scope("U2"));
    rules.requireAsker("U1", "luis", "escalate this question");
    assertEquals(
        "only the teacher who asked can escalate this question",
        assertThrows(
                TicketException.class,
                () -> rules.requireAsker("U1", "U2", "escalate this question"))
            .getMessage());
  }

  @Test
  void aNewMessageAddsToTheNewestTicketStillWorkedFromTheSameThread() {
    Ticket resolved = aTicket().id(3).place("C1/9.0").status(TicketStatus.RESOLVED).build();
    Ticket worked = aTicket().id(2).place("C1/9.0").status(TicketStatus.CLAIMED).build();
    Ticket elsewhere = aTicket().id(1).place("C1/1.0").build();
    List<Ticket> theirs = List.of(resolved, worked, elsewhere);
    assertEquals(2, TicketRules.addedTo(theirs, "slack", "C1/9.0"::equals).orElseThrow().id());
    assertTrue(TicketRules.addedTo(theirs, "teams", "C1/9.0"::equals).isEmpty());
    assertTrue(TicketRules.addedTo(theirs, "slack", "C2/1.0"::equals).isEmpty());
  }

  @Test
  void urgencyIsOneOfTheFourLevelsBlankMeaningNormal() throws Exception {
    assertEquals("normal", Urgency.parse(null));
    assertEquals("normal", Urgency.parse("  "));
    assertEquals("urgent", Urgency.parse(" URGENT "));
    TicketException e = assertThrows(TicketException.class, () -> Urgency.parse("asap"));
    assertEquals(TicketException.Kind.INVALID, e.kind());
    assertEquals("urgency must be low, normal, high or urgent", e.getMessage());
  }

  @Test
  void minutesRunFromZeroToTenThousand() throws Exception {
    assertEquals(0, Minutes.check(0));
    assertEquals(10_000, Minutes.check(10_000));
    assertEquals(
        "minutes spent must be between 0 and 10000",
        assertThrows(TicketException.class, () -> Minutes.check(10_001)).getMessage());
    assertFalse(Minutes.allowed(-1));
    assertFalse(Minutes.allowed(Long.MAX_VALUE), "not cut down to an int first");
  }

  @Test
  void savingAsAnFaqNeedsAResolution() throws Exception {
    TicketRules.requireFaqResolution(false, "");
    TicketRules.requireFaqResolution(true, "Reset the code");
    assertEquals(
        "write the resolution to save it as an FAQ draft",
        assertThrows(TicketException.class, () -> TicketRules.requireFaqResolution(true, " "))
            .getMessage());
  }

  @Test
  void numbersStartAtOneThousandAndOneAndReadBack() {
    assertEquals("T-1001", Ticket.numberOf(1));
    assertEquals("T-1042", aTicket().id(42).build().number());
    assertEquals(42, Ticket.idOf("t-1042"));
    assertEquals(42, Ticket.idOf("1042"));
    assertEquals(-1, Ticket.idOf("T-999"));
    assertEquals(-1, Ticket.idOf("printer"));
  }

  private List<String> kinds(long id) throws StoreException {
    return store.events(id).stream().map(TicketEvent::kind).toList();
  }
}
