package org.deskbot.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = Redactor.standard();

  @Test
  void emailStudentIdAndPhone() {
    assertEquals(
        "my student [email] (ID [student-id]) can't log in, call me [phone]",
        redactor.redact(
            "my student jane.doe@hvps.org (ID 2034567) can't log in, call me 508-555-0134"));
  }

  @Test
  void phoneFormats() {
    assertEquals(
        "call [phone] or [phone] or [phone]",
        redactor.redact("call (508) 555-0134 or 508.555.0134 or +1 508 555 0134"));
  }

  @Test
  void roomNumbersYearsAndTimesStay() {
    String s = "room 204 since 2024 at 10:30, 3 kids, chromebook 12";
    assertEquals(s, redactor.redact(s));
  }

  @Test
  void districtPatterns() {
    Redactor custom = new Redactor(List.of("\\bS\\d{5}\\b"));
    assertEquals(
        "student [student-id] needs a loaner", custom.redact("student S12345 needs a loaner"));
  }

  @Test
  void aDistrictPatternWithoutDigitsIsAppliedToATextWithoutDigits() {
    Redactor custom = new Redactor(List.of("\\bkid-[a-z]{4}\\b", Redactor.DEFAULT_STUDENT_ID));
    assertEquals("[student-id] cannot log in", custom.redact("kid-abcd cannot log in"));
  }
}
