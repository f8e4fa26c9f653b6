package org.deskbot.chat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deskbot.answer.Answer;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.Decision;
import org.deskbot.answer.EventCalendar;
import org.deskbot.answer.Result;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.Minutes;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.Suggested;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketChange;
import org.deskbot.escalate.TicketEvent;
import org.deskbot.escalate.TicketException;
import org.deskbot.escalate.TicketRules;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;
import org.deskbot.escalate.Urgency;
import org.deskbot.ingest.ContentType;
import org.deskbot.privacy.Redactor;
import org.deskbot.report.Interaction;
import org.deskbot.report.InteractionLog;
import org.deskbot.report.LinkTracker;

/**
 * The platform-neutral conversation every adapter speaks through: a message becomes an answer,
 * feedback is recorded, an escalation becomes a ticket, and the team works the ticket. It returns
 * {@link Notice}s for the adapters to deliver; it never talks to a platform itself.
 */
public final class ConversationService implements AutoCloseable {
  private final AnswerEngine answers;
  private final QuestionClassifier classifier;
  private final InteractionLog log;
  private final TicketStore tickets;
  private final Redactor redactor;
  private final Team team;
  private volatile TicketRules rules;
  private volatile org.deskbot.escalate.SchoolClock schoolClock =
      (from, hours) -> from.plusSeconds(Math.round(hours * 3600));
  private final Clock clock;
  private final Deliveries deliveries;
  private final MessageRefs refs;
  private final Dispatcher dispatcher;
  private final LinkTracker links;
  private volatile ConversationThreads threads;
  private volatile Overheard overheard;
  private volatile Screenshots screenshots = Screenshots.fromEnvironment(System.getenv());
  private final EventCalendar events;

  /**
   * {@code links}: how answer links are sent (tracked through {@code /go/}, or as they are); {@code
   * events}: the live sessions offered beside answers and named when a person is asked.
   */
  public ConversationService(
      AnswerEngine answers,
      QuestionClassifier classifier,
      InteractionLog log,
      TicketStore tickets,
      Deliveries deliveries,
      MessageRefs refs,
      Redactor redactor,
      Team team,
      Clock clock,
      LinkTracker links,
      EventCalendar events) {
    this.links = links;
    this.events = events;
    this.deliveries = deliveries;
    this.refs = refs;
    this.dispatcher = new Dispatcher(refs);
    this.answers = answers;
    this.classifier = classifier;
    this.log = log;
    this.tickets = tickets;
    this.redactor = redactor;
    this.team = team;
    this.rules = new TicketRules(user -> team.includes(user));
    this.clock = clock;
  }

  /**
   * A message from a teacher. {@code deliveryId} (the platform's event id) makes retries harmless;
   * {@code imageText} is the words read from the pictures sent with it ({@link Screenshots}), ""
   * for none: searched, recorded and redacted with the message's own words.
   */
  public record Incoming(
      String platform,
      String user,
      String place,
      String text,
      String deliveryId,
      String imageText) {
    public Incoming(String platform, String user, String place, String text, String deliveryId) {
      this(platform, user, place, text, deliveryId, "");
    }

    /** The message's words and its pictures' words. */
    public String words() {
      String typed = text == null ? "" : text;
      return imageText == null || imageText.isBlank()
          ? typed
          : typed.isEmpty() ? imageText : typed + " " + imageText;
    }
  }

  /**
   * What the teacher fills in to reach a person; {@code route}: "champion", "team", or null for the
   * default (the school's champion who covers the question, else the team).
   */
  public record EscalationForm(String school, String urgency, String details, String route) {
    public EscalationForm(String school, String urgency, String details) {
      this(school, urgency, details, null);
    }
  }

  /** The escalation form's "to the champion" choice. */
  public static final String ROUTE_CHAMPION = "champion";

  /** The escalation form's "to the tech team" choice. */
  public static final String ROUTE_TEAM = "team";

  /**
   * A ticket after a change, with what the adapters must deliver.
   *
   * @param draft the FAQ draft saved from the resolution, if one was asked for
   */
  public record TicketUpdate(Ticket ticket, List<Notice> notices, Optional<Path> draft) {
    public TicketUpdate(Ticket ticket, List<Notice> notices) {
      this(ticket, notices, Optional.empty());
    }
  }

  /** What became of a teacher's message (see {@link #receive}). */
  public sealed interface Received {
    /** The platform delivered the message again: it was handled the first time. */
    record Again() implements Received {}

    /** The message was added to the teacher's ticket; {@code told} is what to tell them. */
    record AddedToTicket(String told) implements Received {}

    /** The message was a question (or small talk) and this is the reply. */
    record Answered(Reply reply) implements Received {}
  }

  /**
   * A teacher's message, whatever it turns out to be: a delivery already handled (the platform's
   * {@code deliveryId} seen before), an addition to their ticket still being worked when they write
   * in the thread it came from ({@code sameThread} says whether a ticket's place is that thread),
   * or a question, answered and recorded.
   */
  public Received receive(Incoming in, java.util.function.Predicate<String> sameThread)
      throws ConversationException {
    return receive(in, null, sameThread);
  }

  /**
   * {@link #receive(Incoming, java.util.function.Predicate)} in a conversation: {@code thread} is
   * the platform's thread, DM or session key (null for none), so a follow-up is searched with what
   * came before and "that didn't work" is feedback on the last answer.
   */
  public Received receive(
      Incoming in, String thread, java.util.function.Predicate<String> sameThread)
      throws ConversationException {
    if (deliveredBefore(in)) {
      return new Received.Again();
    }
    return handle(in, thread, sameThread);
  }

  /** Starts the thread a question opens (posts its root) and gives the thread's place. */
  public interface ThreadOpener {
    String open() throws Exception;
  }

  /**
   * A question that opens its own thread (Slack's {@code /helpdesk}): the first time the platform
   * delivers it, {@code open} starts the thread and the question is answered there, as the thread's
   * first message; delivered again, it is {@link Received.Again} and opens nothing. {@code in}'s
   * place is ignored.
   */
  public Received receiveOpening(Incoming in, ThreadOpener open) throws ConversationException {
    if (deliveredBefore(in)) {
      return new Received.Again();
    }
    String place;
    try {
      place = open.open();
    } catch (Exception e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "could not start the thread: " + e.getMessage());
    }
    Incoming there =
        new Incoming(in.platform(), in.user(), place, in.text(), in.deliveryId(), in.imageText());
    return handle(there, place, p -> false);
  }

  private boolean deliveredBefore(Incoming in) throws ConversationException {
    return in.deliveryId() != null && !firstDelivery(in.deliveryId(), in.platform());
  }

  private Received handle(
      Incoming in, String thread, java.util.function.Predicate<String> sameThread)
      throws ConversationException {
    String cleaned = in.words();
    Optional<String> told =
        addToWorkedTicket(in.platform(), sameThread, in.user(), cleaned, in.deliveryId());
    if (told.isPresent()) {
      return new Received.AddedToTicket(told.get());
    }
    ConversationThreads t = threads;
    return new Received.Answered(
        t == null || thread == null || thread.isBlank() ? answer(in, cleaned) : t.ask(in, thread));
  }

  /** A question, a greeting or a thank-you: answered and recorded. */
  public Reply ask(Incoming in) throws ConversationException {
    return answer(in, in.words());
  }

  private Reply answer(Incoming in, String cleaned) throws ConversationException {
    var small = SmallTalk.reply(cleaned);
    if (cleaned.isEmpty() || small.isPresent()) {
      Interaction i = notAQuestion(in, cleaned);
      String text = small.orElse("Ask me a question about your tech and I'll find the right help.");
      return new Reply(i.id(), Interaction.NOT_A_QUESTION, text, List.of(), List.of(), "");
    }
    try {
      return answered(in, cleaned, events.offer(answers.answer(cleaned, 3), clock.instant()));
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "search failed: " + e.getMessage());
    }
  }

  /**
   * A message in a conversation ({@code thread}: the platform's thread, DM or session key; null
   * when it has none): a follow-up is searched with what came before, "that didn't work" is
   * feedback on the last answer (see {@link ConversationThreads}). Without {@link
   * #keepConversations} every message stands alone.
   */
  public Reply ask(Incoming in, String thread) throws ConversationException {
    ConversationThreads t = threads;
    return t == null || thread == null || thread.isBlank() ? ask(in) : t.ask(in, thread);
  }

  /**
   * From now on, messages of one teacher in one thread within {@code window} are a conversation.
   */
  public ConversationService keepConversations(ConversationMemory memory, Duration window) {
    threads = new ConversationThreads(this, answers, memory, redactor, clock, window);
    return this;
  }

  /** How pictures sent with messages are read (Tesseract from the environment unless set). */
  public Screenshots screenshots() {
    return screenshots;
  }

  /** From now on, pictures sent with messages are read with {@code screenshots}. */
  public ConversationService readScreenshots(Screenshots screenshots) {
    this.screenshots = screenshots;
    return this;
  }

  /** {@code text} as it is recorded: e-mail addresses, phone numbers and student ids removed. */
  public String redacted(String text) {
    return redactor.redact(text);
  }

  /** From now on, messages heard in listening channels are counted in {@code overheard}. */
  public ConversationService withChampions(
      org.deskbot.escalate.Champions champions, org.deskbot.escalate.SchoolClock hours) {
    this.rules = new TicketRules(user -> team.includes(user), champions);
    this.schoolClock = hours;
    return this;
  }

  /**
   * What the escalation form offers beside "The tech team" for {@code interaction} when the teacher
   * is at {@code school} ("Ask Ana Ruiz, your school's Nearpod champion"); "" when no champion
   * there covers the question (the form then offers only the team).
   */
  public String championOffer(long interaction, String school) throws ConversationException {
    if (rules.champions().people().isEmpty() || school == null || school.isBlank()) {
      return "";
    }
    Interaction i = interaction(interaction);
    return rules
        .champions()
        .match(school, i.question(), i.category())
        .map(org.deskbot.escalate.Champions.Match::offer)
        .orElse("");
  }

  /**
   * Hands the tickets their champions left unclaimed past {@code team.champion_hours} school hours
   * to the team (the triage channel gets their cards). Run whenever tickets are read or listed, so
   * that a scripted clock sees it, and by {@code serve} on its own.
   */
  public List<Ticket> handOverDue() throws ConversationException {
    if (rules.champions().people().isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    List<Ticket> handed = new ArrayList<>();
    try {
      for (Ticket t : tickets.list(null, TicketStatus.OPEN, 10_000)) {
        if (!rules.champions().handOverDue(t, schoolClock, now)) {
          continue;
        }
        Ticket after;
        try {
          after =
              tickets.change(
                  t.id(),
                  org.deskbot.escalate.Transitions.handOver(
                      rules.champions().handOverAt(t, schoolClock)));
        } catch (StoreException e) {
          if (e.kind() == StoreException.Kind.CONFLICT) {
            continue; // claimed (or handed over) meanwhile
          }
          throw e;
        }
        handed.add(after);
        published(
            new TicketUpdate(
                after,
                List.of(
                    new Notice(
                        Notice.Kind.TRIAGE_NEW,
                        after.number(),
                        "",
                        "",
                        "New ticket "
                            + after.number()
                            + " ("
                            + after.urgency()
                            + ", "
                            + after.category()
                            + "): "
                            + t.champion()
                            + " did not claim it within "
                            + rules.champions().hours()
                            + " school hours"))));
      }
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
    return handed;
  }

  public ConversationService countOverheard(Overheard overheard) {
    this.overheard = overheard;
    return this;
  }

  /**
   * A top-level message in a listening channel, where nobody asked the bot: answered (recorded as a
   * question) only when the decision is to answer; otherwise empty, and only counted as heard.
   */
  public Optional<Reply> overheard(Incoming in, String channel) throws ConversationException {
    if (deliveredBefore(in)) {
      return Optional.empty(); // delivered again: heard the first time
    }
    String cleaned = in.words();
    try {
      Optional<Reply> reply = Optional.empty();
      if (FollowUp.setsTopic(cleaned) && Verdicts.of(cleaned).isEmpty()) {
        Answer a = answers.answer(cleaned, 3);
        if (a.decision() == Decision.ANSWER) {
          reply = Optional.of(answered(in, cleaned, a));
        }
      }
      if (overheard != null) {
        overheard.heard(
            in.platform(),
            channel,
            reply.map(Reply::interaction).orElse(null),
            clock.instant(),
            in.deliveryId());
      }
      return reply;
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "search failed: " + e.getMessage());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Records a message that is not a question (a greeting, a verdict on an answer). */
  Interaction notAQuestion(Incoming in, String cleaned) throws ConversationException {
    try {
      return log.record(
          new InteractionLog.NewInteraction(
              in.platform(),
              in.user(),
              in.place(),
              redactor.redact(cleaned),
              "en",
              "",
              0,
              Interaction.NOT_A_QUESTION,
              "[]"),
          clock.instant(),
          in.deliveryId());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Records a question with the answer found for it, and words the reply. */
  Reply answered(Incoming in, String cleaned, Answer a) throws ConversationException {
    try {
      QuestionClassifier.Category category = classifier.classify(cleaned, a);
      Interaction i =
          log.record(
              new InteractionLog.NewInteraction(
                  in.platform(),
                  in.user(),
                  in.place(),
                  redactor.redact(cleaned),
                  a.language(),
                  category.label(),
                  category.confidence(),
                  a.decision().label(),
                  Suggested.json(a.results())),
              clock.instant(),
              in.deliveryId());
      // a live session on the topic is worth offering even when no document answers
      List<Result> sessions =
          a.results().stream().filter(r -> r.type() == ContentType.EVENT).toList();
      List<Result> sent =
          links.track(
              i.id(), in.platform(), a.decision() == Decision.ESCALATE ? sessions : a.results());
      return reply(i, a, category.label(), sent);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** {@code sent}: the links sent with the answer (tracked or as they are; none to escalate). */
  private static Reply reply(Interaction i, Answer a, String category, List<Result> sent) {
    String text =
        switch (a.decision()) {
          case ANSWER -> "Here is what should help:";
          case SUGGEST -> "I'm not sure, but these might help:";
          case ESCALATE ->
              "es".equals(a.language()) && a.results().isEmpty()
                  ? "No encontré una respuesta en español. ¿Quiere que una persona del equipo le ayude?"
                  : "I couldn't find a good answer to that in the team's help. Want a person from the tech team to take it?";
        };
    if (a.decision() == Decision.ESCALATE && !sent.isEmpty()) {
      text += " Or join the live session below.";
    }
    List<String> buttons =
        a.decision() == Decision.ESCALATE
            ? List.of(Reply.NEED_HELP)
            : List.of(Reply.SOLVED, Reply.NEED_HELP);
    return new Reply(i.id(), a.decision().label(), text, sent, buttons, category);
  }

  /** One interaction (for the CLI and the dashboard). */
  public Interaction interaction(long id) throws ConversationException {
    try {
      return log.find(id)
          .orElseThrow(
              () ->
                  new ConversationException(
                      ConversationException.Kind.NOT_FOUND, "no interaction " + id));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** The audit trail of a ticket. */
  public List<TicketEvent> events(long ticket) throws ConversationException {
    try {
      return tickets.events(ticket);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Interactions since a moment, oldest first (the export). */
  public List<Interaction> interactionsSince(Instant since) throws ConversationException {
    try {
      return log.since(since);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Retention: clears raw question text older than {@code before}; counts stay. */
  public int purge(Instant before) throws ConversationException {
    try {
      return log.purgeText(before);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** "That solved it" or "I still need help" on an answer. */
  public Interaction feedback(long interaction, String user, boolean solved)
      throws ConversationException {
    try {
      Interaction i = interaction(interaction);
      rules.requireAsker(i.userId(), user, "say whether it helped");
      return log.feedback(interaction, solved ? "solved" : "not-solved", clock.instant());
    } catch (StoreException | TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /** The question behind an answer and the school to pre-fill, for the escalation form. */
  public record EscalationStart(Interaction interaction, String school, String championOffer) {}

  /**
   * Opening the form to ask for a person on {@code interaction}: only for the teacher who asked (or
   * the team).
   */
  public EscalationStart startEscalation(long interaction, String user)
      throws ConversationException {
    Interaction i = interaction(interaction);
    try {
      rules.requireAsker(i.userId(), user, "ask for a person on this question");
    } catch (TicketException e) {
      throw ConversationException.of(e);
    }
    String school = lastSchool(user);
    return new EscalationStart(i, school, championOffer(interaction, school));
  }

  /**
   * "I still need help" → a ticket with what the bot already suggested; the triage channel is told.
   */
  public TicketUpdate escalate(
      long interaction, String user, EscalationForm form, String deliveryId)
      throws ConversationException {
    try {
      Interaction i = interaction(interaction);
      rules.requireAsker(i.userId(), user, "escalate this question");
      if (i.ticketId() != null) {
        Ticket existing = tickets.find(i.ticketId()).orElseThrow();
        return new TicketUpdate(existing, List.of());
      }
      if (!i.feedback().equals("solved")) {
        log.feedback(interaction, "not-solved", clock.instant());
      }
      String urgency;
      try {
        urgency = Urgency.parse(form.urgency());
      } catch (TicketException e) {
        throw ConversationException.of(e, "urgency");
      }
      String school = nullToEmpty(form.school()).strip();
      if (school.isEmpty()) {
        school = lastSchool(i.userId());
      }
      Optional<org.deskbot.escalate.Champions.Match> champion = route(form.route(), school, i);
      Ticket t =
          tickets.create(
              new TicketStore.NewTicket(
                  i.userId(),
                  i.platform(),
                  i.place(),
                  school,
                  urgency,
                  i.category(),
                  i.question(),
                  redactor.redact(nullToEmpty(form.details())),
                  i.results(),
                  i.id(),
                  champion.map(m -> m.champion().user()).orElse(null)),
              clock.instant(),
              deliveryId);
      log.linkTicket(i.id(), t.id());
      if (champion.isPresent()) {
        return published(new TicketUpdate(t, toChampion(t, champion.get())));
      }
      List<Notice> notices =
          List.of(
              Notice.toRequester(
                  t,
                  "I've opened ticket "
                      + t.number()
                      + " for you. Someone from the tech team will reply here."
                      + officeHours()
                          .map(r -> " You can also drop in to " + events.invitation(r) + ".")
                          .orElse("")),
              new Notice(
                  Notice.Kind.TRIAGE_NEW,
                  t.number(),
                  "",
                  "",
                  "New ticket " + t.number() + " (" + t.urgency() + ", " + t.category() + ")"));
      return published(new TicketUpdate(t, notices));
    } catch (StoreException | TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * The champion a new ticket goes to: the one asked for ({@code "champion"}; refused when none
   * covers the question at {@code school}), none ({@code "team"}), or by default the matching one.
   */
  private Optional<org.deskbot.escalate.Champions.Match> route(
      String route, String school, Interaction i) throws ConversationException {
    String r = route == null ? "" : route.strip().toLowerCase(java.util.Locale.ROOT);
    if (r.equals(ROUTE_TEAM)) {
      return Optional.empty();
    }
    if (!r.isEmpty() && !r.equals(ROUTE_CHAMPION)) {
      throw new ConversationException(
          ConversationException.Kind.INVALID,
          "route must be champion or team, not `" + route + "`",
          "route");
    }
    Optional<org.deskbot.escalate.Champions.Match> m =
        rules.champions().match(school, i.question(), i.category());
    if (m.isEmpty() && r.equals(ROUTE_CHAMPION)) {
      throw new ConversationException(
          ConversationException.Kind.INVALID,
          school.isEmpty()
              ? "say the school to find its champion"
              : "no champion at " + school + " covers this question: send it to the team",
          school.isEmpty() ? "school" : "route");
    }
    return m;
  }

  /** A new ticket for a champion: they get it directly; the teacher is told who and until when. */
  private List<Notice> toChampion(Ticket t, org.deskbot.escalate.Champions.Match m) {
    String who = m.who();
    return List.of(
        Notice.toRequester(
            t,
            "I've opened ticket "
                + t.number()
                + " for you and asked "
                + who
                + ". If they can't pick it up within "
                + rules.champions().hours()
                + " school hours, the tech team will."
                + officeHours()
                    .map(r -> " You can also drop in to " + events.invitation(r) + ".")
                    .orElse("")),
        new Notice(
            Notice.Kind.TELL_CHAMPION,
            t.number(),
            m.champion().user(),
            "",
            "A teacher at "
                + t.school()
                + " asked about "
                + m.about()
                + " ("
                + t.number()
                + ", "
                + t.urgency()
                + "): "
                + t.question()
                + " Claim it within "
                + rules.champions().hours()
                + " school hours, or it goes to the tech team."));
  }

  /**
   * The next office hours from now within the horizon, if there are any: named when a teacher is
   * handed to a person. A search problem only leaves them out.
   */
  public Optional<Result> officeHours() {
    try {
      return events.nextOfficeHours(clock.instant());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code step} on the ticket by {@code actor}: the team's on any ticket, a champion's only on the
   * ticket still with them (checked again inside the store's transaction).
   */
  private Ticket changeAsWorker(long ticket, String actor, TicketChange step)
      throws StoreException {
    return tickets.change(
        ticket,
        org.deskbot.escalate.Transitions.byTeamOrChampion(actor, rules.onTeam(actor), step));
  }

  /** A specialist takes the ticket. */
  public TicketUpdate claim(long ticket, String actor) throws ConversationException {
    requireWorker(ticket, actor, "claim");
    try {
      Ticket t =
          changeAsWorker(
              ticket, actor, org.deskbot.escalate.Transitions.claim(actor, clock.instant()));
      String onIt =
          actor.equals(t.championNow())
              ? championName(t) + ", your school's champion, is on it (" + t.number() + ")."
              : actor + " from the tech team is on it (" + t.number() + ").";
      return published(
          new TicketUpdate(
              t,
              List.of(
                  Notice.triage(t, t.number() + " claimed by " + actor),
                  Notice.toRequester(t, onIt))));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * A reply on a ticket: from the team it reaches the teacher's thread; the first is the first
   * response.
   */
  public TicketUpdate reply(long ticket, String actor, String text) throws ConversationException {
    if (text == null || text.isBlank()) {
      throw new ConversationException(ConversationException.Kind.INVALID, "the reply is empty");
    }
    try {
      rules.requireParticipant(find(ticket), actor, "reply on");
      Ticket t = tickets.reply(ticket, actor, redactor.redact(text), clock.instant());
      // the team, or the champion the ticket is with, answers the teacher
      boolean worker = rules.onTeam(actor) || actor.equals(t.championNow());
      List<Notice> notices = new ArrayList<>();
      if (worker) {
        notices.add(Notice.toRequester(t, text));
      }
      notices.add(Notice.triage(t, actor + " replied on " + t.number()));
      if (!worker) {
        // the team sees its own replies where it wrote them; the teacher's words go under the card
        notices.add(
            new Notice(
                Notice.Kind.TELL_TEAM,
                t.number(),
                "",
                "",
                "The teacher added: " + redactor.redact(text).strip()));
      }
      return published(new TicketUpdate(t, notices));
    } catch (StoreException | TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /** Resolved, with the minutes spent; the teacher is told. */
  public TicketUpdate resolve(long ticket, String actor, long minutes, String resolution)
      throws ConversationException {
    return resolve(ticket, actor, minutes, resolution, null);
  }

  /**
   * Resolved, with the minutes spent; the teacher is told. With {@code saveAsFaq} (null: not asked)
   * the resolution is also saved there as an FAQ draft, which needs a resolution written.
   */
  public TicketUpdate resolve(
      long ticket, String actor, long minutes, String resolution, FaqDrafts saveAsFaq)
      throws ConversationException {
    requireWorker(ticket, actor, "resolve");
    try {
      Minutes.check(minutes);
    } catch (TicketException e) {
      throw ConversationException.of(e, "minutes");
    }
    try {
      TicketRules.requireFaqResolution(saveAsFaq != null, resolution);
    } catch (TicketException e) {
      throw ConversationException.of(e, "resolution");
    }
    try {
      Ticket t =
          changeAsWorker(
              ticket,
              actor,
              org.deskbot.escalate.Transitions.resolve(
                  actor, (int) minutes, redactor.redact(nullToEmpty(resolution)), clock.instant()));
      String told =
          "Ticket "
              + t.number()
              + " is resolved"
              + (t.resolution().isBlank()
                  ? "."
                  : ": " + t.resolution().strip().replaceAll("[.!]+$", "") + ".");
      tickets.note(ticket, "deskbot", TicketEvent.NOTIFIED, t.requester(), clock.instant());
      TicketUpdate update =
          published(
              new TicketUpdate(
                  t,
                  List.of(
                      Notice.toRequester(t, told + " Reply here if it isn't."),
                      Notice.triage(
                          t, t.number() + " resolved by " + actor + " (" + minutes + " min)"))));
      if (saveAsFaq == null) {
        return update;
      }
      Path draft = saveAsFaq.save(t, t.question(), resolution, actor);
      return new TicketUpdate(update.ticket(), update.notices(), Optional.of(draft));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED,
          "resolved, but the FAQ draft could not be saved: " + e.getMessage());
    }
  }

  /** Back to work: the teacher says it is not fixed, or the team reopens it. */
  public TicketUpdate reopen(long ticket, String actor) throws ConversationException {
    try {
      rules.requireParticipant(find(ticket), actor, "reopen");
      Ticket t = tickets.reopen(ticket, actor, clock.instant());
      return published(
          new TicketUpdate(t, List.of(Notice.triage(t, t.number() + " reopened by " + actor))));
    } catch (StoreException | TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /** A ticket as {@code viewer} may see it: the team sees all, a teacher only their own. */
  public Ticket ticket(long ticket, String viewer) throws ConversationException {
    handOverDue();
    try {
      Ticket t = find(ticket);
      rules.requireViewer(t, viewer);
      return t;
    } catch (StoreException | TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * Saves {@code ticket}'s resolution, or {@code answer} when given, as an FAQ draft in {@code
   * drafts}: the team's to do.
   */
  public Path saveDraft(long ticket, String actor, String answer, FaqDrafts drafts)
      throws ConversationException {
    requireTeam(actor, "save FAQ drafts");
    Ticket t = ticket(ticket, actor);
    String text = answer != null ? answer : t.resolution();
    if (text == null || text.isBlank()) {
      throw new ConversationException(
          ConversationException.Kind.INVALID,
          t.number() + " has no resolution yet: give the FAQ's answer",
          "answer");
    }
    try {
      return drafts.save(t, t.question(), text, actor);
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "cannot save the draft: " + e.getMessage());
    }
  }

  /**
   * Moves the draft {@code name} into {@code faq/}, where the next ingest indexes it: the team's (a
   * school champion works tickets, not the help content).
   */
  public Path approveDraft(String actor, String name, FaqDrafts drafts)
      throws ConversationException {
    requireTeam(actor, "approve FAQ drafts");
    if (name == null || !name.matches("[\\w.-]+\\.md")) {
      throw new ConversationException(
          ConversationException.Kind.INVALID, "`" + name + "` is not a draft's file name");
    }
    try {
      return drafts.approve(name);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConversationException(
          ConversationException.Kind.NOT_FOUND, "no draft named " + name);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new ConversationException(ConversationException.Kind.CONFLICT, e.getMessage());
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "cannot approve the draft: " + e.getMessage());
    }
  }

  /**
   * Refuses {@code actor} unless on the tech team: the help content and how the bot decides are the
   * team's (a school champion works their tickets only). {@code what} is what was refused.
   */
  public void requireTeam(String actor, String what) throws ConversationException {
    try {
      rules.requireTeam(actor, what);
    } catch (TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /** Opening the resolve form on {@code ticket}: the team's. */
  public Ticket startResolve(long ticket, String actor) throws ConversationException {
    requireWorker(ticket, actor, "resolve");
    return ticket(ticket, actor);
  }

  /** Tickets {@code viewer} may see: the team's whole queue, or a teacher's own. */
  public List<Ticket> tickets(String viewer, org.deskbot.escalate.TicketStatus status)
      throws ConversationException {
    handOverDue();
    try {
      if (rules.champion(viewer)) {
        return tickets.list(null, status, 500).stream()
            .filter(t -> rules.visible(t, viewer))
            .toList();
      }
      return tickets.list(rules.scope(viewer), status, 500);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * A page of the tickets {@code viewer} may see in {@code states} (open first, newest first within
   * a state), only those {@code viewer} claimed when {@code mine}; with how many match in all.
   */
  public org.deskbot.escalate.TicketQuery.Page ticketPage(
      String viewer,
      java.util.Set<org.deskbot.escalate.TicketStatus> states,
      boolean mine,
      int offset,
      int limit)
      throws ConversationException {
    handOverDue();
    if (rules.champion(viewer)) {
      // a champion's queue: their own questions and the tickets still with them, a few at most
      List<Ticket> theirs =
          tickets(viewer, null).stream()
              .filter(t -> states.contains(t.status()) && (!mine || viewer.equals(t.assignee())))
              .sorted(
                  java.util.Comparator.comparing(Ticket::status)
                      .thenComparing(java.util.Comparator.comparingLong(Ticket::id).reversed()))
              .toList();
      int from = Math.min(offset, theirs.size());
      return new org.deskbot.escalate.TicketQuery.Page(
          theirs.subList(from, Math.min(theirs.size(), from + limit)), theirs.size());
    }
    try {
      return tickets.page(
          new org.deskbot.escalate.TicketQuery(
              rules.scope(viewer),
              states,
              mine ? viewer : org.deskbot.escalate.TicketQuery.ANY_ASSIGNEE,
              offset,
              limit));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * A teacher writing again where their ticket came from is adding to it, not asking anew: when
   * {@code requester} has a ticket still being worked (open or claimed, the newest) opened on
   * {@code platform} from a place {@code from} accepts (the thread they write in), {@code text} is
   * their reply on it and the words to tell them are returned; empty when there is none (then it is
   * a question). The same {@code deliveryId} (the platform's id of the message, null when it has
   * none) adds once: a platform delivering the message again after the teacher was not told gets
   * the words again, and the ticket does not get the addition twice.
   */
  private Optional<String> addToWorkedTicket(
      String platform,
      java.util.function.Predicate<String> from,
      String requester,
      String text,
      String deliveryId)
      throws ConversationException {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Optional<Ticket> worked;
    try {
      worked = TicketRules.addedTo(tickets.list(requester, null, 500), platform, from);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
    if (worked.isEmpty()) {
      return Optional.empty();
    }
    if (deliveryId == null
        || firstDelivery(
            "addition " + deliveryId, "ticket-addition")) { // delivery ids are one key space
      reply(worked.get().id(), requester, text);
    }
    return Optional.of("Added to " + worked.get().number() + ": the tech team will see it there.");
  }

  /**
   * How many tickets {@code viewer} may see are in each state (the team: everyone's; a teacher:
   * their own).
   */
  public java.util.Map<org.deskbot.escalate.TicketStatus, Integer> ticketCounts(String viewer)
      throws ConversationException {
    try {
      if (rules.champion(viewer)) {
        java.util.Map<TicketStatus, Integer> counts = new java.util.EnumMap<>(TicketStatus.class);
        for (TicketStatus st : TicketStatus.values()) {
          counts.put(st, 0);
        }
        tickets(viewer, null).forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        return counts;
      }
      return tickets.countByStatus(rules.scope(viewer));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * A team member's words in the thread under a ticket's {@code card} message on {@code platform}
   * (its reference {@code ref}): a reply on that ticket. Empty when no ticket still open has that
   * card. {@code deliveryId} makes a platform's retry harmless.
   */
  public Optional<TicketUpdate> replyUnderCard(
      String platform, String card, String ref, String actor, String text, String deliveryId)
      throws ConversationException {
    if (deliveryId != null && !firstDelivery(deliveryId, platform)) {
      return Optional.empty();
    }
    Optional<Ticket> t;
    try {
      Optional<Long> id = refs.ticketAt(platform, card, ref);
      t = id.isEmpty() ? Optional.empty() : tickets.find(id.get());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
    if (t.isEmpty() || t.get().status() == TicketStatus.CLOSED) {
      return Optional.empty();
    }
    return Optional.of(reply(t.get().id(), actor, text));
  }

  /** Whether {@code user} is on the tech team (what the App Home shows them). */
  public boolean onTeam(String user) {
    return rules.onTeam(user);
  }

  /** The tech team (an adapter may add a membership source, such as a Slack user group). */
  public Team team() {
    return team;
  }

  /**
   * Subscribes an adapter's outbox: from now on it is handed the notices of every ticket change.
   */
  public void subscribe(Outbox outbox) {
    dispatcher.subscribe(outbox);
  }

  /** How many subscribed platforms have a channel for the weekly summary. */
  public int summaryPlatforms() {
    return dispatcher.summaryPlatforms();
  }

  /** Posts the weekly summary through every subscribed outbox; returns how many took it. */
  public int postSummary(org.deskbot.report.Digest digest) {
    return dispatcher.postSummary(digest);
  }

  /**
   * True the first time a platform delivers {@code deliveryId} (an event, activity or action id);
   * an adapter skips the work, and the second reply, when it is false.
   */
  public boolean firstDelivery(String deliveryId, String kind) throws ConversationException {
    try {
      return deliveries.first(deliveryId, kind, clock.instant());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * Lets a delivery be handled again when the platform delivers it again (see {@link
   * Deliveries#forget}).
   */
  public void forgetDelivery(String deliveryId, String kind) throws ConversationException {
    try {
      deliveries.forget(deliveryId, kind);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Where a platform put a ticket's message, if it did. */
  public java.util.Optional<String> message(long ticket, String platform, String kind)
      throws ConversationException {
    try {
      return refs.get(ticket, platform, kind);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** The school a teacher gave on their last ticket, "" if none (to pre-fill the form). */
  public String lastSchool(String user) throws ConversationException {
    try {
      return tickets.list(user, null, 1).stream().map(Ticket::school).findFirst().orElse("");
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  private TicketUpdate published(TicketUpdate update) {
    dispatcher.publish(update.ticket(), forChampion(update.ticket(), update.notices()));
    return update;
  }

  /**
   * While a ticket is with its champion the team's triage channel does not hear of it: what the
   * card would show reaches the champion instead (a card update as a notice without words, the
   * teacher's additions with theirs).
   */
  private static List<Notice> forChampion(Ticket t, List<Notice> notices) {
    if (!t.withChampion()) {
      return notices;
    }
    List<Notice> out = new ArrayList<>();
    for (Notice n : notices) {
      switch (n.kind()) {
        case TELL_REQUESTER, TELL_CHAMPION -> out.add(n);
        case TRIAGE_NEW, TRIAGE_UPDATE ->
            out.add(new Notice(Notice.Kind.TELL_CHAMPION, n.ticket(), t.champion(), "", ""));
        case TELL_TEAM ->
            out.add(new Notice(Notice.Kind.TELL_CHAMPION, n.ticket(), t.champion(), "", n.text()));
      }
    }
    return out;
  }

  /** Waits for pending deliveries, then stops the outbox queues. */
  @Override
  public void close() {
    dispatcher.close();
  }

  /**
   * Claiming or resolving {@code ticket}: the team's, or its champion's while it is still theirs (a
   * ticket past the champion's hours is handed over first).
   */
  private void requireWorker(long ticket, String actor, String what) throws ConversationException {
    handOverDue();
    try {
      rules.requireWorker(find(ticket), actor, what);
    } catch (StoreException | TicketException e) {
      throw ConversationException.of(e);
    }
  }

  /** The name of the champion {@code t} is with (their user id when not configured). */
  private String championName(Ticket t) {
    return rules.champions().byUser(t.champion()).map(c -> c.name()).orElse(t.champion());
  }

  private Ticket find(long ticket) throws StoreException, TicketException {
    Optional<Ticket> t = tickets.find(ticket);
    if (t.isEmpty()) {
      throw new TicketException(
          TicketException.Kind.NOT_FOUND, "no ticket " + Ticket.numberOf(ticket));
    }
    return t.get();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
