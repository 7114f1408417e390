package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.treatylab.charts.AdoptionChart;
import org.treatylab.data.Treaties;

class AdoptionCurveTest {
  @Test
  void mineBanCountsInstrumentsFromAdoption() {
    AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan());
    assertEquals(LocalDate.of(1997, 9, 18), mbt.originDate());
    // the 40th instrument was deposited on 16 September 1998 (two that day)
    assertEquals(40, mbt.countAt(LocalDate.of(1998, 9, 16)));
    assertEquals(38, mbt.countAt(LocalDate.of(1998, 9, 15)));
  }

  @Test
  void netCurveDropsWithdrawnStates() {
    AdoptionCurve gross = AdoptionCurve.of(Treaties.mineBan());
    AdoptionCurve net = gross.netOfWithdrawals();
    LocalDate after = LocalDate.of(2026, 2, 3);
    assertEquals(166, gross.countAt(after));
    assertEquals(162, net.countAt(after));
  }

  @Test
  void openingOriginMovesTheClock() {
    AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan()).sinceOpening();
    assertEquals(LocalDate.of(1997, 12, 3), mbt.originDate());
    // three states deposited their ratification on the day the treaty opened (3 Dec 1997)
    assertEquals(3, mbt.countAfterYears(0));
    assertEquals(0, mbt.countAt(LocalDate.of(1997, 12, 2)));
  }

  @Test
  void chartHasOneSeriesPerTreaty() {
    XYChart chart = AdoptionChart.of("t", 10,
        AdoptionCurve.of(Treaties.mineBan()), AdoptionCurve.of(Treaties.ccwAmendedProtocolII()));
    assertEquals(2, chart.getSeriesMap().size());
  }
}
