package org.deskbot.escalate;

import static org.deskbot.escalate.Tickets.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * School champions against tickets in memory: who is offered, who may claim and resolve, and the
 * hand-over to the team when the champion's school hours run out.
 */
class ChampionRulesTest {
  private static final Instant AT = Instant.parse("2026-11-03T15:00:00Z");

  /** Every hour counts (the school calendar's own arithmetic is tested with the report's). */
  private static final SchoolClock HOURS =
      (from, hours) -> from.plusSeconds(Math.round(hours * 3600));

  private static final Champion ANA =
      new Champion("ana", "Ana Ruiz", "Oak", List.of("Nearpod", "Google Classroom"), List.of());
  private static final Champion BEN =
      new Champion("ben", "Ben Cho", "Elm", List.of("canva"), List.of("Printing"));
  private static final Champions CHAMPIONS = new Champions(List.of(ANA, BEN), 4);

  private final MemoryTicketStore store = new MemoryTicketStore();
  private final TicketRules rules = new TicketRules(Set.of("luis")::contains, CHAMPIONS);

  @Test
  void aToolIsMatchedAsWholeWordsAtTheChampionsOwnSchool() {
    assertEquals(
        "Ask Ana Ruiz, your school's Nearpod champion",
        CHAMPIONS.match("oak ", "My NEARPOD code won't work", "classroom-apps").get().offer());
    assertEquals(
        "google classroom",
        CHAMPIONS.match("Oak", "where is the google-classroom stream?", null).get().about());
    assertEquals(Optional.empty(), CHAMPIONS.match("Oak", "nearpodcast episodes", null));
    assertEquals(Optional.empty(), CHAMPIONS.match("Elm", "my nearpod code", null));
    assertEquals(Optional.empty(), CHAMPIONS.match("", "my nearpod code", null));
  }

  @Test
  void aCategoryIsMatchedWhenNoToolIsNamed() {
    Champions.Match m = CHAMPIONS.match("Elm", "the copier is jammed", "printing").get();
    assertEquals("ben", m.champion().user());
    assertEquals("Ask Ben Cho, your school's Printing champion", m.offer());
    assertEquals("canva", CHAMPIONS.match("Elm", "canva will not print", "printing").get().about());
    assertEquals(Optional.empty(), CHAMPIONS.match("Elm", "wifi is down", "network"));
  }

  @Test
  void onlyTheTicketsChampionAndTheTeamMayClaimItWhileItIsTheirs() throws Exception {
    Ticket t = store.put(aTicket().champion("ana").build());
    assertEquals("champion", t.tier());
    assertEquals("ana", t.championNow());
    rules.requireWorker(t, "ana", "claim");
    rules.requireWorker(t, "luis", "claim");
    for (String other : List.of("ben", "U2", "U1")) {
      TicketException e =
          assertThrows(TicketException.class, () -> rules.requireWorker(t, other, "claim"));
      assertEquals(TicketException.Kind.FORBIDDEN, e.kind());
      assertEquals("only the tech team and the ticket's champion can claim T-1001", e.getMessage());
    }
    Ticket claimed =
        store.change(1, Transitions.byTeamOrChampion("ana", false, Transitions.claim("ana", AT)));
    assertEquals(TicketStatus.CLAIMED, claimed.status());
    assertEquals("ana", claimed.assignee());
    Ticket resolved =
        store.change(
            1,
            Transitions.byTeamOrChampion(
                "ana", false, Transitions.resolve("ana", 12, "showed her", AT.plusSeconds(60))));
    assertEquals(TicketStatus.RESOLVED, resolved.status());
    assertEquals(12, resolved.minutes());
  }

  @Test
  void aTeamTicketIsNoChampionsToWork() {
    Ticket t = store.put(aTicket().build());
    assertEquals("team", t.tier());
    assertNull(t.championNow());
    TicketException e =
        assertThrows(TicketException.class, () -> rules.requireWorker(t, "ana", "resolve"));
    assertEquals("only the tech team can resolve tickets", e.getMessage());
    assertFalse(rules.visible(t, "ana"));
  }

  @Test
  void anOpenTicketPastTheHoursIsHandedToTheTeamAtTheDeadline() throws Exception {
    Ticket t = store.put(aTicket().champion("ana").createdAt(AT).build());
    Instant due = AT.plusSeconds(4 * 3600);
    assertEquals(due, CHAMPIONS.handOverAt(t, HOURS));
    assertFalse(CHAMPIONS.handOverDue(t, HOURS, due.minusSeconds(1)));
    assertTrue(CHAMPIONS.handOverDue(t, HOURS, due));

    Ticket handed = store.change(1, Transitions.handOver(due));
    assertEquals("team", handed.tier());
    assertNull(handed.championNow());
    assertEquals("ana", handed.champion(), "kept for the report");
    assertEquals(due, handed.handedAt());
    assertEquals(
        List.of(TicketEvent.HANDED_OVER), store.events(1).stream().map(TicketEvent::kind).toList());
    assertFalse(CHAMPIONS.handOverDue(handed, HOURS, due.plusSeconds(3600)));

    TicketException e =
        assertThrows(TicketException.class, () -> rules.requireWorker(handed, "ana", "claim"));
    assertEquals("T-1001 was handed to the tech team: only the team can claim it", e.getMessage());
    assertFalse(rules.visible(handed, "ana"));
    StoreException twice =
        assertThrows(StoreException.class, () -> store.change(1, Transitions.handOver(due)));
    assertEquals(StoreException.Kind.CONFLICT, twice.kind());
  }

  @Test
  void aClaimedTicketStaysWithItsChampionPastTheHours() {
    Ticket t =
        store.put(
            aTicket()
                .champion("ana")
                .status(TicketStatus.CLAIMED)
                .assignee("ana")
                .createdAt(AT)
                .build());
    assertFalse(CHAMPIONS.handOverDue(t, HOURS, AT.plusSeconds(30 * 3600)));
    StoreException e =
        assertThrows(StoreException.class, () -> store.change(1, Transitions.handOver(AT)));
    assertEquals(StoreException.Kind.CONFLICT, e.kind());
  }

  @Test
  void aClaimRacingTheHandOverLosesInsideTheTransaction() throws Exception {
    store.put(aTicket().champion("ana").build());
    store.change(1, Transitions.handOver(AT));
    StoreException e =
        assertThrows(
            StoreException.class,
            () ->
                store.change(
                    1, Transitions.byTeamOrChampion("ana", false, Transitions.claim("ana", AT))));
    assertEquals("T-1001 is the tech team's now", e.getMessage());
    assertEquals(
        TicketStatus.CLAIMED,
        store
            .change(1, Transitions.byTeamOrChampion("luis", true, Transitions.claim("luis", AT)))
            .status());
  }

  @Test
  void aChampionSeesTheirOwnTicketsAndThoseStillWithThemOnly() {
    Ticket theirs = store.put(aTicket().champion("ana").build());
    Ticket bens = store.put(aTicket().id(2).champion("ben").build());
    assertTrue(rules.champion("ana"));
    assertFalse(rules.champion("luis"));
    assertTrue(rules.visible(theirs, "ana"));
    assertFalse(rules.visible(bens, "ana"));
    assertTrue(rules.visible(bens, "luis"));
    assertTrue(rules.visible(bens, "U1"), "the teacher who asked");
  }
}
