package org.deskbot.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deskbot.escalate.StoreException;

/** The links deskbot sent as {@code PUBLIC_URL/go/<id>}, and every fetch of one. */
public interface LinkStore {

  /**
   * A link as sent.
   *
   * @param id the random id in {@code /go/<id>}
   * @param target the one address {@code /go/<id>} redirects to (a video with its time)
   * @param resource the content item it points at ({@code target} without the video time)
   * @param interaction the answer it was sent in, or null (the weekly post)
   */
  record SentLink(
      String id,
      String target,
      String resource,
      String title,
      String type,
      Long interaction,
      String platform) {}

  /** Remembers links just sent. */
  void save(List<SentLink> links, Instant at) throws StoreException;

  /**
   * Records a click on {@code id} at {@code at} and returns where the link goes; empty, and nothing
   * recorded, when deskbot never sent such a link.
   */
  Optional<String> click(String id, Instant at) throws StoreException;

  /** Where {@code id} goes, without counting a click (a HEAD request); empty when unknown. */
  Optional<String> target(String id) throws StoreException;
}
