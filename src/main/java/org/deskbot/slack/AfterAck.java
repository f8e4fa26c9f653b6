package org.deskbot.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a handler does after acknowledging Slack (which wants an answer within 3 seconds), each
 * on its own virtual thread; failures are logged, never thrown at Slack.
 */
final class AfterAck implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AfterAck.class);

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

  void run(Work w) {
    work.execute(
        () -> {
          try {
            w.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Exception e) {
            LOG.warn("slack: {}", e.getMessage() == null ? e.toString() : e.getMessage());
          }
        });
  }

  @Override
  public void close() throws InterruptedException {
    work.shutdown();
    work.awaitTermination(5, TimeUnit.SECONDS);
  }
}
