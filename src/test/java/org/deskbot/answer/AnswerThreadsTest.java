package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AnswerThreadsTest {
  @Test
  void workFromAVirtualThreadRunsOnAnAnswerThread() throws Exception {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    AtomicReference<Object> result = new AtomicReference<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                result.set(
                    AnswerThreads.run(
                        () -> {
                          ranOn.set(Thread.currentThread());
                          return "done";
                        }));
              } catch (Exception e) {
                result.set(e);
              }
            })
        .join();
    assertEquals("done", result.get());
    assertFalse(ranOn.get().isVirtual());
    assertTrue(ranOn.get().getName().startsWith("answer-"), ranOn.get().getName());
  }

  @Test
  void workFromAPlatformThreadRunsWhereItIs() throws Exception {
    Thread here = Thread.currentThread();
    assertSame(here, AnswerThreads.run(Thread::currentThread));
  }

  @Test
  void theWorksExceptionIsThrownAsIs() throws Exception {
    IOException failure = new IOException("index gone");
    AtomicReference<Exception> thrown = new AtomicReference<>();
    Thread.ofVirtual()
        .start(
            () ->
                thrown.set(
                    assertThrows(
                        IOException.class,
                        () ->
                            AnswerThreads.run(
                                () -> {
                                  throw failure;
                                }))))
        .join();
    assertSame(failure, thrown.get());
  }
}
