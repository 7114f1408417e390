package org.treatylab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.internal.chartpart.Chart;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.Diffusion;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.CumulativeSeries;
import org.treatylab.analysis.adoption.Tipping;
import org.treatylab.analysis.adoption.TwoByTwo;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.data.Events;
import org.treatylab.data.Treaties;
import org.treatylab.display.ChartImages;

/** Renders every chart factory to PNG, headless: the gallery that cannot rot (guideline 13). */
class ChartFactoriesTest {
  static Stream<Arguments> charts() {
    System.setProperty("java.awt.headless", "true");
    AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan()).sinceOpening();
    AdoptionCurve apii = AdoptionCurve.of(Treaties.ccwAmendedProtocolII()).sinceOpening();
    CumulativeSeries s = mbt.byMonth().firstYears(6).series();
    Composition m = Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)),
        Group.africaLatinAmericaPacific());
    Composition c = Composition.of(TimeWindow.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
        Group.africaLatinAmericaPacific());
    return Stream.of(
        chart("AdoptionChart.of(curve)", () -> AdoptionChart.of(mbt)),
        chart("AdoptionChart.of(title, years, curves)", () -> AdoptionChart.of("MBT and APII", 10, mbt, apii)),
        chart("AdoptionChart.of calendar shares", () -> AdoptionChart.of("shares", 20, mbt.parties().inCalendarTime().shares())),
        chart("AdoptionChart.paired", () -> AdoptionChart.paired(mbt, apii, 8)),
        chart("AdoptionChart.withThresholds", () -> AdoptionChart.withThresholds(mbt, 10)),
        chart("SpeedChart.ranking", SpeedChart::ranking),
        chart("TippingChart.of", () -> TippingChart.of(s, Tipping.slopeChange(s), Tipping.peakRate(s))),
        chart("EventChart.steps", () -> EventChart.steps(EventSeries.of(Events.osloProcess()))),
        chart("DiffusionChart.of", () -> DiffusionChart.of(Diffusion.fitBass(s), Diffusion.fitLogistic(s))),
        chart("CompositionChart.of", () -> CompositionChart.of(m, c)),
        chart("CompositionChart.observedVsExpected",
            () -> CompositionChart.observedVsExpected(m.versusAllStates(LocalDate.of(1998, 1, 2)))),
        chart("CompositionChart.observedVsExpected 2x2", () -> CompositionChart.observedVsExpected(TwoByTwo.of(3, 1, 1, 3))));
  }

  private static Arguments chart(String name, Supplier<Chart<?, ?>> factory) {
    return Arguments.of(name, factory);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void rendersToPng(String name, Supplier<Chart<?, ?>> factory) {
    byte[] png = ChartImages.png(factory.get());
    assertTrue(png.length > 1000, name + ": " + png.length + " bytes");
    assertTrue(png[1] == 'P' && png[2] == 'N' && png[3] == 'G', name);
  }

  @Test
  void eventChartTicksReadAsMonthsInAnyLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertEquals("Jan 1996", EventChart.monthLabel(1996.0));
      assertEquals("Oct 1996", EventChart.monthLabel(EventChart.year(java.time.LocalDate.of(1996, 10, 5))));
      assertEquals("Dec 1997", EventChart.monthLabel(EventChart.year(java.time.LocalDate.of(1997, 12, 3))));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
