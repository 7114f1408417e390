package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/** The robustness tables recompute the papers' numbers under each definition from the real data. */
class DefinitionsTest {
  private final Ledger petrova = Ledger.of("petrova2019");

  @Test
  void theCcmShareIsReproducedOnlyByCountingRatifications() {
    Treaty ccm = Treaties.clusterMunitions();
    Robustness r = Definitions.consentShareWindows(petrova.claim("regional-share.ratifications-2.5-years"), 0, ccm, 2.5,
        Group.africaLatinAmericaPacific());
    Robustness.Row ledgers = r.rows().stream().filter(Robustness.Row::ledgers).findFirst().orElseThrow();
    assertFalse(ledgers.reproduces(), "the ledger's 2.5-year window of all instruments gives " + ledgers.value());
    assertTrue(r.rows().stream().filter(Robustness.Row::reproduces).allMatch(x -> x.definition().contains("ratifications only")),
        r.table().print());
    assertEquals(1, r.reproducing());
  }

  @Test
  void theProtocolsHaveNoRatificationsOnlyRow() {
    Robustness r = Definitions.consentShareWindows(petrova.claim("regional-share.ratifications-2.5-years"), 3,
        Treaties.ccwAmendedProtocolII(), 2.5, Group.africaLatinAmericaPacific());
    assertTrue(r.rows().stream().noneMatch(x -> x.definition().contains("ratifications only")));
  }

  @Test
  void the37OutsideAreTheNonSignatoriesNotTheNonParties() {
    Robustness r = Definitions.outsideByDenominator(Ledger.of("russia-essay").claim("mbt.37-outside"), Treaties.mineBan(),
        LocalDate.of(2010, 3, 30), true);
    assertEquals(1, r.reproducing());
    assertTrue(r.rows().stream().filter(Robustness.Row::reproduces).findFirst().orElseThrow().definition().contains("neither signed"));
  }

  @Test
  void chechnyasAreaShareIsComputedUnderEachPublishedFigure() {
    Robustness r = Definitions.areaShareByFigure(Ledger.of("russia-essay").claim("chechnya.area-share"), "chechnya", "russia", 2010);
    java.util.List<org.treatylab.data.Areas.Figure> figures = org.treatylab.data.Areas.figures("chechnya");
    double russia = org.treatylab.data.Areas.km2("russia");
    assertEquals(figures.size(), r.rows().size());
    for (org.treatylab.data.Areas.Figure f : figures) {
      Robustness.Row row = r.rows().stream().filter(x -> x.definition().contains("(" + f.areaId() + ",")).findFirst().orElseThrow();
      assertEquals(100 * f.km2() / russia, row.value(), 1e-12);
      assertEquals(row.value() <= 0.1, row.reproduces(), row.toString());
    }
    // the ledger's row: the dated figure nearest 2010, found here without the library's rule
    org.treatylab.data.Areas.Figure nearest = figures.stream().filter(f -> f.year().isPresent())
        .min(java.util.Comparator.comparingInt(f -> Math.abs(f.year().getAsInt() - 2010) * 10000 + f.year().getAsInt())).orElseThrow();
    Robustness.Row ledgers = r.rows().stream().filter(Robustness.Row::ledgers).collect(java.util.stream.Collectors.toList()).get(0);
    assertEquals(1, r.rows().stream().filter(Robustness.Row::ledgers).count());
    assertTrue(ledgers.definition().contains("(" + nearest.areaId() + ","), ledgers.definition());
    Computed c = Definitions.areaShareNearest("chechnya", "russia", 2010);
    assertEquals(ledgers.value(), c.values()[0], 1e-12);
    assertTrue(c.rowsUsed().contains(nearest.areaId()), c.rowsUsed());
  }

  @Test
  void anAreaIdThatDoesNotExistIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Definitions.areaShareNearest("chechyna", "russia", 2010));
    assertTrue(e.getMessage().contains("'chechyna' (territoryId)") && e.getMessage().contains("did you mean chechnya?"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Definitions.areaShareByFigure(
        Ledger.of("russia-essay").claim("chechnya.area-share"), "chechnya", "rusia", 2010));
    assertTrue(e.getMessage().contains("'rusia'") && e.getMessage().contains("did you mean russia?"), e.getMessage());
  }

  @Test
  void aStateCodeThatIsNotIso3IsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Facts.record(Treaties.mineBan(), "Russia", LocalDate.of(2010, 1, 1)));
    assertTrue(e.getMessage().contains("'Russia'"), e.getMessage());
    assertEquals("not signed", Facts.record(Treaties.mineBan(), "RUS", LocalDate.of(2010, 1, 1)));
  }
}
