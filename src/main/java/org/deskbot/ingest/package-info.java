/**
 * Reading the content folder: the reader interface, {@link org.deskbot.ingest.KnowledgeItem}, the
 * incremental {@link org.deskbot.ingest.Ingestor} and its counted {@link
 * org.deskbot.ingest.IngestReport}; one subpackage per format.
 *
 * <p>The start of the flow: must not depend on {@code index}, {@code answer}, {@code chat}, the
 * edges, {@code storage} or {@code cli}.
 */
package org.deskbot.ingest;
