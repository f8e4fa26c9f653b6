package org.deskbot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what must not be stored from a teacher's text before anything is written: e-mail
 * addresses, phone numbers and student-ID patterns (the district's own patterns can be added).
 */
public final class Redactor {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w-])(\\+?1[ .-]?)?(\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])");

  /**
   * The default student-ID pattern: a run of 6 to 9 digits (room numbers and years are shorter).
   */
  public static final String DEFAULT_STUDENT_ID = "(?<![\\w.-])\\d{6,9}(?![\\w-])";

  private final List<Pattern> studentIds;

  public Redactor(List<String> studentIdPatterns) {
    List<Pattern> ps = new ArrayList<>();
    for (String p : studentIdPatterns) {
      ps.add(Pattern.compile(p));
    }
    this.studentIds = List.copyOf(ps);
  }

  public static Redactor standard() {
    return new Redactor(List.of(DEFAULT_STUDENT_ID));
  }

  /** The text with each match replaced by a label saying what was there. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    // most questions have no '@' and no digit: an address needs the one, a phone number or the
    // default student id the other (ASCII, as \d means here), and a text without is not searched
    String s = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("[email]");
    boolean digits = s.chars().anyMatch(c -> c >= '0' && c <= '9');
    if (digits) {
      s = PHONE.matcher(s).replaceAll("[phone]");
    }
    for (Pattern p : studentIds) {
      if (digits || !p.pattern().equals(DEFAULT_STUDENT_ID)) {
        s = p.matcher(s).replaceAll("[student-id]");
      }
    }
    return s;
  }
}
