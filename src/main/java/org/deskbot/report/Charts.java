package org.deskbot.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The report's two charts as PNG (XChart, headless), each with its text alternative. */
public final class Charts {
  private Charts() {}

  public static final String TREND = "trend";
  public static final String CATEGORIES = "categories";
  public static final String CAPACITY = "capacity";

  /** Async uses (bars, left axis) beside tickets opened (line, right axis), week by week. */
  public static byte[] capacity(WeeklyFigures f) throws IOException {
    CategoryChart chart =
        chart(
            "Async uses and tickets opened, last " + f.capacity().size() + " weeks",
            "ISO week",
            "async uses");
    List<String> weeks = new ArrayList<>();
    List<Long> uses = new ArrayList<>();
    List<Long> tickets = new ArrayList<>();
    for (WeeklyFigures.CapacityPoint p : f.capacity()) {
      weeks.add(p.week().substring(5));
      uses.add(p.asyncUses());
      tickets.add(p.ticketsOpened());
    }
    chart.addSeries("async uses", weeks, uses).setFillColor(new Color(0x2E8B57));
    var line = chart.addSeries("tickets opened", weeks, tickets);
    line.setChartCategorySeriesRenderStyle(
        org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
    line.setLineColor(new Color(0x8A1C1C));
    line.setMarkerColor(new Color(0x8A1C1C));
    line.setYAxisGroup(1);
    chart.setYAxisGroupTitle(1, "tickets opened");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.getStyler().setYAxisMin(1, 0.0);
    return png(chart);
  }

  /** Weekly questions and confirmed deflections over the trend weeks. */
  public static byte[] trend(WeeklyFigures f) throws IOException {
    CategoryChart chart =
        chart(
            "Questions and confirmed deflections, last " + f.trend().size() + " weeks",
            "ISO week",
            "count");
    List<String> weeks = new ArrayList<>();
    List<Long> questions = new ArrayList<>();
    List<Long> confirmed = new ArrayList<>();
    for (WeeklyFigures.TrendPoint p : f.trend()) {
      weeks.add(p.week().substring(5));
      questions.add(p.questions());
      confirmed.add(p.confirmedDeflections());
    }
    chart.addSeries("questions", weeks, questions).setFillColor(new Color(0x1F4E79));
    chart.addSeries("confirmed deflections", weeks, confirmed).setFillColor(new Color(0x2E8B57));
    return png(chart);
  }

  /** This week's category shares against the baseline. */
  public static byte[] categories(WeeklyFigures f) throws IOException {
    CategoryChart chart =
        chart(
            "Category shares, "
                + f.week()
                + " vs the previous "
                + Measures.BASELINE_WEEKS
                + " weeks (* significant shift)",
            "category",
            "share (%)");
    List<String> names = new ArrayList<>();
    List<Double> now = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    for (WeeklyFigures.CategoryShift c :
        f.categories().subList(0, Math.min(10, f.categories().size()))) {
      names.add(c.category().isBlank() ? "(none)" : c.category() + (c.significant() ? " *" : ""));
      now.add(c.share() * 100);
      base.add(c.baselineShare() * 100);
    }
    if (names.isEmpty()) {
      names.add("no questions");
      now.add(0.0);
      base.add(0.0);
    }
    chart.addSeries("this week", names, now).setFillColor(new Color(0x1F4E79));
    chart.addSeries("baseline", names, base).setFillColor(new Color(0xB0B7BF));
    chart.getStyler().setXAxisLabelRotation(names.size() > 5 ? 30 : 0);
    return png(chart);
  }

  /** The text alternative of a chart: one sentence a screen reader can say. */
  public static String alt(WeeklyFigures f, String name) {
    if (CAPACITY.equals(name)) {
      WeeklyFigures.CapacityPoint first = f.capacity().get(0);
      WeeklyFigures.CapacityPoint last = f.capacity().get(f.capacity().size() - 1);
      return "Chart of the capacity picture from "
          + first.week()
          + " to "
          + last.week()
          + ": async uses of the team's supports (bars) and tickets opened (line) each week; "
          + first.asyncUses()
          + " async uses and "
          + first.ticketsOpened()
          + " tickets in the first week, "
          + last.asyncUses()
          + " async uses and "
          + last.ticketsOpened()
          + " tickets in the last. "
          + Capacity.of(f).text()
          + " The table beside it has every week, with the minutes spent.";
    }
    if (TREND.equals(name)) {
      WeeklyFigures.TrendPoint first = f.trend().get(0);
      WeeklyFigures.TrendPoint last = f.trend().get(f.trend().size() - 1);
      return "Bar chart of weekly questions and confirmed deflections from "
          + first.week()
          + " to "
          + last.week()
          + ": "
          + first.questions()
          + " questions ("
          + first.confirmedDeflections()
          + " confirmed) in the first week, "
          + last.questions()
          + " questions ("
          + last.confirmedDeflections()
          + " confirmed) in the last. The table beside it has every week.";
    }
    StringBuilder s =
        new StringBuilder(
            "Bar chart of each category's share of the week's questions and tickets against the previous "
                + Measures.BASELINE_WEEKS
                + " weeks");
    List<WeeklyFigures.CategoryShift> flagged =
        f.categories().stream().filter(WeeklyFigures.CategoryShift::significant).toList();
    if (flagged.isEmpty()) {
      s.append("; no significant shift");
    } else {
      s.append("; significant shifts: ");
      for (int i = 0; i < flagged.size(); i++) {
        WeeklyFigures.CategoryShift c = flagged.get(i);
        s.append(i == 0 ? "" : ", ")
            .append(c.category())
            .append(' ')
            .append(c.direction())
            .append(" from ")
            .append(pct(c.baselineShare()))
            .append(" to ")
            .append(pct(c.share()));
      }
    }
    return s.append(". The table beside it has every category.").toString();
  }

  static String pct(double share) {
    return Math.round(share * 1000) / 10.0 + "%";
  }

  private static CategoryChart chart(String title, String x, String y) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(760)
            .height(380)
            .title(title)
            .xAxisTitle(x)
            .yAxisTitle(y)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setYAxisMin(0.0);
    return chart;
  }

  private static byte[] png(CategoryChart chart) throws IOException {
    return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
  }
}
