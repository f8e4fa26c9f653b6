/**
 * The HTTP server and what {@code serve} runs on it: the router, the {@link
 * org.deskbot.server.Adapter} interface the edges implement, the background {@link
 * org.deskbot.server.Chores} and how the server listens ({@link
 * org.deskbot.server.ServerSettings}).
 *
 * <p>Depends on {@code config} only: must not depend on the adapters ({@code slack}, {@code teams},
 * {@code web}), the features, {@code storage} or {@code cli}.
 */
package org.deskbot.server;
