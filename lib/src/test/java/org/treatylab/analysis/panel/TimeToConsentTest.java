package org.treatylab.analysis.panel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.survival.CoxModel;
import org.treatylab.analysis.survival.KaplanMeier;
import org.treatylab.analysis.survival.SurvivalData;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** {@link TimeToConsent}'s one-call answers equal the same computation spelled out, and wrong inputs are refused. */
class TimeToConsentTest {
  private static final Treaty MBT = Treaties.mineBan();
  private static final Treaty CCM = Treaties.clusterMunitions();
  private static final Panel PANEL = Panel.stateYears(MBT, CCM).addNeighbourShare().addRegionShare().addPaperGroups();
  private static final TimeToConsent TTC = TimeToConsent.of(PANEL);

  @Test
  void curvesAndTestsAreThoseOfTheStackedDurations() {
    Table stacked = PANEL.durations(MBT).append(PANEL.durations(CCM));
    assertEquals(stacked.rowCount(), TTC.durations().rowCount());
    KaplanMeier direct = KaplanMeier.fit(SurvivalData.fromTable(stacked, "event", "start", "stop")
        .factors("treaty").build(), "treaty");
    KaplanMeier km = TTC.kaplanMeier();
    assertEquals(direct.curves().size(), km.curves().size());
    for (int i = 0; i < km.curves().size(); i++) {
      assertArrayEquals(direct.curves().get(i).survival(), km.curves().get(i).survival());
      assertEquals(direct.curves().get(i).median(), km.curves().get(i).median());
    }
    assertEquals(TTC.logRank().chiSquare().toString(), TTC.logRank(MBT, CCM).chiSquare().toString());
  }

  @Test
  void theConsentModelIsTheSpelledOutFit() {
    Table rows = PANEL.countingProcess(MBT);
    IntColumn island = IntColumn.create("no_land_neighbour");
    rows.intColumn("land_neighbours").forEach(n -> island.append(n == 0 ? 1 : 0));
    rows.addColumns(island);
    String[] covariates = {"mbt_region_party_share", "mbt_neighbours_party_share", "no_land_neighbour", "africa",
        "latin_america_caribbean", "pacific_islands"};
    CoxModel direct = CoxModel.fit(SurvivalData.fromTable(rows, "event", "start", "stop").covariates(covariates)
        .cluster("iso3").build(), covariates);
    CoxModel model = TTC.consentModel(MBT);
    assertEquals(List.of(covariates), model.covariates());
    assertArrayEquals(direct.coefficients(), model.coefficients());
    assertArrayEquals(direct.standardErrors(), model.standardErrors());
  }

  @Test
  void mediansCoverEachOriginAndPopulation() {
    Table medians = TTC.medians(MBT);
    // opening and adoption, each for all UN members and for signatories
    assertEquals(4, medians.rowCount());
    KaplanMeier.Curve fromOpening = KaplanMeier.fit(SurvivalData.fromTable(PANEL.durations(MBT), "event", "start",
        "stop").build()).curves().get(0);
    assertEquals(fromOpening.median(), medians.doubleColumn("median years").get(0));
    assertEquals(fromOpening.n(), medians.intColumn("states").get(0));
  }

  @Test
  void wrongInputsAreRefused() {
    refusesNull(() -> TimeToConsent.of(null), "panel");
    refuses(IllegalArgumentException.class, () -> TTC.kaplanMeier(Treaties.byId("att")),
        "treaty att is not in the panel", "build the panel with it");
    refuses(IllegalArgumentException.class, () -> TTC.logRank(MBT), "treaties has one treaty (mbt)",
        "pass another, or none");
    refuses(IllegalArgumentException.class, () -> TimeToConsent.of(Panel.stateYears(MBT)).consentModel(MBT),
        "the panel has no column mbt_region_party_share", ".addNeighbourShare().addRegionShare().addPaperGroups()");
  }
}
