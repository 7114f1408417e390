package org.treatylab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.cascade.Cascade;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.cost.DeminingCost;
import org.treatylab.analysis.adoption.DiffusionFit;
import org.treatylab.analysis.adoption.CumulativeSeries;
import org.treatylab.analysis.adoption.Speed;
import org.treatylab.data.Monitor;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/**
 * The chart factories refuse what would draw an empty or misleading chart — no curves, years ≤ 0,
 * empty series, marked years outside the data, null inputs — naming the argument, the value and the
 * fix; the right inputs still draw.
 */
class ChartsRefusalsTest {
  private static final Treaty MBT = Treaties.mineBan();

  @Test
  void adoptionChartsRefuseNoCurvesAndYearsThatShowNothing() {
    // before: years 0, -5 or NaN drew an empty axis; no curves an empty chart; null a bare NullPointerException
    AdoptionCurve c = AdoptionCurve.of(MBT).sinceOpening();
    refuses(IllegalArgumentException.class, () -> AdoptionChart.of("t", 0, c), "years is 0.0",
        "pass the number of years to show, above 0, e.g. 10");
    refuses(IllegalArgumentException.class, () -> AdoptionChart.of("t", Double.NaN, c), "years is NaN");
    refuses(IllegalArgumentException.class, () -> AdoptionChart.paired(c, c, -1), "years is -1.0");
    refuses(IllegalArgumentException.class, () -> AdoptionChart.of("t", 5), "curves is empty");
    refusesNull(() -> AdoptionChart.of(null), "curve");
    refusesNull(() -> AdoptionChart.paired(c, null, 5), "b");
    assertEquals(1, AdoptionChart.of("t", 5, c).getSeriesMap().size());
  }

  @Test
  void withdrawalChartsRefuseAStartYearOutsideTheTreatysLife() {
    // before: fromYear 2026 with through 2020, or 1800, drew an axis without data
    refuses(IllegalArgumentException.class, () -> AdoptionChart.withWithdrawals(MBT, 2026, LocalDate.of(2020, 1, 1)),
        "fromYear is 2026", "pass a year from 1997 (the Mine Ban Treaty's adoption) to 2020");
    refuses(IllegalArgumentException.class, () -> AdoptionChart.withWithdrawals(MBT, 1800, LocalDate.of(2020, 1, 1)),
        "fromYear is 1800");
    refuses(IllegalArgumentException.class, () -> AdoptionChart.withWithdrawals(MBT, 2020, LocalDate.of(2030, 1, 1)),
        "2030-01-01 is after the data's status date 2026-02-03 (through)");
    assertTrue(AdoptionChart.withWithdrawals(MBT, 2015, MBT.statusDate()).getSeriesMap().size() >= 1);
  }

  @Test
  void chartsOfNothingAreRefused() {
    // before: each drew an empty chart (or SpeedChart an XChart "Y-Axis data cannot be empty!!!")
    refuses(IllegalArgumentException.class, CascadeChart::paths, "runs is empty");
    refuses(IllegalArgumentException.class, CompositionChart::of, "compositions is empty");
    refuses(IllegalArgumentException.class, () -> DiffusionChart.compare("t"), "fits is empty",
        "Diffusion.fitBass(series)");
    refuses(IllegalArgumentException.class, () -> DiffusionChart.of(new DiffusionFit[0]), "fits is empty");
    refuses(IllegalArgumentException.class,
        () -> TippingChart.of(CumulativeSeries.ofYears("e", LocalDate.of(2000, 1, 1), new double[0], new double[0])),
        "series 'e' has no points");
    refuses(IllegalArgumentException.class, () -> SpeedChart.of(Speed.ranking(List.of(Treaties.byId("ctbt")))),
        "has no treaty in force");
    refuses(IllegalArgumentException.class, () -> SpeedChart.of(Treaties.table()), "no column 'years_to_eif' (ranking)");
    assertEquals(1, CascadeChart.paths(
        Cascade.builder().states(100).thresholds(Cascade.uniform(0, 1)).seed(1).build().run())
        .getSeriesMap().size());
    assertEquals(1, SpeedChart.of(Speed.ranking(List.of(MBT))).getSeriesMap().size());
  }

  @Test
  void nullInputsAreNamed() {
    // before: bare NullPointerExceptions naming XChart's or the library's internals
    refusesNull(() -> CascadeChart.sweep(null), "sweep");
    refusesNull(() -> CasualtyChart.vintages(null), "casualties");
    refusesNull(() -> CostChart.tornado(null), "t");
    refusesNull(() -> CostChart.histogram(null), "mc");
    refusesNull(() -> EventChart.steps(null), "events");
    refusesNull(() -> HoldoutsChart.of(null), "h");
    refusesNull(() -> SpeedChart.of(null), "ranking");
    refusesNull(() -> TippingChart.of(null), "series");
    refusesNull(() -> CompositionChart.of((Composition) null), "compositions[0]");
  }

  @Test
  void histogramGroupsAndMarkedYearsMustFitTheData() {
    // before: histogram(mc, 0) threw ArithmeticException "/ by zero"; a marked year 2030 drew a line off the data
    var mc = DeminingCost.russiaEssay().monteCarlo(1000, 1);
    refuses(IllegalArgumentException.class, () -> CostChart.histogram(mc, 0), "groups is 0", "pass 1 to 2000");
    refuses(IllegalArgumentException.class, () -> CasualtyChart.vintages(Monitor.casualties(), 2030),
        "markedYears 2030 is outside the years of the casualty series (1999–2024)");
    assertEquals(4, CostChart.histogram(mc, 50).getSeriesMap().size());
    assertEquals(2, CasualtyChart.vintages(Monitor.casualties(), 2005, 2022).getSeriesMap().size());
  }
}
