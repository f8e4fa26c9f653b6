package org.deskbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Greetings, thanks and "ok": a friendly word back, and not counted as questions. */
final class SmallTalk {
  private SmallTalk() {}

  private static final Pattern GREETING =
      Pattern.compile(
          "(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|hola|buenos dias|buenas)( there| all| team| deskbot| everyone)?[!. ]*");
  private static final Pattern THANKS =
      Pattern.compile(
          "(thanks|thank you|thx|ty|thank u|many thanks|thanks a lot|thanks so much|thank you so much|gracias|cheers|appreciate it)( deskbot| so much| again)?[!. ]*");
  private static final Pattern OK =
      Pattern.compile(
          "(ok|okay|k|kk|cool|great|got it|perfect|awesome|sounds good|will do|nice|yes|no|sure|np|no problem|👍)[!. ]*");

  private static final Pattern SMILEY = Pattern.compile("[:;]-?[)(dp]");

  static Optional<String> reply(String cleaned) {
    String s = SMILEY.matcher(cleaned.toLowerCase(Locale.ROOT).strip()).replaceAll("").strip();
    if (GREETING.matcher(s).matches()) {
      return Optional.of(
          "Hi! Ask me anything about your tech: logins, devices, Wi-Fi, printing, apps, grades or the board in your room.");
    }
    if (THANKS.matcher(s).matches()) {
      return Optional.of("You're welcome! Ask again any time.");
    }
    if (OK.matcher(s).matches()) {
      return Optional.of("👍 I'm here if you need anything else.");
    }
    return Optional.empty();
  }
}
