package org.deskbot.server;

/**
 * A part of {@code deskbot serve} at the edge: the web pages, Slack, Teams. It adds its routes, may
 * start background work (a Socket Mode connection, a schedule), and stops it on close.
 */
public interface Adapter extends AutoCloseable {
  /** A short name for the start-up lines ("web", "slack", "teams"). */
  String name();

  void mount(Router router);

  /** Starts background work after the server listens; returns a line for the console, or "". */
  default String start() throws Exception {
    return "";
  }

  @Override
  default void close() throws Exception {}
}
