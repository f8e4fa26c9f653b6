package org.deskbot.escalate;

import java.time.Instant;

/**
 * Test tickets without the 19-argument constructor: {@code Tickets.aTicket().status(CLAIMED)
 * .assignee("luis").build()}. Unset fields are an open printing ticket from teacher U1 on Slack.
 */
public final class Tickets {
  private long id = 1;
  private String requester = "U1";
  private String platform = "slack";
  private String place = "C1/1.0";
  private String school = "Oak";
  private String urgency = "normal";
  private String category = "printing";
  private String question = "printer jam";
  private String details = "";
  private String suggested = "[]";
  private TicketStatus status = TicketStatus.OPEN;
  private String assignee;
  private Instant createdAt = Instant.parse("2026-11-02T14:00:00Z");
  private Instant claimedAt;
  private Instant firstResponseAt;
  private Instant resolvedAt;
  private Integer minutes;
  private String resolution;
  private Long interactionId = 7L;
  private String champion;
  private Instant handedAt;

  private Tickets() {}

  public static Tickets aTicket() {
    return new Tickets();
  }

  public Tickets id(long id) {
    this.id = id;
    return this;
  }

  public Tickets requester(String requester) {
    this.requester = requester;
    return this;
  }

  public Tickets platform(String platform) {
    this.platform = platform;
    return this;
  }

  public Tickets place(String place) {
    this.place = place;
    return this;
  }

  public Tickets school(String school) {
    this.school = school;
    return this;
  }

  public Tickets urgency(String urgency) {
    this.urgency = urgency;
    return this;
  }

  public Tickets category(String category) {
    this.category = category;
    return this;
  }

  public Tickets question(String question) {
    this.question = question;
    return this;
  }

  public Tickets details(String details) {
    this.details = details;
    return this;
  }

  public Tickets suggested(String suggested) {
    this.suggested = suggested;
    return this;
  }

  public Tickets status(TicketStatus status) {
    this.status = status;
    return this;
  }

  public Tickets assignee(String assignee) {
    this.assignee = assignee;
    return this;
  }

  public Tickets createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public Tickets claimedAt(Instant claimedAt) {
    this.claimedAt = claimedAt;
    return this;
  }

  public Tickets firstResponseAt(Instant firstResponseAt) {
    this.firstResponseAt = firstResponseAt;
    return this;
  }

  public Tickets resolvedAt(Instant resolvedAt) {
    this.resolvedAt = resolvedAt;
    return this;
  }

  public Tickets minutes(Integer minutes) {
    this.minutes = minutes;
    return this;
  }

  public Tickets resolution(String resolution) {
    this.resolution = resolution;
    return this;
  }

  public Tickets interactionId(Long interactionId) {
    this.interactionId = interactionId;
    return this;
  }

  public Tickets champion(String champion) {
    this.champion = champion;
    return this;
  }

  public Tickets handedAt(Instant handedAt) {
    this.handedAt = handedAt;
    return this;
  }

  public Ticket build() {
    return new Ticket(
        id,
        requester,
        platform,
        place,
        school,
        urgency,
        category,
        question,
        details,
        suggested,
        status,
        assignee,
        createdAt,
        claimedAt,
        firstResponseAt,
        resolvedAt,
        minutes,
        resolution,
        interactionId,
        champion,
        handedAt);
  }
}
