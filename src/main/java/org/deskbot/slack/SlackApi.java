package org.deskbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Calls one Web API method: waits and tries again when Slack answers 429 with {@code Retry-After},
 * and turns {@code "ok": false} into an exception that names the method and Slack's error code.
 */
final class SlackApi {
  /** The longest wait honoured for one 429 (longer waits are cut to this). */
  static final Duration MAX_WAIT = Duration.ofSeconds(30);

  static final int ATTEMPTS = 4;

  @FunctionalInterface
  interface Call<T> {
    T run() throws IOException, SlackApiException;
  }

  /**
   * Posts {@code text} to {@code channel} (in {@code thread} when not null; with {@code blocks}
   * when not null). Links and media are never unfurled: the bot's links are the answer, and a
   * preview would repeat them, or show a video's thumbnail instead of its second.
   */
  static ChatPostMessageResponse post(
      MethodsClient client, String channel, String thread, String text, String blocks)
      throws Failed, InterruptedException {
    return call(
        "chat.postMessage",
        () ->
            client.chatPostMessage(
                r -> {
                  r.channel(channel)
                      .threadTs(thread)
                      .text(text)
                      .unfurlLinks(false)
                      .unfurlMedia(false);
                  return blocks == null ? r : r.blocksAsString(blocks);
                }));
  }

  /** A Web API call that failed: the method and Slack's error code, never the token. */
  static final class Failed extends Exception {
    private final String error;

    Failed(String method, String error) {
      super(method + " failed: " + error, null, false, false);
      this.error = error;
    }

    String error() {
      return error;
    }
  }

  private SlackApi() {}

  static <T extends SlackApiTextResponse> T call(String method, Call<T> call)
      throws Failed, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        T r = call.run();
        if (!r.isOk()) {
          throw new Failed(method, r.getError());
        }
        return r;
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429 && attempt < ATTEMPTS) {
          Thread.sleep(retryAfter(e.getResponse().header("Retry-After")).toMillis());
          continue;
        }
        throw new Failed(
            method,
            status == 429
                ? "rate limited"
                : e.getError() != null && e.getError().getError() != null
                    ? e.getError().getError()
                    : "HTTP " + status);
      } catch (IOException e) {
        throw new Failed(method, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /** Seconds from a {@code Retry-After} header; 1 s when absent or unreadable. */
  static Duration retryAfter(String header) {
    try {
      long s = header == null ? 1 : Long.parseLong(header.strip());
      Duration d = Duration.ofSeconds(Math.max(0, s));
      return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
