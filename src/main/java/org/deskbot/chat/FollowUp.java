package org.deskbot.chat;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.deskbot.answer.Answer;
import org.deskbot.answer.Result;

/**
 * Whether a message leans on what came before in its conversation ("it still says no signal" after
 * "how do I connect my laptop to the panel?") and so is searched with that context, or starts
 * something new and is searched alone. The message is searched both ways and the two answers are
 * compared; the cues of a follow-up (a pronoun, a lead-in such as "what about", a short message)
 * and of a new topic ("different question", a full question of its own) weigh in. Measured on
 * {@code demo/followups/} (BENCHMARKS.md, "Follow-ups").
 */
public final class FollowUp {
  private FollowUp() {}

  /** Searches a text: the answer engine, with the number of links wanted. */
  @FunctionalInterface
  public interface Searcher {
    Answer search(String text, int limit) throws IOException;
  }

  /**
   * What was searched for a message.
   *
   * @param answer the answer shown
   * @param contextUsed whether the conversation's topic was searched with the message
   * @param text what was searched: the message, or the topic and the message; the next message's
   *     topic
   */
  public record Searched(Answer answer, boolean contextUsed, String text) {}

  /**
   * The signals the choice is made from (for measuring).
   *
   * @param cue a pronoun or a lead-in that points back ("it", "they", "what about", "still")
   * @param newTopic words that announce a new topic ("different question", "unrelated")
   * @param contentWords how many words of substance the message has on its own
   * @param aloneConfidence the decision model's confidence for the message alone
   * @param contextConfidence the same for the topic and the message together
   * @param agree whether the best link for the message alone is among the first three with context
   */
  public record Signals(
      boolean cue,
      boolean newTopic,
      int contentWords,
      double aloneConfidence,
      double contextConfidence,
      boolean agree) {}

  /**
   * A message the decision model is this sure of on its own, with nothing pointing back, is a
   * question of its own (dev half: every topic change without a cue scored at least 0.94 alone).
   */
  static final double CONFIDENT_ALONE = 0.9;

  /**
   * How much less sure the answer may get with the context when the message points back (dev half:
   * the leaning follow-ups that lost confidence lost less than 0.1).
   */
  static final double LOSS_ALLOWED = 0.15;

  /** At most this many words of earlier messages are searched with a follow-up. */
  static final int TOPIC_WORDS = 40;

  /** Searches {@code message} in a conversation whose topic is {@code topic} ("" when none). */
  public static Searched search(String topic, String message, int limit, Searcher searcher)
      throws IOException {
    Answer alone = searcher.search(message, limit);
    if (topic == null
        || topic.isBlank()
        || newTopic(message)
        || (alone.confidence() >= CONFIDENT_ALONE && !cue(message))) {
      // what leans() would decide whatever the context gave: no second search
      return new Searched(alone, false, message);
    }
    String together = compose(topic, message);
    Answer withContext = searcher.search(together, limit);
    Signals s = signals(message, alone, withContext);
    return leans(s)
        ? new Searched(withContext, true, together)
        : new Searched(alone, false, message);
  }

  /**
   * {@code message} after {@code earlier} messages of the same teacher in one conversation (oldest
   * first), each searched in turn as the conversation service does: greetings, thanks and "that
   * didn't work" set no topic.
   */
  public static Searched inConversation(
      List<String> earlier, String message, int limit, Searcher searcher) throws IOException {
    String topic = "";
    for (String m : earlier) {
      if (setsTopic(m)) {
        topic = search(topic, m, limit, searcher).text();
      }
    }
    return search(topic, message, limit, searcher);
  }

  /** Whether a message is a question that can be a topic (not small talk, not an empty line). */
  static boolean setsTopic(String message) {
    return message != null && !message.isBlank() && SmallTalk.reply(message).isEmpty();
  }

  /**
   * The choice. A new-topic phrase, or a confident question with nothing pointing back, keeps the
   * message alone; otherwise the context is used when it makes the answer surer, or, when the
   * message alone is unsure and points back (a cue or almost no words of its own), when the context
   * does not make the answer much less sure.
   */
  static boolean leans(Signals s) {
    if (s.newTopic()) {
      return false;
    }
    if (s.aloneConfidence() >= CONFIDENT_ALONE && !s.cue()) {
      return false;
    }
    double gain = s.contextConfidence() - s.aloneConfidence();
    if (gain > 0) {
      return true;
    }
    if (s.aloneConfidence() >= CONFIDENT_ALONE) {
      return false; // sure on its own, and the context only blurs it
    }
    return (s.cue() || s.contentWords() <= 2) && gain > -LOSS_ALLOWED;
  }

  /** The signals for {@code message} searched alone and with context. */
  public static Signals signals(String message, Answer alone, Answer withContext) {
    return new Signals(
        cue(message),
        newTopic(message),
        contentWords(message),
        alone.confidence(),
        withContext.confidence(),
        agree(alone, withContext));
  }

  /** The topic's last {@link #TOPIC_WORDS} words, then the message. */
  static String compose(String topic, String message) {
    String[] words = topic.strip().split("\\s+");
    String kept =
        words.length <= TOPIC_WORDS
            ? topic.strip()
            : String.join(" ", Arrays.copyOfRange(words, words.length - TOPIC_WORDS, words.length));
    return kept + " " + message.strip();
  }

  /** Words that point back at what came before. */
  private static final Pattern CUE =
      Phrases.any(
          "\\b(it|its|it's|this|that|these|those|they|them|their|theirs|there|he|she|him|her|his|same|one|ones)\\b",
          "^(and|also|but|so|then|still|even|what about|how about|what if|ok|okay|now|nope|tried|already)\\b",
          "\\b(still|anymore|again|instead|too|either)\\b");

  /** Phrases that say a new topic starts. */
  private static final Pattern NEW_TOPIC =
      Phrases.any(
          "\\b(different|another|separate|unrelated|new|other|random) (question|thing|topic|issue|problem)\\b",
          "\\bunrelated\\b",
          "\\bone more thing\\b",
          "\\bthat reminds me\\b",
          "\\bon another note\\b",
          "\\bchanging (the )?subject\\b",
          "\\bbtw\\b",
          "\\bby the way\\b");

  /** "ok thanks. how do I ..." closes the last topic when a full question follows. */
  private static final Pattern CLOSED_THEN_ASKED =
      Phrases.any(
          "^(ok|okay|thanks|thank you|thx|great|got it|perfect)([,.!]* (ok|okay|thanks|thank you|thx))*[,.!]+ ");

  static boolean cue(String message) {
    return CUE.matcher(message.strip()).find();
  }

  static boolean newTopic(String message) {
    String m = message.strip();
    return NEW_TOPIC.matcher(m).find()
        || (CLOSED_THEN_ASKED.matcher(m).find() && contentWords(m) >= 3);
  }

  private static final Set<String> FUNCTION_WORDS =
      new HashSet<>(
          List.of(
              ("a an the and or but so if then than of to in on at by for from with without about"
                      + " into onto over under after before again still also too very just only even"
                      + " i me my mine we us our you your he him his she her it its it's they them their"
                      + " this that these those there here what which who whom whose when where why how"
                      + " is are was were be been being am do does did done doing have has had having"
                      + " can could will would shall should may might must not no nope yes ok okay"
                      + " dont doesnt didnt wont cant isnt arent wasnt im ive id thats whats theres"
                      + " get got go goes going make makes made say says said keep keeps kept try tried"
                      + " thing things something anything nothing all any some same one ones other"
                      + " tho though though anymore instead either already now up out off"
                      + " really super all way still just")
                  .split(" ")));

  /** Words of substance in the message (not function words, longer than two letters). */
  static int contentWords(String message) {
    int n = 0;
    for (String w : message.toLowerCase(Locale.ROOT).replace("’", "'").split("[^\\p{L}\\p{N}']+")) {
      String word = w.replace("'", "");
      if (word.length() > 2 && !FUNCTION_WORDS.contains(word)) {
        n++;
      }
    }
    return n;
  }

  private static boolean agree(Answer alone, Answer withContext) {
    if (alone.results().isEmpty()) {
      return false;
    }
    String best = alone.results().get(0).url();
    return withContext.results().stream().limit(3).map(Result::url).anyMatch(best::equals);
  }
}
