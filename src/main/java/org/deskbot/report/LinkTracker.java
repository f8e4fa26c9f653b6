package org.deskbot.report;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.deskbot.answer.Result;
import org.deskbot.escalate.StoreException;
import org.deskbot.eval.Links;

/**
 * Turns the links deskbot sends into {@code PUBLIC_URL/go/<id>}, so that a fetch is counted as a
 * click before it is sent on to the real address. Without a public URL, links go out as they are
 * and nothing is counted.
 */
public final class LinkTracker {
  /** 128 random bits, base64url without padding: 22 characters nobody can guess. */
  private static final int ID_BYTES = 16;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final LinkStore store;
  private final String base;
  private final Clock clock;

  private LinkTracker(LinkStore store, String base, Clock clock) {
    this.store = store;
    this.base = base;
    this.clock = clock;
  }

  /** Links go out as they are; clicks are not counted. */
  public static LinkTracker off() {
    return new LinkTracker(null, null, null);
  }

  /** Links go out through {@code publicUrl}'s {@code /go/}; off when {@code publicUrl} is blank. */
  public static LinkTracker through(String publicUrl, LinkStore store, Clock clock) {
    if (publicUrl == null || publicUrl.isBlank()) {
      return off();
    }
    String root = publicUrl.strip().replaceAll("/+$", "");
    return new LinkTracker(store, root + "/go/", clock);
  }

  /** True when sent links are counted. */
  public boolean counting() {
    return store != null;
  }

  /** The links of an answer sent on {@code platform}, each as a tracked link of its own. */
  public List<Result> track(long interaction, String platform, List<Result> links)
      throws StoreException {
    if (!counting() || links.isEmpty()) {
      return links;
    }
    List<LinkStore.SentLink> sent = new ArrayList<>();
    List<Result> out = new ArrayList<>();
    for (Result r : links) {
      LinkStore.SentLink s =
          new LinkStore.SentLink(
              newId(),
              r.url(),
              Links.normalize(r.url()),
              r.title(),
              r.type().label(),
              interaction,
              platform);
      sent.add(s);
      out.add(
          new Result(
              r.type(),
              r.title(),
              base + s.id(),
              r.score(),
              r.snippet(),
              r.highlights(),
              r.seconds(),
              r.category(),
              null));
    }
    store.save(sent, clock.instant());
    return out;
  }

  /** One link sent outside an answer (the weekly post's link to the report). */
  public String track(String url, String title, String type, String platform)
      throws StoreException {
    if (!counting()) {
      return url;
    }
    LinkStore.SentLink s =
        new LinkStore.SentLink(newId(), url, Links.normalize(url), title, type, null, platform);
    store.save(List.of(s), clock.instant());
    return base + s.id();
  }

  /**
   * True when {@code id} has the shape of an id this class makes (anything else is not looked up).
   */
  public static boolean wellFormed(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static String newId() {
    byte[] b = new byte[ID_BYTES];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
