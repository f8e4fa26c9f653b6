package org.deskbot.answer;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The few platform threads answers run on. Lucene keeps an analyzer's token streams per thread: a
 * request served on a virtual thread of its own rebuilt them (and contended on Lucene's purge of
 * dead threads' values) on every answer — under load 51 answers/s instead of 133. Work started on a
 * virtual thread is handed to these threads; work already on a platform thread (the CLI, Bolt's
 * workers, these threads themselves) runs where it is. As many threads as cores: that also bounds
 * the CPU that answers take from everything else.
 */
public final class AnswerThreads {
  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Math.max(2, Runtime.getRuntime().availableProcessors()),
          Thread.ofPlatform().name("answer-", 0).daemon(true).factory());

  private AnswerThreads() {}

  /**
   * Runs {@code work} on an answer thread when called from a virtual thread; its exception is
   * thrown as is.
   */
  public static <T> T run(Callable<T> work) throws Exception {
    if (!Thread.currentThread().isVirtual()) {
      return work.call();
    }
    try {
      return POOL.submit(work).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
