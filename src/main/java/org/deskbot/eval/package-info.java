/**
 * Answer quality measured on question files: success@k, MRR, nDCG, escalation F1, video-time
 * accuracy, and the checked-in figures {@code eval --check} compares with.
 *
 * <p>Depends on {@code answer} and {@code ingest}; must not depend on {@code chat}, the edges,
 * {@code storage} or {@code cli}.
 */
package org.deskbot.eval;
