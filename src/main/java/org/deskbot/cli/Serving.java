package org.deskbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.deskbot.chat.ConversationException;
import org.deskbot.config.Settings;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.WeeklyPoster;
import org.deskbot.server.Adapter;
import org.deskbot.server.Chores;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;
import org.deskbot.server.ServerSettings;
import org.deskbot.server.WebServer;
import org.deskbot.storage.sqlite.SqliteLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} (and the end of {@code demo}): listens, starts the edges that {@link Wiring} built,
 * schedules the chores (the weekly summary and the daily retention run, the server's only
 * schedule), and stops it all, newest first, on Ctrl-C.
 */
final class Serving {
  private static final Logger LOG = LoggerFactory.getLogger(Serving.class);

  private Serving() {}

  /** Serves until the process is stopped (Ctrl-C); {@code host}, {@code port}: null keeps. */
  static void run(Settings settings, String host, Integer port, PrintStream out) throws Exception {
    ServerSettings server = Wiring.serverSettings(settings).with(host, port);
    if (port != null && (port < 0 || port > 65535)) {
      throw new ExitException(ExitException.USAGE, "--port must be between 0 and 65535");
    }
    try (Wiring.Conversation conversation = Wiring.openConversation(settings)) {
      List<Adapter> adapters = Wiring.adapters(settings, server, conversation);
      WeeklyPoster poster = Wiring.weeklyPoster(settings, conversation);
      Router router = new Router();
      router.get("/healthz", r -> HttpResponse.json(200, Map.of("status", "ok")));
      for (Adapter a : adapters) {
        a.mount(router);
      }
      CountDownLatch stopped = new CountDownLatch(1);
      List<Adapter> started = new ArrayList<>();
      try (WebServer web = listen(server, router);
          Chores chores = new Chores(Clock.systemUTC())) {
        out.println(
            "deskbot is serving " + settings.home() + " at " + server.baseUrl(web.port()) + "/");
        for (Adapter a : adapters) {
          String line = a.start();
          started.add(a);
          if (!line.isBlank()) {
            out.println("  " + a.name() + ": " + line);
          }
        }
        SqliteLeases leases = new SqliteLeases(conversation.stores().db(), instance());
        out.println(
            "  weekly summary: "
                + scheduleSummary(chores, poster, leased(leases, "weekly-summary", POST_LEASE)));
        Runnable purge = () -> purge(conversation, server.retentionDays());
        chores.every(
            Duration.ofMinutes(1),
            Duration.ofDays(1),
            () -> leased(leases, "purge", PURGE_LEASE).accept(Instant.now(), purge));
        if (!settings.champions().people().isEmpty()) {
          chores.every(Duration.ofSeconds(30), Duration.ofMinutes(1), () -> handOver(conversation));
          out.println(
              "  champions: "
                  + settings.champions().people().size()
                  + ", unclaimed tickets go to the team after "
                  + settings.champions().hours()
                  + " school hours");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
      } finally {
        for (Adapter a : started.reversed()) {
          try {
            a.close();
          } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", a.name(), e.toString());
          }
        }
      }
    }
  }

  /**
   * Tickets their champions left unclaimed past their hours go to the team (checked each minute).
   */
  private static void handOver(Wiring.Conversation conversation) {
    try {
      conversation.service().handOverDue();
    } catch (Exception e) {
      LOG.warn("could not hand unclaimed champion tickets to the team: {}", e.toString());
    }
  }

  /**
   * The weekly summary: a post missed while the server was down at once, then at every posting
   * time; returns the start-up line.
   */
  private static String scheduleSummary(Chores chores, WeeklyPoster poster, Lease lease) {
    if (!poster.posts()) {
      return "not posted (report.post is off)";
    }
    Instant now = Instant.now();
    chores.now(() -> lease.accept(now, () -> poster.postFor(poster.lastDue(now))));
    Instant next = poster.nextDue(now);
    chores.at(
        next,
        due -> poster.nextDue(due.plusSeconds(1)),
        due -> lease.accept(Instant.now(), () -> poster.postFor(due)));
    return poster.when(next);
  }

  /**
   * The daily purge's lease: one instance of those sharing the database runs it in a day (a few
   * hours short of one, so the holder's next daily run renews it).
   */
  static final Duration PURGE_LEASE = Duration.ofHours(20);

  /**
   * The weekly post's lease: long enough to build and send the summary, so two instances do not
   * both build it; once it is sent, the week's delivery key keeps it from going out again.
   */
  static final Duration POST_LEASE = Duration.ofMinutes(15);

  /** Runs a chore if this instance holds its lease. */
  @FunctionalInterface
  interface Lease {
    void accept(Instant now, Runnable chore);
  }

  private static Lease leased(SqliteLeases leases, String name, Duration length) {
    return (now, chore) -> {
      try {
        if (leases.take(name, now, length)) {
          chore.run();
        } else {
          LOG.debug("{}: another instance holds the lease", name);
        }
      } catch (StoreException e) {
        LOG.warn("{} skipped: {}", name, e.getMessage());
      }
    };
  }

  /** This instance's name in the leases it takes: host, process and a random part. */
  private static String instance() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "localhost";
    }
    return host + "/" + ProcessHandle.current().pid() + "/" + java.util.UUID.randomUUID();
  }

  /** The daily retention run: raw text older than the retention period is cleared; counts stay. */
  private static void purge(Wiring.Conversation conversation, int retentionDays) {
    try {
      int n = conversation.service().purge(Instant.now().minus(Duration.ofDays(retentionDays)));
      if (n > 0) {
        LOG.info(
            "retention: cleared the text of {} questions and tickets older than {} days",
            n,
            retentionDays);
      }
    } catch (ConversationException e) {
      LOG.warn("retention run failed: {}", e.getMessage());
    }
  }

  private static WebServer listen(ServerSettings server, Router router) {
    String where = server.host() + ":" + server.port();
    try {
      return WebServer.start(server.host(), server.port(), router);
    } catch (BindException e) {
      throw new ExitException(
          ExitException.FAILED,
          "cannot listen on "
              + where
              + " ("
              + e.getMessage()
              + "); is another deskbot running? Try --port");
    } catch (IOException e) {
      throw new ExitException(
          ExitException.FAILED, "cannot listen on " + where + ": " + e.getMessage());
    }
  }
}
