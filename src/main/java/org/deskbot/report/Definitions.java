package org.deskbot.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The definitions behind every figure: part of the product, printed in every report. */
public final class Definitions {
  private Definitions() {}

  /** Term → definition, in the order they are printed. */
  public static Map<String, String> all() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("question", "a help request to the bot; greetings, thanks and \"ok\" are not questions.");
    d.put(
        "confirmed deflection",
        "answered or suggested, the teacher pressed \"That solved it\", and no ticket came from that thread within "
            + Measures.CONFIRM_DAYS
            + " days.");
    d.put(
        "probable deflection",
        "answered or suggested, no feedback, and no ticket from that teacher in the same category within "
            + Measures.PROBABLE_SCHOOL_DAYS
            + " school days. Reported separately, never merged into the confirmed figure:"
            + " silence is not counted as success. For the last days of a week the 2-school-day window may still be open.");
    d.put(
        "escalation",
        "a ticket was opened in the week, from the bot or directly (imported and web-form tickets included).");
    d.put(
        "deflection rate",
        "confirmed deflections / questions (the headline); the probable rate is shown beside it. No questions: no rate.");
    d.put(
        "category shift",
        "each category's share of the week's questions plus tickets opened without a question, against the trailing "
            + Measures.BASELINE_WEEKS
            + " weeks; flagged when a two-proportion z test gives p < "
            + Significance.ALPHA
            + ", the category occurred at least "
            + Significance.MIN_COUNT
            + " times in the week and baseline together, and each period had at least "
            + Significance.MIN_TOTAL
            + " questions and tickets.");
    d.put(
        "time spent",
        "minutes logged on tickets resolved in the week; medians of time to first response (tickets first answered in the week)"
            + " and to resolution (tickets resolved in the week), counted in school hours only (school days, school-day hours, holidays excluded).");
    d.put(
        "time saved (estimate)",
        "confirmed deflections x the category's median minutes per ticket over the trailing "
            + Measures.MINUTES_WEEKS
            + " weeks, summed over categories (the median over all categories when a category had no resolved tickets).");
    d.put(
        "content gaps",
        "escalated or unanswered questions grouped by shared words, largest group first, with example questions:"
            + " what to write or film next. Questions whose text was removed by retention are counted, not shown.");
    d.put(
        "resource use",
        "how often each FAQ, video, tip or module was linked in an answer or suggestion, and how often the teacher"
            + " then pressed \"That solved it\" (every link shown in that answer is credited).");
    d.put(
        "link clicks",
        "fetches of the links deskbot sent in answers (PUBLIC_URL/go/...), counted in the week of the fetch;"
            + " every fetch counts, so one teacher opening a link twice is two clicks. No IP address or browser is recorded."
            + " Without server.public_url links are sent as they are and clicks are not counted.");
    d.put(
        "clicked then solved",
        "answers given in the week whose teacher clicked a link and pressed \"That solved it\".");
    d.put(
        "async use",
        "link clicks + newsletter opens + video views + module completions + page views in the week; the last four"
            + " are the team's own counts, imported with `deskbot import engagement` and counted on their date.");
    d.put(
        "capacity",
        "tickets opened and minutes spent beside async use, week by week, with their correlation over the weeks"
            + " that counted async use: whether they move together, never proof that one causes the other.");
    d.put("privacy", "reports name no teacher; example questions are stored redacted.");
    return d;
  }
}
