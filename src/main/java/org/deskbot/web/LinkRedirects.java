package org.deskbot.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.deskbot.report.LinkStore;
import org.deskbot.report.LinkTracker;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;

/**
 * {@code GET /go/<id>}: a link deskbot sent. The fetch is recorded as a click (the link's
 * interaction, resource and platform, and the time; no IP address, no user agent) and answered with
 * a 302 to the one address stored with the id. Any other id gets a 404 page: nothing here redirects
 * to an address deskbot did not send.
 */
public final class LinkRedirects implements Adapter {
  private static final byte[] NOT_FOUND =
      """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>
      <body><main><h1>This link is not known</h1>
      <p>deskbot did not send this link, or it was mistyped. Ask your question again to get a fresh one.</p>
      </main></body></html>
      """
          .getBytes(StandardCharsets.UTF_8);

  private final LinkStore links;
  private final Clock clock;

  public LinkRedirects(LinkStore links) {
    this(links, Clock.systemUTC());
  }

  public LinkRedirects(LinkStore links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "links";
  }

  @Override
  public void mount(Router router) {
    // everything under /go/ answers here, so a mistyped link gets the page, not a JSON error
    router.get(
        "/go/*",
        r -> go(r.path().substring(Math.min(r.path().length(), 4)), "HEAD".equals(r.method())));
  }

  /** {@code peek}: a HEAD request is answered like a fetch but is not a click. */
  HttpResponse go(String id, boolean peek) throws Exception {
    if (!LinkTracker.wellFormed(id)) {
      return notFound();
    }
    Optional<String> target = peek ? links.target(id) : links.click(id, clock.instant());
    if (target.isEmpty()) {
      return notFound();
    }
    // no-store: every fetch reaches deskbot and is counted; no-referrer: the id stays here
    return new HttpResponse(302, "text/plain; charset=utf-8", new byte[0], Map.of())
        .withHeader("Location", target.get())
        .withHeader("Cache-Control", "no-store")
        .withHeader("Referrer-Policy", "no-referrer");
  }

  private static HttpResponse notFound() {
    return new HttpResponse(404, "text/html; charset=utf-8", NOT_FOUND, Map.of())
        .withHeader("Cache-Control", "no-store");
  }
}
