/**
 * deskbot's settings, read once a run ({@link org.deskbot.config.Settings}): {@code deskbot.yml},
 * then the environment. The parts with settings of their own (server, web, Slack, Teams, the weekly
 * summary) type them from {@link org.deskbot.config.ConfigSource}, which {@code Settings} carries.
 *
 * <p>Must not depend on the parts that read it (the edges, {@code report}, {@code storage}) or on
 * {@code cli}.
 */
package org.deskbot.config;
