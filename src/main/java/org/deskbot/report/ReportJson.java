package org.deskbot.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The figures as JSON: snake_case keys, null for an undefined rate or median. */
public final class ReportJson {
  private ReportJson() {}

  static final ObjectMapper JSON = new ObjectMapper();

  public static ObjectNode of(WeeklyFigures f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("week", f.week());
    o.put("from", f.from());
    o.put("to", f.to());
    o.put("time_zone", f.timeZone());
    o.put("questions", f.questions());
    o.put("not_questions", f.notQuestions());
    o.put("listened", f.listened());
    o.put("answered_unasked", f.answeredUnasked());
    o.put("answered", f.answered());
    o.put("unanswered", f.unanswered());
    o.put("confirmed_deflections", f.confirmedDeflections());
    o.put("probable_deflections", f.probableDeflections());
    o.put("escalations", f.escalations());
    o.put("escalations_from_bot", f.escalationsFromBot());
    o.put("tickets_opened", f.ticketsOpened());
    o.put("tickets_resolved", f.ticketsResolved());
    o.put("deflection_rate", f.deflectionRate());
    o.put("probable_rate", f.probableRate());
    o.put("minutes_spent", f.minutesSpent());
    o.put("median_first_response_hours", f.medianFirstResponseHours());
    o.put("median_resolution_hours", f.medianResolutionHours());
    o.put("time_saved_minutes", f.timeSavedMinutes());
    ObjectNode saved = o.putObject("time_saved");
    saved.put("formula", f.timeSaved().formula());
    ArrayNode parts = saved.putArray("parts");
    for (WeeklyFigures.Saving s : f.timeSaved().parts()) {
      parts
          .addObject()
          .put("category", s.category())
          .put("confirmed", s.confirmed())
          .put("median_minutes", s.medianMinutes())
          .put("basis", s.basis())
          .put("minutes", s.minutes());
    }
    ArrayNode cats = o.putArray("categories");
    for (WeeklyFigures.CategoryShift c : f.categories()) {
      cats.addObject()
          .put("category", c.category())
          .put("count", c.count())
          .put("share", c.share())
          .put("baseline_count", c.baselineCount())
          .put("baseline_share", c.baselineShare())
          .put("p_value", c.pValue())
          .put("significant", c.significant())
          .put("direction", c.direction())
          .put("first_seen", c.firstSeen());
    }
    ArrayNode gaps = o.putArray("gaps");
    for (WeeklyFigures.Gap g : f.gaps()) {
      ObjectNode n = gaps.addObject().put("size", g.size()).put("category", g.category());
      g.keywords().forEach(n.putArray("keywords")::add);
      g.examples().forEach(n.putArray("examples")::add);
    }
    o.put("gaps_without_text", f.gapsWithoutText());
    ArrayNode res = o.putArray("resources");
    for (WeeklyFigures.ResourceUse r : f.resources()) {
      res.addObject()
          .put("title", r.title())
          .put("url", r.url())
          .put("type", r.type())
          .put("linked", r.linked())
          .put("solved", r.solved())
          .put("clicks", r.clicks());
    }
    o.putObject("events")
        .put("offered", f.events().offered())
        .put("clicked", f.events().clicked())
        .put("clicks_tracked", f.events().tracked());
    o.putObject("champions")
        .put("tickets", f.champions().tickets())
        .put("resolved", f.champions().resolved())
        .put("minutes", f.champions().minutes())
        .put("handed_to_team", f.champions().handedToTeam());
    ArrayNode trend = o.putArray("trend");
    for (WeeklyFigures.TrendPoint p : f.trend()) {
      trend
          .addObject()
          .put("week", p.week())
          .put("questions", p.questions())
          .put("confirmed_deflections", p.confirmedDeflections())
          .put("deflection_rate", p.deflectionRate())
          .put("tickets_opened", p.ticketsOpened())
          .put("tickets_resolved", p.ticketsResolved())
          .put("minutes_spent", p.minutesSpent());
      use(trend.get(trend.size() - 1), p.use());
    }
    ObjectNode engagement = o.putObject("engagement");
    engagement.put("clicks_counted", f.engagement().clicksCounted());
    use(engagement, f.engagement().use());
    ArrayNode byResource = engagement.putArray("by_resource");
    for (EngagementStore.ResourceCount r : f.engagement().byResource()) {
      byResource
          .addObject()
          .put("url", r.url())
          .put("title", r.title())
          .put("kind", r.kind())
          .put("count", r.count());
    }
    ArrayNode capacity = o.putArray("capacity");
    for (WeeklyFigures.CapacityPoint p : f.capacity()) {
      capacity
          .addObject()
          .put("week", p.week())
          .put("tickets_opened", p.ticketsOpened())
          .put("minutes_spent", p.minutesSpent())
          .put("async_uses", p.asyncUses());
    }
    Capacity.Together together = Capacity.of(f);
    o.putObject("capacity_together")
        .put("weeks", together.weeks())
        .put("tickets_correlation", together.tickets())
        .put("minutes_correlation", together.minutes())
        .put("text", together.text());
    ObjectNode defs = o.putObject("definitions");
    Definitions.all().forEach(defs::put);
    return o;
  }

  private static void use(com.fasterxml.jackson.databind.JsonNode node, EngagementStore.Usage u) {
    ((ObjectNode) node)
        .put("link_clicks", u.linkClicks())
        .put("clicked_then_solved", u.clickedThenSolved())
        .put("newsletter_opens", u.newsletterOpens())
        .put("video_views", u.videoViews())
        .put("module_completions", u.moduleCompletions())
        .put("page_views", u.pageViews());
  }
}
