/**
 * The interaction log and the weekly deflection summary: the figures ({@link
 * org.deskbot.report.WeeklyFigures}), their text, HTML, CSV, JSON and charts, the school calendar,
 * past tickets imported, and the weekly post ({@link org.deskbot.report.WeeklyPoster}, scheduled by
 * {@code serve}).
 *
 * <p>Depends on {@code escalate}, {@code config} and {@code csv}; must not depend on {@code server}
 * or the other edges, on {@code chat}, {@code storage} or {@code cli}.
 */
package org.deskbot.report;
