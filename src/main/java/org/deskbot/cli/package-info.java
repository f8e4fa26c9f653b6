/**
 * The command line: one class per command, and the one place deskbot is put together ({@link
 * org.deskbot.cli.Wiring}; {@link org.deskbot.cli.Serving} runs {@code serve}). Commands parse
 * their options, ask the wiring for what they need and print; they do not reach into each other.
 *
 * <p>May depend on every package; nothing depends on it but {@link org.deskbot.Main}.
 */
package org.deskbot.cli;
