/**
 * The Lucene index: field names, an item as a document, the incremental writer, and the embeddings
 * beside it (the in-process model, its cache, where onnxruntime's native libraries are loaded
 * from).
 *
 * <p>Depends on {@code ingest}; must not depend on {@code answer}, {@code chat}, the edges, {@code
 * storage} or {@code cli}.
 */
package org.deskbot.index;
