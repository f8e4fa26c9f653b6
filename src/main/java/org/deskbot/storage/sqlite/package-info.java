/**
 * The SQLite implementations of the stores the features declare ({@code escalate.TicketStore},
 * {@code report.InteractionLog} and {@code ReportStore}, {@code chat.Deliveries}), with numbered
 * migrations.
 *
 * <p>Must not depend on the edges ({@code slack}, {@code teams}, {@code web}, {@code server}) or on
 * {@code cli}; only {@code cli} builds it.
 */
package org.deskbot.storage.sqlite;
