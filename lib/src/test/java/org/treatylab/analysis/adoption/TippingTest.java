package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Events;

class TippingTest {
  private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 1);

  /** v = t for t = 0..5, then 5 + 4 (t - 5) up to t = 10: the slope goes from 1 to 4 at t = 5. */
  private static CumulativeSeries kinked() {
    double[] t = new double[11];
    double[] v = new double[11];
    for (int i = 0; i <= 10; i++) {
      t[i] = i;
      v[i] = i <= 5 ? i : 5 + 4 * (i - 5);
    }
    return CumulativeSeries.ofYears("kinked", ORIGIN, t, v);
  }

  @Test
  void slopeChangeFindsTheKink() {
    Tipping.TippingPoint p = Tipping.slopeChange(kinked());
    assertEquals(5, p.yearsSinceOrigin(), 1e-12);
    assertEquals(5, p.value(), 1e-12);
    assertEquals(1, p.rateBefore(), 1e-9);
    assertEquals(4, p.rateAfter(), 1e-9);
  }

  @Test
  void ratesAndSmoothing() {
    double[] r = Tipping.rates(kinked());
    assertEquals(Double.NaN, r[0]);
    assertEquals(1, r[5], 1e-12);
    assertEquals(4, r[6], 1e-12);
    // centred 3-point mean; the first point's NaN is skipped
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4},
        Tipping.smooth(r, 3), 1e-12);
  }

  @Test
  void peakRateIsTheFirstDateOfTheSmoothedMaximum() {
    assertEquals(6, Tipping.peakRate(kinked(), 1).yearsSinceOrigin(), 1e-12);
    Tipping.TippingPoint p = Tipping.peakRate(kinked(), 3);
    assertEquals(7, p.yearsSinceOrigin(), 1e-12);
    assertEquals(13 / 7.0, p.rateBefore(), 1e-12); // (13 - 0) / 7 years
    assertEquals(4, p.rateAfter(), 1e-12);
  }

  @Test
  void aSeriesThatNeverSpeedsUpHasNoSlopeChange() {
    CumulativeSeries slowing = CumulativeSeries.ofYears("slowing", ORIGIN, new double[] {0, 1, 2, 3, 4, 5},
        new double[] {0, 4, 8, 9, 10, 11});
    assertThrows(IllegalArgumentException.class, () -> Tipping.slopeChange(slowing));
  }

  @Test
  void eventSeriesKeepsTheLargestCountPerDate() {
    EventSeries s = EventSeries.of("toy", List.of(
        new EventSeries.Event("a", LocalDate.of(2000, 1, 1), 5, "solid", "support", "a"),
        new EventSeries.Event("b", LocalDate.of(2001, 1, 1), 10, "approximate", "support", "b")));
    assertEquals(1, s.onlySolid().events().size());
    EventSeries ottawa = EventSeries.of(Events.ottawaProcess());
    // Brussels Declaration (27 June 1997): 97 endorsers, the largest count that day
    EventSeries.Event brussels = ottawa.events().stream()
        .filter(e -> e.date().equals(LocalDate.of(1997, 6, 27))).findFirst().orElseThrow();
    assertEquals(97, brussels.count());
    assertEquals("L13", brussels.id());
  }

  @Test
  void ottawaSupportAcceleratesAfterOslo() {
    CumulativeSeries s = EventSeries.of(Events.ottawaProcess()).series();
    Tipping.TippingPoint p = Tipping.slopeChange(s, 2);
    assertEquals(LocalDate.of(1997, 9, 18), p.date()); // end of the Oslo diplomatic conference
    assertEquals(90 / 185.0, p.share(), 1e-12);
  }
}
