package org.deskbot.config;

/** A setting that is missing or wrong: printed as one line, exit code 2. */
public class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
