package org.deskbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot serve}: the web page and the chat adapters over one conversation service. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the chat page, the team's dashboard and (when configured) Slack and Teams.")
public final class ServeCommand implements Callable<Integer> {
  @Mixin HomeOptions home;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to bind. Default: server.host or 127.0.0.1.")
  String host;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port. Default: server.port or 8080; 0 picks a free one.")
  Integer port;

  @Override
  public Integer call() throws Exception {
    Serving.run(home.settings(), host, port, System.out);
    return 0;
  }
}
