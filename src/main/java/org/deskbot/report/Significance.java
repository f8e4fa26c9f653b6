package org.deskbot.report;

/** The two-proportion z test behind the category-shift flag. */
public final class Significance {
  private Significance() {}

  /** Below this p-value a shift is significant. */
  public static final double ALPHA = 0.05;

  /**
   * A shift is only flagged when the category occurred at least this often in the week and baseline
   * together.
   */
  public static final long MIN_COUNT = 10;

  /** ... and each period has at least this many questions and tickets. */
  public static final long MIN_TOTAL = 20;

  /**
   * Two-sided p-value for {@code x1/n1} vs {@code x2/n2}; 1 when undefined (an empty period, or no
   * variance).
   */
  public static double pValue(long x1, long n1, long x2, long n2) {
    if (n1 <= 0 || n2 <= 0) {
      return 1;
    }
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0 || Double.isNaN(se)) {
      return 1;
    }
    double z = Math.abs(p1 - p2) / se;
    return Math.min(1, 2 * (1 - normalCdf(z)));
  }

  /** Whether the shift is flagged: significant at {@link #ALPHA} with the minimum counts met. */
  public static boolean significant(long x1, long n1, long x2, long n2) {
    return x1 + x2 >= MIN_COUNT
        && n1 >= MIN_TOTAL
        && n2 >= MIN_TOTAL
        && pValue(x1, n1, x2, n2) < ALPHA;
  }

  /** The standard normal CDF (Abramowitz and Stegun 7.1.26 for erf, error below 1.5e-7). */
  static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * x);
    double erf =
        1
            - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                    + 0.254829592)
                * t
                * Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
  }
}
