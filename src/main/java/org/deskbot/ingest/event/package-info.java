/**
 * Live sessions from iCalendar files (Google Calendar and Outlook exports), read with ical4j
 * offline: one {@code event} entry per event or series, with its {@link
 * org.deskbot.ingest.Schedule} kept as written.
 *
 * <p>Depends on {@code ingest} and ical4j; nothing downstream. {@code answer.EventCalendar} reads
 * {@link org.deskbot.ingest.event.EventReader#about} to leave an event's place out of its topic.
 */
package org.deskbot.ingest.event;
