package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.charts.AdoptionChart;

/** Every query knows the data's status date: beyond it, an error; a fixed-horizon figure stops there. */
class BoundsTest {
  private static final LocalDate STATUS = Treaties.table().dateColumn("status_as_at").get(0);

  @Test
  void theStatusDateComesFromTheData() {
    assertEquals(LocalDate.of(2026, 2, 3), STATUS);
    assertEquals(STATUS, Treaties.mineBan().statusDate());
    assertEquals(STATUS, Treaties.byId("tpnw").source().statusAsAt());
  }

  @Test
  void queriesAfterTheStatusDateAreRefused() {
    Treaty mbt = Treaties.mineBan();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mbt.partiesAt(LocalDate.of(2030, 1, 1)));
    assertTrue(e.getMessage().startsWith("2030-01-01 is after the data's status date 2026-02-03"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> mbt.signatoriesAt(LocalDate.of(2030, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> mbt.consentsBy(LocalDate.of(2030, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> mbt.outsideAt(LocalDate.of(2030, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> mbt.shareOfStatesAt(LocalDate.of(2030, 1, 1)));
    assertEquals(162, mbt.partiesAt(STATUS).size(), "the status date itself is answered");
  }

  @Test
  void curvesRefuseCountsAfterTheStatusDate() {
    AdoptionCurve tpnw = AdoptionCurve.of(Treaties.byId("tpnw"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tpnw.countAfterYears(10));
    assertTrue(e.getMessage().matches("2027-07-0\\d is after the data's status date 2026-02-03.*"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> tpnw.countAt(LocalDate.of(2027, 7, 7)));
    assertThrows(IllegalArgumentException.class, () -> tpnw.shareAt(LocalDate.of(2027, 7, 7)));
    assertThrows(IllegalArgumentException.class, () -> tpnw.through(LocalDate.of(2027, 7, 7)));
    assertTrue(tpnw.countAfterYears(8) > 0);
    assertThrows(IllegalArgumentException.class,
        () -> org.treatylab.analysis.adoption.TimeWindow.consentsWithinYears(Treaties.byId("tpnw"), 10), "a window past the data");
  }

  @Test
  void fixedHorizonCurvesStopAtTheStatusDate() {
    AdoptionCurve young = AdoptionCurve.of(Treaties.byId("tpnw")).firstYears(10);
    assertEquals(STATUS, young.endDate());
    assertTrue(young.endsAtStatusDate());
    assertTrue(young.byMonth().points().stream().noneMatch(p -> p.date().isAfter(STATUS)));
    assertTrue(young.byMonth().inCalendarTime().points().stream().noneMatch(p -> p.date().isAfter(STATUS)));
    AdoptionCurve old = AdoptionCurve.of(Treaties.mineBan()).firstYears(10);
    assertFalse(old.endsAtStatusDate());
  }

  @Test
  void pairedChartsStopTheYoungTreatyAtTheStatusDateAndMarkIt() throws ReflectiveOperationException {
    XYChart chart = AdoptionChart.paired(AdoptionCurve.of(Treaties.mineBan()), AdoptionCurve.of(Treaties.byId("tpnw")), 20);
    XYSeries tpnw = chart.getSeriesMap().get("TPNW");
    double lastX = tpnw.getXData()[tpnw.getXData().length - 1];
    double statusYears = java.time.temporal.ChronoUnit.DAYS.between(Treaties.byId("tpnw").adopted(), STATUS) / 365.25;
    assertEquals(statusYears, lastX, 1e-9, "the TPNW curve ends at the status date, not at 20 years");
    XYSeries mbt = chart.getSeriesMap().get("Mine Ban Treaty");
    assertEquals(20, mbt.getXData()[mbt.getXData().length - 1], 1e-9);
    assertTrue(annotationTexts(chart).contains("data end 2026-02-03"), "the chart marks the status date: " + annotationTexts(chart));
    XYChart old = AdoptionChart.paired(AdoptionCurve.of(Treaties.mineBan()), AdoptionCurve.of(Treaties.ccwAmendedProtocolII()), 10);
    assertFalse(annotationTexts(old).stream().anyMatch(t -> t.startsWith("data end")), "no mark when both curves reach the horizon");
  }

  /** XChart keeps annotations in a protected field and draws text as paths: read them back by reflection. */
  private static java.util.List<String> annotationTexts(XYChart chart) throws ReflectiveOperationException {
    java.lang.reflect.Field parts = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("annotations");
    parts.setAccessible(true);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Object part : (java.util.List<?>) parts.get(chart)) {
      if (part instanceof org.knowm.xchart.AnnotationText) {
        java.lang.reflect.Field text = org.knowm.xchart.AnnotationText.class.getDeclaredField("text");
        text.setAccessible(true);
        out.add((String) text.get(part));
      }
    }
    return out;
  }
}
