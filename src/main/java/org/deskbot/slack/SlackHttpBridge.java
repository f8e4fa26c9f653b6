package org.deskbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/**
 * HTTP mode: a signed request at {@code POST /slack/events} from our server into Bolt, and Bolt's
 * response back.
 */
final class SlackHttpBridge {
  private final App app;
  private final SlackRequestParser parser;
  private final RequestSignature signature;

  SlackHttpBridge(App app, String signingSecret) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signature = new RequestSignature(signingSecret);
  }

  HttpResponse handle(HttpRequest request) throws Exception {
    String refused =
        signature.refusal(
            request.header("x-slack-request-timestamp"),
            request.header("x-slack-signature"),
            request.body(),
            java.time.Instant.now());
    if (refused != null) {
      return HttpResponse.error(401, refused);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    Map<String, List<String>> query = new LinkedHashMap<>();
    request.queryParams().forEach((k, v) -> query.put(k, List.of(v)));
    Request<?> slackRequest =
        parser.parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(request.path())
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(request.bodyText())
                .remoteAddress(
                    request.remote() == null ? "" : request.remote().getAddress().getHostAddress())
                .build());
    if (slackRequest == null) {
      return HttpResponse.error(400, "not a Slack request");
    }
    Response r;
    try {
      r = app.run(slackRequest);
    } catch (com.google.gson.JsonParseException e) {
      return HttpResponse.error(400, "the Slack payload could not be read: " + e.getMessage());
    }
    String type = r.getContentType() == null ? "text/plain; charset=utf-8" : r.getContentType();
    byte[] body = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
    HttpResponse out =
        new HttpResponse(r.getStatusCode() == null ? 200 : r.getStatusCode(), type, body, Map.of());
    if (r.getHeaders() != null) {
      for (var h : r.getHeaders().entrySet()) {
        if (!h.getValue().isEmpty() && !h.getKey().equalsIgnoreCase("content-type")) {
          out = out.withHeader(h.getKey(), h.getValue().get(0));
        }
      }
    }
    return out;
  }
}
