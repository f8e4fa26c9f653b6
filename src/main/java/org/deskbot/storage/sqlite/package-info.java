/**
 * The SQL implementations of the stores the features declare ({@code escalate.TicketStore}, {@code
 * report.InteractionLog} and {@code ReportStore}, {@code chat.Deliveries}, {@code
 * chat.SessionStore}), with numbered migrations, on the SQLite file or a PostgreSQL server ({@link
 * org.deskbot.storage.sqlite.Dialect} holds the few statements that differ). The package keeps its
 * first name so the stores' history stays in one place.
 *
 * <p>Must not depend on the edges ({@code slack}, {@code teams}, {@code web}, {@code server}) or on
 * {@code cli}; only {@code cli} builds it.
 */
package org.deskbot.storage.sqlite;
