package org.deskbot.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a returned link is compared with an expected one (see the question-file format). */
public final class Links {
  private Links() {}

  private static final Pattern TIME_PARAM = Pattern.compile("([?&])(?:t|start)=[^&#]*&?");
  private static final Pattern TIME_VALUE = Pattern.compile("[?&](?:t|start)=(\\d+)");

  /**
   * Equal after removing a {@code t}/{@code start} parameter and a trailing slash; the fragment
   * counts only when the expected link has one.
   */
  public static boolean matches(String returned, String expected) {
    String e = normalize(expected);
    String r = normalize(returned);
    if (!e.contains("#")) {
      int hash = r.indexOf('#');
      if (hash >= 0) {
        r = r.substring(0, hash);
      }
    }
    return r.equals(e);
  }

  /**
   * A link without its video time ({@code t}/{@code start}) and trailing slash: the content item it
   * points at.
   */
  public static String normalize(String url) {
    String fragment = "";
    int hash = url.indexOf('#');
    if (hash >= 0) {
      fragment = url.substring(hash);
      url = url.substring(0, hash);
    }
    url = TIME_PARAM.matcher(url).replaceAll("$1");
    url = url.replaceAll("[?&]$", "");
    if (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url + fragment;
  }

  /** The video time in a link ({@code t=123} / {@code t=123s} / {@code start=123}), or -1. */
  public static int seconds(String url) {
    Matcher m = TIME_VALUE.matcher(url);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
