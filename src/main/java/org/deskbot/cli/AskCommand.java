package org.deskbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.deskbot.answer.Answer;
import org.deskbot.answer.Decision;
import org.deskbot.answer.DecisionModel;
import org.deskbot.answer.Explanation;
import org.deskbot.answer.Result;
import org.deskbot.answer.ResultJson;
import org.deskbot.chat.Screenshots;
import org.deskbot.chat.TypedText;
import org.deskbot.ocr.ImageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deskbot ask}: answers one question from the command line, as the bot would in chat. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description =
        "Answer a question from the indexed content: the best links, best first, with the passage that answers.")
public final class AskCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = CliFiles.JSON;

  @Mixin HomeOptions home;
  @Mixin AtOption at;

  @Parameters(
      paramLabel = "QUESTION",
      arity = "0..*",
      description = "The question, as a teacher would type it in chat (optional with --image).")
  List<String> words = List.of();

  @Option(
      names = "--image",
      paramLabel = "FILE",
      description =
          "A screenshot or photo of the error (PNG, JPEG, GIF, WebP, BMP, TIFF; at most 10,000,000 bytes): its text is read with Tesseract and searched with the question; the image is not stored. The JSON adds `image_text`.")
  Path image;

  @Option(names = "--json", description = "Print one JSON object: question, decision, results.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "3",
      description = "At most N links (1-10). Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--explain",
      description =
          "Also say why: each feature's value and contribution to the score, the bias, the score and the thresholds.")
  boolean explain;

  @Option(
      names = "--as",
      paramLabel = "USER",
      description =
          "Ask as this user, through the conversation service: recorded like a chat question (the JSON adds `interaction`).")
  String as;

  @Option(
      names = "--thread",
      paramLabel = "KEY",
      description =
          "With --as: the conversation this message belongs to; a follow-up in it is searched with the earlier messages (the JSON adds `context_used`), and \"that didn't work\" is feedback on the last answer.")
  String thread;

  @Override
  public Integer call() throws IOException {
    String typed = TypedText.plain(String.join(" ", words));
    String imageText = image == null ? null : imageText(image);
    String question = imageText == null ? typed : (typed + " " + imageText).strip();
    if (question.isEmpty()) {
      throw new ExitException(
          image == null ? ExitException.USAGE : ExitException.FAILED,
          image == null ? "the question is empty" : "no words in the image and no question");
    }
    if (limit < 1 || limit > 10) {
      throw new ExitException(ExitException.USAGE, "--limit must be between 1 and 10");
    }
    if (thread != null && as == null) {
      throw new ExitException(ExitException.USAGE, "--thread needs --as USER");
    }
    if (as != null) {
      return askAs(question, typed, imageText);
    }
    try (Wiring.Engine engine = Wiring.openEngine(home.settings())) {
      Answer answer =
          Wiring.events(home.settings(), engine.searcher())
              .offer(engine.answers().answer(question, limit), at.clock(home.settings()).instant());
      Explanation why =
          explain ? Explanation.of(answer, engine.answers().decisionModel(answer)) : null;
      if (json) {
        ObjectNode o = toJson(answer);
        if (why != null) {
          o.set("explain", why.toJson());
        }
        if (image != null) {
          o.put("question", typed);
          o.put("image_text", imageText == null ? null : redactor().redact(imageText));
        }
        System.out.println(JSON.writeValueAsString(o));
      } else {
        print(answer, System.out, System.console() != null);
        if (why != null) {
          print(why, System.out);
        }
      }
    } catch (IOException e) {
      throw new ExitException(ExitException.FAILED, e.getMessage());
    }
    return 0;
  }

  private int askAs(String question, String typed, String imageText) throws IOException {
    try (Wiring.Conversation conversation =
        Wiring.openConversation(home.settings(), at.clock(home.settings()))) {
      var reply =
          conversation
              .service()
              .ask(
                  new org.deskbot.chat.ConversationService.Incoming(
                      "cli", as, "cli", typed, null, imageText == null ? "" : imageText),
                  thread);
      if (json) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", image == null ? question : typed);
        if (image != null) {
          o.put("image_text", imageText == null ? null : redactor().redact(imageText));
        }
        o.put("decision", reply.decision());
        o.put("interaction", reply.interaction());
        o.put("category", reply.category());
        if (thread != null) {
          o.put("context_used", reply.contextUsed());
        }
        o.set("results", ResultJson.of(reply.links()));
        System.out.println(JSON.writeValueAsString(o));
      } else {
        System.out.println(reply.text());
        int n = 1;
        for (Result r : reply.links()) {
          String at = r.seconds() >= 0 ? " — at " + Result.clock(r.seconds()) : "";
          System.out.printf(
              "%n%d. [%s] %s%s%n   %s%n   %s%n",
              n++, r.type().label(), r.title(), at, r.url(), r.snippet());
        }
        System.out.println();
        System.out.println(
            "interaction "
                + reply.interaction()
                + (reply.buttons().isEmpty()
                    ? ""
                    : ": `deskbot feedback "
                        + reply.interaction()
                        + " solved|not-solved`, `deskbot escalate "
                        + reply.interaction()
                        + "`"));
      }
      return 0;
    } catch (org.deskbot.chat.ConversationException e) {
      throw Conversations.exit(e);
    }
  }

  private org.deskbot.privacy.Redactor redactor() {
    return new org.deskbot.privacy.Redactor(home.settings().studentIdPatterns());
  }

  /**
   * The text of the image, cleaned; null (with one line on stderr) when it could not be read
   * (Tesseract not installed). A missing, too large or not-an-image file ends the command before
   * anything is stored.
   */
  private static String imageText(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new ExitException(ExitException.USAGE, "image not found: " + file);
      }
      Screenshots.Words words =
          Screenshots.fromEnvironment(System.getenv())
              .read(
                  List.of(
                      new Screenshots.Picture(
                          name, null, Files.size(file), () -> Files.readAllBytes(file))));
      if (words.text().isEmpty()) {
        System.err.println("deskbot: " + words.unread());
        return null;
      }
      return words.text().get();
    } catch (ImageException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new ExitException(ExitException.FAILED, "cannot read the image: " + e.getMessage());
    }
  }

  static ObjectNode toJson(Answer answer) {
    ObjectNode o = JSON.createObjectNode();
    o.put("question", answer.question());
    o.put("decision", answer.decision().label());
    o.set("results", ResultJson.of(answer.results()));
    return o;
  }

  static void print(Explanation why, PrintStream out) {
    out.printf("%nWhy: %s, because %s.%n", why.decision().label(), why.reason());
    out.printf("  %-16s %8s %13s%n", "feature", "value", "contribution");
    for (DecisionModel.Contribution c : why.features()) {
      out.printf("  %-16s %8.3f %+13.3f%n", c.name(), c.value(), c.contribution());
    }
    out.printf("  %-16s %8s %+13.3f%n", "bias", "", why.bias());
    out.printf("  %-16s %8s %+13.3f%n", "score", "", why.score());
    out.printf(
        "  confidence %.3f; answer at %.3f or more, suggest at %.3f or more, else escalate%n",
        why.confidence(), why.answerAt(), why.suggestAt());
  }

  /** The answer as the bot would word it, highlighting matched words on a terminal. */
  static void print(Answer answer, PrintStream out, boolean terminal) {
    switch (answer.decision()) {
      case ANSWER -> out.println("Here is what should help:");
      case SUGGEST -> out.println("I'm not sure, but these might help:");
      case ESCALATE ->
          out.println(
              "I couldn't find a good answer in the team's help for that. A specialist can take it from here.");
    }
    if (answer.decision() == Decision.ESCALATE && answer.results().isEmpty()) {
      return;
    }
    if (answer.decision() == Decision.ESCALATE) {
      out.println("The closest things I found:");
    }
    int n = 1;
    for (Result r : answer.results()) {
      String at = r.seconds() >= 0 ? " — at " + Result.clock(r.seconds()) : "";
      out.printf(
          "%n%d. [%s] %s%s%n   %s%n   %s%n",
          n++, r.type().label(), r.title(), at, r.url(), highlight(r, terminal));
    }
  }

  private static String highlight(Result r, boolean terminal) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    String on = terminal ? "\u001b[1m" : "*";
    String off = terminal ? "\u001b[0m" : "*";
    for (int[] h : r.highlights()) {
      if (h[0] < last || h[1] > r.snippet().length()) {
        continue;
      }
      sb.append(r.snippet(), last, h[0]).append(on).append(r.snippet(), h[0], h[1]).append(off);
      last = h[1];
    }
    sb.append(r.snippet().substring(last));
    return sb.toString();
  }
}
