package org.deskbot.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The weekly summary as the dashboard and the chat adapters use it. {@code week} is an ISO week
 * ({@code 2026-W47}); null means the last complete week.
 */
public interface Summaries {
  /** The week's figures: the same object {@code deskbot report --format json} prints. */
  JsonNode figures(String week) throws Exception;

  /**
   * One of the week's charts as PNG: {@code "trend"} (12 weeks) or {@code "categories"} (vs
   * baseline).
   */
  byte[] chart(String week, String name) throws Exception;

  /** The self-contained HTML report of the week. */
  String html(String week) throws Exception;

  /** The short chat post of the week, with its chart. */
  Digest digest(String week) throws Exception;
}
