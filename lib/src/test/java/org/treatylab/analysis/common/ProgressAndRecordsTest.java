package org.treatylab.analysis.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.CumulativeSeries;
import org.treatylab.analysis.adoption.Diffusion;
import org.treatylab.analysis.adoption.DiffusionFit;
import org.treatylab.analysis.adoption.TwoByTwo;
import org.treatylab.analysis.cascade.Cascade;

class ProgressAndRecordsTest {

  @Test
  void progressInNotebookShowsOneLineAndUpdatesIt() {
    List<String> shown = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    ProgressLine.connect(text -> {
      shown.add(text);
      return "id-1";
    }, (id, text) -> updates.add(id + " " + text));
    try {
      Progress p = Progress.inNotebook("Monte Carlo");
      for (long done = 0; done <= 2000; done += 10) {
        p.update(done, 2000);
      }
      assertEquals(List.of("Monte Carlo: 0 % (0 of 2,000)"), shown);
      assertEquals(100, updates.size(), "one update per whole percent");
      assertEquals("id-1 Monte Carlo: 100 % (2,000 of 2,000)", updates.get(updates.size() - 1));
      assertTrue(updates.stream().allMatch(u -> u.startsWith("id-1 ")));
    } finally {
      ProgressLine.connect(text -> null, (id, text) -> {});
    }
  }

  @Test
  void recordsCopyTheirArraysInAndOut() {
    double[] years = {0, 1, 2};
    double[] values = {0, 5, 9};
    CumulativeSeries s = CumulativeSeries.ofYears("s", java.time.LocalDate.of(2000, 1, 1), years, values);
    s.values()[1] = 99;
    values[2] = 99;
    assertArrayEquals(new double[] {0, 5, 9}, s.values());
    double[] shares = {0.1, 0.2, 0.3};
    CumulativeSeries direct = new CumulativeSeries("d", java.time.LocalDate.of(2000, 1, 1), s.dates(), years, new double[] {1, 2, 3}, shares);
    shares[0] = 7;
    assertEquals(0.1, direct.shares()[0]);

    TwoByTwo t = TwoByTwo.of(3, 1, 1, 3);
    t.counts()[0][0] = 100;
    t.rows()[0] = "changed";
    assertEquals(3, t.counts()[0][0]);
    assertEquals("row 1", t.rows()[0]);

    double[] thresholds = {0.1, 0.2};
    Cascade.Explicit e = new Cascade.Explicit(thresholds);
    thresholds[0] = 0.9;
    e.thresholds()[1] = 0.9;
    assertArrayEquals(new double[] {0.1, 0.2}, e.thresholds());

    DiffusionFit fit = Diffusion.fitLogistic(AdoptionCurve.of(Treaties.mineBan()).byYear().series());
    double first = fit.fitted()[0];
    fit.fitted()[0] = -1;
    fit.observed()[0] = -1;
    assertEquals(first, fit.fitted()[0]);
  }

  @Test
  void curveSpecChangesOneFieldAtATime() {
    AdoptionCurve c = AdoptionCurve.of(Treaties.mineBan());
    AdoptionCurve.Spec spec = c.sinceOpening().parties().byYear().shares().spec();
    assertEquals(AdoptionCurve.Origin.OPENING, spec.origin());
    assertEquals(AdoptionCurve.Measure.PARTIES, spec.measure());
    assertEquals(AdoptionCurve.Resolution.YEAR, spec.resolution());
    assertTrue(spec.shareScale());
    assertEquals(AdoptionCurve.Measure.CONSENTS, c.spec().measure(), "the original is unchanged");
  }
}
