/**
 * Self-paced training modules (Markdown): an entry for the introduction and one for each lesson.
 *
 * <p>Depends on {@code ingest} and {@code ingest.newsletter} (Markdown text and lint); nothing
 * downstream.
 */
package org.deskbot.ingest.module;
