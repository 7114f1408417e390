package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.analysis.adoption.Synthetic.d;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;

class CompositionTest {
  @Test
  void windowsAreInclusiveAndFirstMonthEndsTheDayBefore() {
    TimeWindow first = TimeWindow.signaturesWithin(Synthetic.treaty(), Period.ofMonths(1));
    assertEquals(d("2000-02-29"), first.to());
    assertEquals(List.of("AAA", "BBB", "CCC"), first.actors());
    TimeWindow consents = TimeWindow.consentsWithinYears(Synthetic.treaty(), 1);
    assertEquals(List.of("AAA", "BBB", "CCC"), consents.actors()); // to 2001-01-31
    assertEquals(List.of("BBB"), TimeWindow.consentsBetween(Synthetic.treaty(), d("2000-05-10"), d("2000-05-10")).actors());
  }

  @Test
  void shareOfACustomGroup() {
    Composition c = Composition.of(TimeWindow.signaturesWithin(Synthetic.treaty(), Period.ofMonths(1)),
        new Group("A and C", java.util.Set.of("AAA", "CCC", "ZZZ"))); // synthetic codes: Group.of would refuse them
    assertEquals(3, c.n());
    assertEquals(2, c.k());
    assertEquals(2 / 3.0, c.share(), 1e-12);
    assertEquals(List.of("AAA", "CCC"), c.members());
    assertEquals(1, c.table().rowCount());
  }

  @Test
  void mineBanFirstMonthSignatories() {
    Composition c = Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)),
        Group.africaLatinAmericaPacific());
    assertEquals(123, c.n());
    assertEquals(76, c.k());
    TwoByTwo t = c.versusAllStates(LocalDate.of(1998, 1, 2));
    assertTrue(t.fisher().pValue() < 0.001);
  }

  @Test
  void ccmSigningCeremonySubSaharanShare() {
    // Petrova (2019): "sub-Saharan African states made up 36 percent of the signatories at the signing ceremony"
    Composition c = Composition.of(TimeWindow.signaturesBetween(Treaties.clusterMunitions(), LocalDate.of(2008, 12, 3),
        LocalDate.of(2008, 12, 4)), Group.subSaharanAfrica());
    assertEquals(94, c.n());
    assertEquals(34, c.k());
    assertEquals(0.362, c.share(), 0.001);
  }

  @Test
  void groupsFromStatesCsv() {
    assertTrue(Group.subSaharanAfrica().contains("AGO"));
    assertTrue(!Group.subSaharanAfrica().contains("SDN") && Group.africa().contains("SDN"));
    assertTrue(Group.pacificIslands().contains("FJI") && !Group.pacificIslands().contains("AUS"));
    assertEquals(Group.africa().iso3().size() + Group.latinAmericaCaribbean().iso3().size()
        + Group.pacificIslands().iso3().size(), Group.africaLatinAmericaPacific().iso3().size());
  }
}
