package org.deskbot.chat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.deskbot.answer.Answer;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.Decision;
import org.deskbot.answer.Result;
import org.deskbot.escalate.StoreException;
import org.deskbot.privacy.Redactor;

/**
 * Messages in a conversation (one teacher, one thread, within the window): a follow-up is searched
 * with what came before ({@link FollowUp}); "that didn't work" and "thanks, that fixed it" are
 * verdicts on the last answer ({@link Verdicts}), recorded like the buttons, and a "didn't work"
 * gets the next best links not shown yet and the way to a person.
 */
record ConversationThreads(
    ConversationService service,
    AnswerEngine answers,
    ConversationMemory memory,
    Redactor redactor,
    Clock clock,
    Duration window) {
  /** Links of the re-ranking that may still be offered after "that didn't work". */
  static final int NEXT_DEPTH = 6;

  /**
   * Messages read first: the last question is nearly always among them, and a conversation kept
   * going all day (a DM, a page left open) can have hundreds, each read and decoded for every
   * message when they were all read. Only "that didn't work" needs every link the conversation
   * showed.
   */
  static final int RECENT = 20;

  Reply ask(ConversationService.Incoming in, String thread) throws ConversationException {
    String key = in.platform() + ":" + thread;
    String cleaned = in.words();
    Instant now = clock.instant();
    try {
      Instant from = now.minus(ConversationMemory.KEPT);
      List<Turn> turns = conversation(memory.latest(in.user(), key, from, RECENT), now);
      Optional<Verdicts.Verdict> verdict = Verdicts.of(cleaned);
      if (turns.size() == RECENT
          && (verdict.equals(Optional.of(Verdicts.Verdict.NOT_SOLVED))
              || lastQuestion(turns).isEmpty())) {
        // a long conversation: the links it showed, or its last question, may be further back
        turns = conversation(memory.since(in.user(), key, from), now);
      }
      Optional<Turn> last = lastQuestion(turns);
      if (verdict.isPresent() && last.isPresent() && last.get().interaction() > 0) {
        return verdict(in, key, cleaned, verdict.get(), last.get(), turns, now);
      }
      if (!FollowUp.setsTopic(cleaned)) {
        Reply r = service.ask(in);
        memory.add(in.user(), key, new Turn(now, Turn.Kind.OTHER, r.interaction(), "", List.of()));
        return r;
      }
      String topic = last.map(Turn::searched).orElse("");
      FollowUp.Searched s = FollowUp.search(topic, cleaned, 3, answers::answer);
      Reply r = service.answered(in, cleaned, s.answer()).withContextUsed(s.contextUsed());
      memory.add(
          in.user(),
          key,
          new Turn(
              now,
              Turn.Kind.QUESTION,
              r.interaction(),
              redactor.redact(s.text()),
              urls(r.links())));
      return r;
    } catch (IOException e) {
      throw new ConversationException(
          ConversationException.Kind.FAILED, "search failed: " + e.getMessage());
    } catch (StoreException e) {
      throw ConversationException.of(e);
    }
  }

  private static Optional<Turn> lastQuestion(List<Turn> turns) {
    return turns.reversed().stream().filter(t -> t.kind() == Turn.Kind.QUESTION).findFirst();
  }

  /**
   * The conversation's messages: back from the newest while each came within the window of the
   * next.
   */
  private List<Turn> conversation(List<Turn> recent, Instant now) {
    List<Turn> out = new ArrayList<>();
    Instant after = now;
    for (Turn t : recent.reversed()) {
      if (t.at().isAfter(after) || Duration.between(t.at(), after).compareTo(window) > 0) {
        break;
      }
      out.addFirst(t);
      after = t.at();
    }
    return out;
  }

  private Reply verdict(
      ConversationService.Incoming in,
      String key,
      String cleaned,
      Verdicts.Verdict verdict,
      Turn last,
      List<Turn> turns,
      Instant now)
      throws ConversationException, IOException, StoreException {
    boolean solved = verdict == Verdicts.Verdict.SOLVED;
    service.feedback(last.interaction(), in.user(), solved);
    service.notAQuestion(in, cleaned);
    if (solved) {
      memory.add(
          in.user(), key, new Turn(now, Turn.Kind.SOLVED, last.interaction(), "", List.of()));
      return new Reply(
          last.interaction(),
          "solved",
          "Glad that fixed it! I've noted that it helped.",
          List.of(),
          List.of(),
          "");
    }
    List<Result> next = next(last.searched(), turns);
    memory.add(
        in.user(), key, new Turn(now, Turn.Kind.NOT_SOLVED, last.interaction(), "", urls(next)));
    String text =
        next.isEmpty()
            ? "Sorry that didn't help, and I have nothing better in the team's help. Want a person from the tech team to take it?"
            : "Sorry that didn't help. These might, or a person from the tech team can take it:";
    return new Reply(last.interaction(), "not-solved", text, next, List.of(Reply.NEED_HELP), "");
  }

  /**
   * The next best links for the last question that were not shown in this conversation yet: from
   * the first {@link #NEXT_DEPTH} of its ranking, and only when the ranking is not a "no good
   * answer" (escalate); a video at another second is the same link.
   */
  private List<Result> next(String searched, List<Turn> turns) throws IOException {
    if (searched.isBlank()) {
      return List.of();
    }
    Answer again = answers.answer(searched, NEXT_DEPTH);
    if (again.decision() == Decision.ESCALATE) {
      return List.of();
    }
    Set<String> shown = new HashSet<>();
    turns.forEach(t -> t.shown().forEach(u -> shown.add(sameLink(u))));
    return again.results().stream()
        .filter(r -> !shown.contains(sameLink(r.url())))
        .limit(3)
        .toList();
  }

  private static final Pattern TIME = Pattern.compile("([?&])(?:t|start)=[^&#]*&?");

  /** A link without its time: the same video at another second is the same link. */
  static String sameLink(String url) {
    return TIME.matcher(url).replaceAll("$1").replaceAll("[?&]$", "");
  }

  private static List<String> urls(List<Result> links) {
    return links.stream().map(Result::url).toList();
  }
}
