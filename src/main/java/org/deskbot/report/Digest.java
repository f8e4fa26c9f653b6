package org.deskbot.report;

/**
 * The weekly summary as a chat post: headline text (Markdown-ish, short), the chart as PNG and its
 * text alternative, and where the full report lives.
 */
public record Digest(
    String week, String text, byte[] chartPng, String chartAlt, String reportUrl) {}
