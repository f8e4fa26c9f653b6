/**
 * The interaction log and the weekly deflection summary: the figures ({@link
 * org.deskbot.report.WeeklyFigures}), their text, HTML, CSV, JSON and charts, the school calendar,
 * past tickets imported, and the weekly post ({@link org.deskbot.report.WeeklyPoster}, scheduled by
 * {@code serve}); the async supports' use: tracked links ({@link org.deskbot.report.LinkTracker}),
 * the team's imported counts and the capacity picture.
 *
 * <p>Depends on {@code escalate}, {@code config} and {@code csv}, and on {@code answer} and {@code
 * eval} for the links it tracks and matches; must not depend on {@code server} or the other edges,
 * on {@code chat}, {@code storage} or {@code cli}.
 */
package org.deskbot.report;
