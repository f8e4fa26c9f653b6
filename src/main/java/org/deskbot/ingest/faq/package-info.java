/**
 * FAQs: Markdown files with front matter, and spreadsheet exports (CSV) with one entry a row.
 *
 * <p>Depends on {@code ingest}, {@code ingest.newsletter} (Markdown text and lint) and {@code csv};
 * nothing downstream.
 */
package org.deskbot.ingest.faq;
