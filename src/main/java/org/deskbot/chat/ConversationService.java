package org.deskbot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deskbot.answer.Answer;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.ChatText;
import org.deskbot.answer.Decision;
import org.deskbot.answer.EventCalendar;
import org.deskbot.answer.Result;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketEvent;
import org.deskbot.escalate.TicketStore;
import org.deskbot.ingest.ContentType;
import org.deskbot.privacy.Redactor;
import org.deskbot.report.Interaction;
import org.deskbot.report.InteractionLog;

/**
 * The platform-neutral conversation every adapter speaks through: a message becomes an answer,
 * feedback is recorded, an escalation becomes a ticket, and the team works the ticket. It returns
 * {@link Notice}s for the adapters to deliver; it never talks to a platform itself.
 */
public final class ConversationService implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AnswerEngine answers;
  private final QuestionClassifier classifier;
  private final InteractionLog log;
  private final TicketStore tickets;
  private final Redactor redactor;
  private final Team team;
  private final Clock clock;
  private final Deliveries deliveries;
  private final MessageRefs refs;
  private final Dispatcher dispatcher = new Dispatcher();
  private final EventCalendar events;

  public ConversationService(
      AnswerEngine answers,
      QuestionClassifier classifier,
      InteractionLog log,
      TicketStore tickets,
      Deliveries deliveries,
      MessageRefs refs,
      Redactor redactor,
      Team team,
      Clock clock) {
    this(
        answers,
        classifier,
        log,
        tickets,
        deliveries,
        refs,
        redactor,
        team,
        clock,
        EventCalendar.NONE);
  }

  /** {@code events}: the live sessions offered beside answers and named when a person is asked. */
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
      EventCalendar events) {
    this.events = events;
    this.deliveries = deliveries;
    this.refs = refs;
    this.answers = answers;
    this.classifier = classifier;
    this.log = log;
    this.tickets = tickets;
    this.redactor = redactor;
    this.team = team;
    this.clock = clock;
  }

  /**
   * A message from a teacher. {@code deliveryId} (the platform's event id) makes retries harmless.
   */
  public record Incoming(
      String platform, String user, String place, String text, String deliveryId) {}

  /** What the teacher fills in to reach a person. */
  public record EscalationForm(String school, String urgency, String details) {}

  /** A ticket after a change, with what the adapters must deliver. */
  public record TicketUpdate(Ticket ticket, List<Notice> notices) {}

  /** A question, a greeting or a thank-you: answered and recorded. */
  public Reply ask(Incoming in) throws ConversationException {
    String cleaned = ChatText.clean(in.text());
    Instant now = clock.instant();
    var small = SmallTalk.reply(cleaned);
    try {
      if (cleaned.isEmpty() || small.isPresent()) {
        String text =
            small.orElse("Ask me a question about your tech and I'll find the right help.");
        Interaction i =
            log.record(
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
                now,
                in.deliveryId());
        return new Reply(i.id(), Interaction.NOT_A_QUESTION, text, List.of(), List.of(), "");
      }
      Answer a = events.offer(answers.answer(cleaned, 3), now);
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
                  resultsJson(a.results())),
              now,
              in.deliveryId());
      return reply(i, a, category.label());
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "search failed: " + e.getMessage());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  private static Reply reply(Interaction i, Answer a, String category) {
    String text =
        switch (a.decision()) {
          case ANSWER -> "Here is what should help:";
          case SUGGEST -> "I'm not sure, but these might help:";
          case ESCALATE ->
              "es".equals(a.language()) && a.results().isEmpty()
                  ? "No encontré una respuesta en español. ¿Quiere que una persona del equipo le ayude?"
                  : "I couldn't find a good answer to that in the team's help. Want a person from the tech team to take it?";
        };
    List<Result> sessions =
        a.results().stream().filter(r -> r.type() == ContentType.EVENT).toList();
    // a live session on the topic is worth offering even when no document answers
    List<Result> links = a.decision() == Decision.ESCALATE ? sessions : a.results();
    if (a.decision() == Decision.ESCALATE && !sessions.isEmpty()) {
      text += " Or join the live session below.";
    }
    List<String> buttons =
        a.decision() == Decision.ESCALATE
            ? List.of(Reply.NEED_HELP)
            : List.of(Reply.SOLVED, Reply.NEED_HELP);
    return new Reply(i.id(), a.decision().label(), text, links, buttons, category);
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
      Interaction i =
          log.find(interaction)
              .orElseThrow(
                  () ->
                      new ConversationException(
                          ConversationException.Kind.NOT_FOUND, "no interaction " + interaction));
      if (!i.userId().equals(user) && !team.includes(user)) {
        throw new ConversationException(
            ConversationException.Kind.FORBIDDEN,
            "only the teacher who asked can say whether it helped");
      }
      return log.feedback(interaction, solved ? "solved" : "not-solved", clock.instant());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /**
   * "I still need help" → a ticket with what the bot already suggested; the triage channel is told.
   */
  public TicketUpdate escalate(
      long interaction, String user, EscalationForm form, String deliveryId)
      throws ConversationException {
    try {
      Interaction i =
          log.find(interaction)
              .orElseThrow(
                  () ->
                      new ConversationException(
                          ConversationException.Kind.NOT_FOUND, "no interaction " + interaction));
      if (!i.userId().equals(user) && !team.includes(user)) {
        throw new ConversationException(
            ConversationException.Kind.FORBIDDEN,
            "only the teacher who asked can escalate this question");
      }
      if (i.ticketId() != null) {
        Ticket existing = tickets.find(i.ticketId()).orElseThrow();
        return new TicketUpdate(existing, List.of());
      }
      if (!i.feedback().equals("solved")) {
        log.feedback(interaction, "not-solved", clock.instant());
      }
      String urgency =
          form.urgency() == null || form.urgency().isBlank()
              ? "normal"
              : form.urgency().strip().toLowerCase(java.util.Locale.ROOT);
      if (!List.of("low", "normal", "high", "urgent").contains(urgency)) {
        throw new ConversationException(
            ConversationException.Kind.INVALID, "urgency must be low, normal, high or urgent");
      }
      Ticket t =
          tickets.create(
              new TicketStore.NewTicket(
                  i.userId(),
                  i.platform(),
                  i.place(),
                  nullToEmpty(form.school()),
                  urgency,
                  i.category(),
                  i.question(),
                  redactor.redact(form.details()),
                  i.results(),
                  i.id()),
              clock.instant(),
              deliveryId);
      log.linkTicket(i.id(), t.id());
      List<Notice> notices =
          List.of(
              new Notice(
                  Notice.Kind.TELL_REQUESTER,
                  t.number(),
                  t.requester(),
                  t.place(),
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
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
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

  /** A specialist takes the ticket. */
  public TicketUpdate claim(long ticket, String actor) throws ConversationException {
    requireTeam(actor, "claim tickets");
    try {
      Ticket t = tickets.claim(ticket, actor, clock.instant());
      return published(
          new TicketUpdate(
              t,
              List.of(
                  new Notice(
                      Notice.Kind.TRIAGE_UPDATE,
                      t.number(),
                      "",
                      "",
                      t.number() + " claimed by " + actor),
                  new Notice(
                      Notice.Kind.TELL_REQUESTER,
                      t.number(),
                      t.requester(),
                      t.place(),
                      actor + " from the tech team is on it (" + t.number() + ")."))));
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
      Ticket before =
          tickets
              .find(ticket)
              .orElseThrow(
                  () ->
                      new ConversationException(
                          ConversationException.Kind.NOT_FOUND, "no ticket " + number(ticket)));
      if (!team.includes(actor) && !actor.equals(before.requester())) {
        throw new ConversationException(
            ConversationException.Kind.FORBIDDEN,
            "only the tech team and the teacher who asked can reply on " + before.number());
      }
      Ticket t = tickets.reply(ticket, actor, redactor.redact(text), clock.instant());
      List<Notice> notices = new ArrayList<>();
      if (team.includes(actor)) {
        notices.add(
            new Notice(Notice.Kind.TELL_REQUESTER, t.number(), t.requester(), t.place(), text));
      }
      notices.add(
          new Notice(
              Notice.Kind.TRIAGE_UPDATE, t.number(), "", "", actor + " replied on " + t.number()));
      if (!team.includes(actor)) {
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
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Resolved, with the minutes spent; the teacher is told. */
  public TicketUpdate resolve(long ticket, String actor, int minutes, String resolution)
      throws ConversationException {
    requireTeam(actor, "resolve tickets");
    if (minutes < 0 || minutes > 10_000) {
      throw new ConversationException(
          ConversationException.Kind.INVALID, "minutes spent must be between 0 and 10000");
    }
    try {
      Ticket t =
          tickets.resolve(
              ticket, actor, minutes, redactor.redact(nullToEmpty(resolution)), clock.instant());
      String told =
          "Ticket "
              + t.number()
              + " is resolved"
              + (t.resolution().isBlank()
                  ? "."
                  : ": " + t.resolution().strip().replaceAll("[.!]+$", "") + ".");
      tickets.note(ticket, "deskbot", TicketEvent.NOTIFIED, t.requester(), clock.instant());
      return published(
          new TicketUpdate(
              t,
              List.of(
                  new Notice(
                      Notice.Kind.TELL_REQUESTER,
                      t.number(),
                      t.requester(),
                      t.place(),
                      told + " Reply here if it isn't."),
                  new Notice(
                      Notice.Kind.TRIAGE_UPDATE,
                      t.number(),
                      "",
                      "",
                      t.number() + " resolved by " + actor + " (" + minutes + " min)"))));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Back to work: the teacher says it is not fixed, or the team reopens it. */
  public TicketUpdate reopen(long ticket, String actor) throws ConversationException {
    try {
      Ticket before =
          tickets
              .find(ticket)
              .orElseThrow(
                  () ->
                      new ConversationException(
                          ConversationException.Kind.NOT_FOUND, "no ticket " + number(ticket)));
      if (!team.includes(actor) && !actor.equals(before.requester())) {
        throw new ConversationException(
            ConversationException.Kind.FORBIDDEN,
            "only the tech team and the teacher who asked can reopen " + before.number());
      }
      Ticket t = tickets.reopen(ticket, actor, clock.instant());
      return published(
          new TicketUpdate(
              t,
              List.of(
                  new Notice(
                      Notice.Kind.TRIAGE_UPDATE,
                      t.number(),
                      "",
                      "",
                      t.number() + " reopened by " + actor))));
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** A ticket as {@code viewer} may see it: the team sees all, a teacher only their own. */
  public Ticket ticket(long ticket, String viewer) throws ConversationException {
    try {
      Ticket t =
          tickets
              .find(ticket)
              .orElseThrow(
                  () ->
                      new ConversationException(
                          ConversationException.Kind.NOT_FOUND, "no ticket " + number(ticket)));
      if (viewer != null && !team.includes(viewer) && !viewer.equals(t.requester())) {
        throw new ConversationException(
            ConversationException.Kind.FORBIDDEN,
            "only the tech team can see other people's tickets");
      }
      return t;
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  /** Tickets {@code viewer} may see: the team's whole queue, or a teacher's own. */
  public List<Ticket> tickets(String viewer, org.deskbot.escalate.TicketStatus status)
      throws ConversationException {
    try {
      return tickets.list(viewer == null || team.includes(viewer) ? null : viewer, status, 500);
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
  public Optional<String> addToWorkedTicket(
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
      worked =
          tickets.list(requester, null, 500).stream()
              .filter(t -> platform.equals(t.platform()) && from.test(t.place()))
              .filter(
                  t ->
                      t.status() == org.deskbot.escalate.TicketStatus.OPEN
                          || t.status() == org.deskbot.escalate.TicketStatus.CLAIMED)
              .findFirst();
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
      return tickets.countByStatus(viewer == null || team.includes(viewer) ? null : viewer);
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
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

  /** Remembers where a platform put a ticket's message (its triage card), to update it later. */
  public void rememberMessage(long ticket, String platform, String kind, String ref)
      throws ConversationException {
    try {
      refs.put(ticket, platform, kind, ref);
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
    dispatcher.publish(update.ticket(), update.notices());
    return update;
  }

  /** Waits for pending deliveries, then stops the outbox queues. */
  @Override
  public void close() {
    dispatcher.close();
  }

  private void requireTeam(String actor, String what) throws ConversationException {
    if (!team.includes(actor)) {
      throw new ConversationException(
          ConversationException.Kind.FORBIDDEN, "only the tech team can " + what);
    }
  }

  private static String number(long id) {
    return "T-" + (id + Ticket.NUMBER_OFFSET);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String resultsJson(List<Result> results) {
    ArrayNode arr = JSON.createArrayNode();
    for (Result r : results) {
      var o = arr.addObject();
      o.put("type", r.type().label());
      o.put("title", r.title());
      o.put("url", r.url());
      o.put("score", Math.round(r.score() * 1000) / 1000.0);
      if (r.start() != null) {
        o.put("start", r.start().toString()); // which session was offered
      }
    }
    return arr.toString();
  }
}
