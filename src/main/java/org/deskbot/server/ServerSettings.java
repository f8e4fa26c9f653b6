package org.deskbot.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;

/**
 * How {@code deskbot serve} listens and keeps house.
 *
 * @param host the address to bind ({@code server.host}, env {@code DESKBOT_HOST}; default
 *     127.0.0.1)
 * @param port the port ({@code server.port}, env {@code DESKBOT_PORT}; default 8080; 0 = any free
 *     port)
 * @param retentionDays raw question text older than this is cleared daily ({@code
 *     privacy.retention_days}, env {@code DESKBOT_RETENTION_DAYS}; default 180)
 * @param publicUrl how people reach this server, for links in chat ({@code server.public_url}, env
 *     {@code DESKBOT_PUBLIC_URL}; default {@code http://host:port})
 */
public record ServerSettings(String host, int port, int retentionDays, String publicUrl) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public static ServerSettings load(ConfigSource config) throws ConfigException {
    String host = config.string("server", "host", "DESKBOT_HOST", DEFAULT_HOST);
    int port = config.integer("server", "port", "DESKBOT_PORT", DEFAULT_PORT, 0, 65535);
    int retention =
        config.integer("privacy", "retention_days", "DESKBOT_RETENTION_DAYS", 180, 1, 36500);
    String url = config.string("server", "public_url", "DESKBOT_PUBLIC_URL", "");
    return new ServerSettings(host, port, retention, url);
  }

  /** A copy with the command line's {@code --host} / {@code --port} (null: keep). */
  public ServerSettings with(String host, Integer port) {
    return new ServerSettings(
        host == null ? this.host : host, port == null ? this.port : port, retentionDays, publicUrl);
  }

  /** True when bound to the loopback interface only (no sign-in needed there). */
  public boolean loopback() throws ConfigException {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new ConfigException("server.host `" + host + "` is not an address this machine knows");
    }
  }

  /** The base URL for links, given the port actually bound. */
  public String baseUrl(int boundPort) {
    if (!publicUrl.isBlank()) {
      return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + ("0.0.0.0".equals(host) ? "localhost" : h) + ":" + boundPort;
  }
}
