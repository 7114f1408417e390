package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatylab.analysis.adoption.Synthetic.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Denominator;
import org.treatylab.data.Treaties;

class AdoptionCurveGridTest {
  private final AdoptionCurve t = AdoptionCurve.of(Synthetic.treaty()).sinceOpening();

  @Test
  void countsSignaturesConsentsAndParties() {
    assertEquals(2, t.signatures().countAt(d("2000-02-01")));
    assertEquals(4, t.signatures().countAt(d("2000-12-31")));
    assertEquals(2, t.consents().countAt(d("2000-12-31")));
    assertEquals(4, t.consents().countAt(d("2002-06-01")));
    assertEquals(4, t.parties().countAt(d("2001-12-31")));
    assertEquals(3, t.parties().countAt(d("2002-01-01")));
  }

  @Test
  void monthlyGridCountsWholeMonthsSinceOpening() {
    List<AdoptionCurve.Point> pts = t.byMonth().points();
    assertEquals(d("2000-02-01"), pts.get(0).date());
    assertEquals(0, pts.get(0).count());
    assertEquals(d("2000-04-01"), pts.get(2).date());
    assertEquals(1, pts.get(2).count());
    assertEquals(2, pts.get(4).count()); // 2000-06-01
    // the grid ends at the first point on or after the last step (2001-06-30): 2001-07-01, k = 17
    assertEquals(18, pts.size());
    assertEquals(4, pts.get(17).count());
  }

  @Test
  void yearlyGridsSinceOpeningAndInCalendarTime() {
    assertEquals(List.of(0, 3, 4), t.byYear().points().stream().map(AdoptionCurve.Point::count).toList());
    assertEquals(List.of(0, 3, 3), t.parties().byYear().points().stream().map(AdoptionCurve.Point::count).toList());
    List<AdoptionCurve.Point> cal = t.byYear().inCalendarTime().points();
    assertEquals(List.of(d("2000-12-31"), d("2001-12-31")), cal.stream().map(AdoptionCurve.Point::date).toList());
    assertEquals(List.of(2, 4), cal.stream().map(AdoptionCurve.Point::count).toList());
  }

  @Test
  void dailyGridHasOnePointPerDateOfChange() {
    assertEquals(List.of(2, 3, 4), t.signatures().byDay().points().stream().map(AdoptionCurve.Point::count).toList());
  }

  @Test
  void sharesOfAFixedNumberOfStates() {
    AdoptionCurve s = t.sharesOf(10);
    assertEquals(0.3, s.shareAt(d("2001-01-05")), 1e-12);
    assertEquals(0.3, s.byYear().points().get(1).share(), 1e-12); // 3 of 10 at 2001-02-01
    assertEquals(0.4, s.series().values()[s.series().size() - 1], 1e-12);
  }

  @Test
  void throughCutsTheCurve() {
    AdoptionCurve cut = t.through(d("2000-12-31"));
    assertEquals(2, cut.countAt(d("2005-01-01")));
    assertEquals(List.of("AAA", "BBB"), cut.actorsAt(d("2005-01-01")));
  }

  @Test
  void mineBanSharesUseUnMembersAtTheDate() {
    AdoptionCurve mbt = AdoptionCurve.of(Treaties.mineBan()).sinceOpening();
    // 121 signatures on 3-4 December 1997 (Kenya's of 5 December makes 122)
    assertEquals(121, mbt.signatures().countAt(LocalDate.of(1997, 12, 4)));
    LocalDate d = LocalDate.of(1998, 12, 3);
    assertEquals(57, mbt.countAt(d));
    // Holy See, Switzerland and Niue were not UN members then: 54 of 185
    assertEquals(54 / 185.0, mbt.shareAt(d), 1e-12);
    assertEquals(mbt.treaty().shareOfStatesAt(LocalDate.of(2010, 1, 1)),
        mbt.parties().shareAt(LocalDate.of(2010, 1, 1)), 1e-12);
    assertEquals(mbt.treaty().shareOfStatesAt(LocalDate.of(2010, 1, 1), Denominator.FIXED_193),
        mbt.parties().shares(Denominator.FIXED_193).shareAt(LocalDate.of(2010, 1, 1)), 1e-12);
  }
}
