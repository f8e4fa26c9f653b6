package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteEngagementStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * School champions from the command line, scripted with {@code --at} in the week of 30 November
 * 2026 (Chicago, school hours 08:00-16:00): Ana Ruiz champions Nearpod at Oak, Ben Cho Canva and
 * printing at Elm; champions have 4 school hours to claim a ticket before it is the team's. Links
 * are tracked, so the report counts clicks on the Canva workshop it offered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChampionsIT {
  @TempDir static Path home;
  static String h;

  static final String NEARPOD = "how do I share a nearpod lesson with my students";

  @BeforeAll
  static void content() throws Exception {
    h = home.toString();
    Path c = home.resolve("content");
    Files.createDirectories(c.resolve("faq"));
    Files.createDirectories(c.resolve("events"));
    Files.writeString(
        home.resolve("deskbot.yml"),
        String.join(
            "\n",
            "search:",
            "  semantic: off",
            "server:",
            "  public_url: https://desk.example.org",
            "team:",
            "  members: [luis]",
            "  champion_hours: 4",
            "  champions:",
            "    - user: ana",
            "      name: Ana Ruiz",
            "      school: Oak",
            "      tools: [nearpod]",
            "    - user: ben",
            "      name: Ben Cho",
            "      school: Elm",
            "      tools: [canva]",
            "      categories: [printing]",
            ""));
    Files.writeString(
        c.resolve("faq/nearpod.md"),
        "---\ntitle: \"How do I share a Nearpod lesson with students?\"\n"
            + "url: https://h.example/faq/nearpod\ncategory: classroom-apps\n---\n\n"
            + "Open the lesson, choose Live Participation and share the join code.\n");
    Files.writeString(
        c.resolve("faq/canva.md"),
        "---\ntitle: \"How do my students join my class in Canva for Education?\"\n"
            + "url: https://h.example/faq/canva\ncategory: classroom-apps\n---\n\n"
            + "Create a class in Canva, choose Invite students and share the join link.\n");
    Files.writeString(
        c.resolve("faq/copier.md"),
        "---\ntitle: \"The copier in the workroom is jammed\"\nurl: https://h.example/faq/jam\n"
            + "category: printing\n---\n\nOpen door A, pull the green lever and remove the paper.\n");
    Files.writeString(
        c.resolve("events/workshops.ics"),
        String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:test",
                "BEGIN:VEVENT",
                "UID:canva-1",
                "SUMMARY:Canva for Education workshop: your class and students",
                "DESCRIPTION:Set up your Canva class and have students join it.",
                "DTSTART;TZID=America/Chicago:20261209T154500",
                "DTEND;TZID=America/Chicago:20261209T164500",
                "URL:https://zoom.example/j/991",
                "END:VEVENT",
                "END:VCALENDAR")
            + "\r\n");
    CliRun ingest = CliRun.of("ingest", "--home", h);
    assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
  }

  static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
    return new ObjectMapper().readTree(run.out());
  }

  static JsonNode ask(String as, String at, String question) throws Exception {
    return json("ask", "--home", h, "--as", as, "--json", "--at", at, question);
  }

  static JsonNode escalate(JsonNode asked, String at, String... more) throws Exception {
    String[] args = {
      "escalate", "--home", h, asked.get("interaction").asText(), "--json", "--at", at
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return json(all);
  }

  static CliRun tickets(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "tickets";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--home";
    all[args.length + 2] = h;
    return CliRun.of(all);
  }

  static JsonNode show(String number, String at) throws Exception {
    return json("tickets", "show", number, "--home", h, "--json", "--at", at);
  }

  @Test
  @Order(1)
  void aMatchingQuestionGoesToItsChampionWhoAloneMayClaimAndResolveIt() throws Exception {
    JsonNode t =
        escalate(ask("mrs.k", "2026-12-01T09:00", NEARPOD), "2026-12-01T09:05", "--school", "Oak");
    assertEquals("champion", t.get("tier").asText(), t.toString());
    assertEquals("ana", t.get("champion").asText());
    String n = t.get("number").asText();

    for (String other : new String[] {"mr.p", "ben"}) {
      CliRun refused = tickets("claim", n, "--as", other, "--at", "2026-12-01T09:30");
      assertEquals(2, refused.exit(), other + ": " + refused.out() + refused.err());
      assertTrue(
          refused.err().contains("only the tech team and the ticket's champion can claim " + n),
          refused.err());
    }
    CliRun claimed = tickets("claim", n, "--as", "ana", "--at", "2026-12-01T10:00");
    assertEquals(0, claimed.exit(), claimed.out() + claimed.err());
    CliRun resolved =
        tickets(
            "resolve",
            n,
            "--as",
            "ana",
            "--minutes",
            "15",
            "--note",
            "shared the code",
            "--at",
            "2026-12-01T10:30");
    assertEquals(0, resolved.exit(), resolved.out() + resolved.err());
    JsonNode after = show(n, "2026-12-01T10:31");
    assertEquals("resolved", after.get("status").asText());
    assertEquals("ana", after.get("assignee").asText());
    assertEquals("champion", after.get("tier").asText());
  }

  @Test
  @Order(2)
  void leftUnclaimedPastTheSchoolHoursItBecomesTheTeams() throws Exception {
    // the school comes from mrs.k's last ticket; 13:05 Tuesday + 4 school hours = 09:05 Wednesday
    JsonNode t = escalate(ask("mrs.k", "2026-12-01T13:00", NEARPOD + " today"), "2026-12-01T13:05");
    assertEquals("Oak", t.get("school").asText());
    assertEquals("champion", t.get("tier").asText(), t.toString());
    String n = t.get("number").asText();

    JsonNode before = show(n, "2026-12-02T09:04");
    assertEquals("champion", before.get("tier").asText(), before.toString());
    assertEquals("ana", before.get("champion").asText());
    JsonNode past = show(n, "2026-12-02T09:06");
    assertEquals("team", past.get("tier").asText(), past.toString());
    assertTrue(past.get("champion").isNull(), past.toString());
    boolean handed = false;
    for (JsonNode e : past.get("events")) {
      handed |=
          e.get("kind").asText().equals("handed-over")
              && e.get("at").asText().equals("2026-12-02T15:05:00Z");
    }
    assertTrue(handed, past.get("events").toString());

    CliRun late = tickets("claim", n, "--as", "ana", "--at", "2026-12-02T09:10");
    assertEquals(2, late.exit(), late.out() + late.err());
    assertTrue(late.err().contains("was handed to the tech team"), late.err());
    assertEquals(0, tickets("claim", n, "--as", "luis", "--at", "2026-12-02T09:20").exit());
    CliRun done =
        tickets("resolve", n, "--as", "luis", "--minutes", "20", "--at", "2026-12-02T10:00");
    assertEquals(0, done.exit(), done.out() + done.err());
  }

  @Test
  @Order(3)
  void aQuestionNoChampionCoversGoesToTheTeam() throws Exception {
    // Ben covers printing, but at Elm
    JsonNode copier = ask("ms.r", "2026-12-02T11:00", "the copier in the workroom is jammed");
    CliRun refused =
        CliRun.of(
            "escalate",
            "--home",
            h,
            copier.get("interaction").asText(),
            "--school",
            "Oak",
            "--route",
            "champion",
            "--at",
            "2026-12-02T11:05");
    assertEquals(2, refused.exit(), refused.out() + refused.err());
    assertTrue(refused.err().contains("no champion at Oak covers this question"), refused.err());
    JsonNode t = escalate(copier, "2026-12-02T11:06", "--school", "Oak");
    assertEquals("team", t.get("tier").asText(), t.toString());
    assertTrue(t.get("champion").isNull());

    // asked for the team, a question the champion covers stays the team's
    JsonNode team =
        escalate(
            ask("mr.p", "2026-12-02T12:00", NEARPOD),
            "2026-12-02T12:05",
            "--school",
            "Oak",
            "--route",
            "team");
    assertEquals("team", team.get("tier").asText(), team.toString());

    // at Elm the printing category is Ben's
    JsonNode elm =
        escalate(
            ask("mr.e", "2026-12-02T12:30", "the copier in the workroom is jammed"),
            "2026-12-02T12:35",
            "--school",
            "Elm");
    assertEquals("champion", elm.get("tier").asText(), elm.toString());
    assertEquals("ben", elm.get("champion").asText());
  }

  @Test
  @Order(4)
  void theReportCountsTheChampionsApartAndTheSessionsClicked() throws Exception {
    String canva = "how do my students join my canva class";
    JsonNode a = ask("mrs.k", "2026-12-03T09:00", canva);
    JsonNode b = ask("mr.p", "2026-12-03T10:00", canva);
    JsonNode c = ask("mr.p", "2026-12-08T10:00", canva); // W50
    String workshopA = link(a, "event");
    String workshopB = link(b, "event");
    String faqA = link(a, "faq");
    try (Database db = Database.open(home.resolve("data/deskbot.db"))) {
      SqliteEngagementStore links = new SqliteEngagementStore(db);
      links.click(id(workshopA), Instant.parse("2026-12-03T15:10:00Z"));
      links.click(id(workshopA), Instant.parse("2026-12-03T15:11:00Z"));
      links.click(id(faqA), Instant.parse("2026-12-03T15:12:00Z")); // not a session
      links.click(id(workshopB), Instant.parse("2026-12-08T16:00:00Z")); // W50
      links.click(id(link(c, "event")), Instant.parse("2026-12-08T16:01:00Z")); // W50
    }

    JsonNode w49 = json("report", "--home", h, "--week", "2026-W49", "--format", "json");
    JsonNode champions = w49.get("champions");
    // by hand: tickets routed to a champion 1 Dec (Ana, resolved), 1 Dec (Ana, handed over),
    // 2 Dec (Ben, open); Ana resolved one in 15 min; one went to the team
    assertEquals(3, champions.get("tickets").asInt(), champions.toString());
    assertEquals(1, champions.get("resolved").asInt());
    assertEquals(15, champions.get("minutes").asInt());
    assertEquals(1, champions.get("handed_to_team").asInt());
    assertEquals(20, w49.get("minutes_spent").asInt(), "the team's own minutes only");
    JsonNode events = w49.get("events");
    assertEquals(2, events.get("offered").asInt(), events.toString());
    assertEquals(2, events.get("clicked").asInt(), events.toString());
    assertTrue(events.get("clicks_tracked").asBoolean());
    JsonNode w50 = json("report", "--home", h, "--week", "2026-W50", "--format", "json");
    assertEquals(1, w50.get("events").get("offered").asInt());
    assertEquals(2, w50.get("events").get("clicked").asInt());
    assertEquals(0, w50.get("champions").get("tickets").asInt());

    CliRun md = CliRun.of("report", "--home", h, "--week", "2026-W49");
    assertTrue(
        md.out()
            .contains(
                "3 tickets routed to school champions; 1 resolved by them in 15 min (not in the"
                    + " team's minutes); 1 left unclaimed went to the team."),
        md.out());
  }

  /** The tracked link of the answer's first result of {@code type}. */
  static String link(JsonNode answer, String type) {
    for (JsonNode r : answer.get("results")) {
      if (r.get("type").asText().equals(type)) {
        return r.get("url").asText();
      }
    }
    throw new AssertionError("no " + type + " in " + answer);
  }

  static String id(String tracked) {
    assertTrue(tracked.startsWith("https://desk.example.org/go/"), tracked);
    return tracked.substring(tracked.lastIndexOf('/') + 1);
  }
}
