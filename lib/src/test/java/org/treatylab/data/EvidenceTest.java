package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.data.importer.ClaimsEvidenceImporter;
import org.treatylab.data.importer.NumberMentions;
import tech.tablesaw.api.Table;

/** Known facts of the claims evidence, checked through the accessors against the committed datasets. */
class EvidenceTest {
  @Test
  void chechnya2002IsLm2003sMinistryOfHealthCasualtyCountNotDeaths() {
    Evidence.Value v = Evidence.value("chechnya.casualties.2002.lm2003");
    assertEquals(5695, v.value());
    assertEquals("casualties", v.measure());
    assertEquals("LM2003", v.reportedIn());
    assertEquals("primary", v.grade());
    assertTrue(v.quote().contains("5,695 landmine and UXO casualties"), v.quote());
    assertEquals(5695, Evidence.casualties("Chechnya").asFirstReported().total(2002));
  }

  @Test
  void chechnya2005Is24InBothEditionsWithKilledAndInjuredFromLm2007() {
    Casualties c = Evidence.casualties("Chechnya");
    assertEquals(24, c.asFirstReported().total(2005));
    assertEquals(24, c.latestRevision().total(2005));
    Table latest = c.latestRevision().year(2005).table();
    assertEquals(13, latest.intColumn("killed").get(0));
    assertEquals(11, latest.intColumn("injured").get(0));
    assertEquals("LM2007", latest.stringColumn("reported_in").get(0));
  }

  @Test
  void russia2005WasRevisedFrom305To60() {
    Casualties r = Evidence.casualties("Russian Federation");
    assertEquals(305, r.asFirstReported().total(2005));
    assertEquals(60, r.latestRevision().total(2005));
    assertEquals(54, r.latestRevision().year(2006).table().intColumn("injured").get(0), "62 - 8, derived");
  }

  @Test
  void figureGivesItsValuesAndTheRubleFallIsComputedNotTyped() {
    Evidence.Figure x18 = Evidence.figure("X18");
    assertEquals(List.of("E8"), x18.claimIds());
    Evidence.Value fall = x18.value("currency_fall", "Russian Federation");
    assertEquals(100 * (1 - 6.29 / 21), fall.value(), 0.005);
    assertTrue(fall.derived() && fall.derivation().contains("6.29 / 21"), fall.derivation());
  }

  @Test
  void searchesKeepWhatWasNotFound() {
    Evidence.Search e7 = Evidence.search("E7");
    assertTrue(e7.claimedFigureNotFound());
    assertTrue(e7.missingFigure().contains("110,000"), e7.missingFigure());
    assertEquals("found", Evidence.search("P5").status());
    assertEquals("", Evidence.search("P5").notFoundReason());
    assertTrue(e7.notFoundReason().startsWith("not found: E7 110,000 devices. Not found. Only Afghanistan"), e7.notFoundReason());
    assertEquals("claimed-figure-not-found", Evidence.search("V4").status(), "joint entry with P2");
  }

  @Test
  void global2005TotalIsInTheMonitorSeriesAsSecondary() {
    Table t = Monitor.casualties().year(2005).table();
    assertEquals(7328, t.intColumn("total_recorded").get(0));
    assertEquals("secondary", t.stringColumn("grade").get(0));
  }

  @Test
  void limaListIsResolvedToIso3() {
    List<String> lima = Evidence.list("lima2007_new_named");
    assertTrue(lima.contains("LAO") && lima.contains("DEU"), lima.toString());
  }

  @Test
  void unknownIdsAreRefusedWithASuggestion() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evidence.figure("X7"));
    assertTrue(e.getMessage().contains("'X7'") && e.getMessage().contains("did you mean X07?"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Evidence.casualties("Russia"));
    assertTrue(e.getMessage().contains("did you mean Russian Federation?"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Evidence.search("E12"));
    assertTrue(e.getMessage().startsWith("unknown claim id 'E12'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Evidence.value("chechnya.casualties.2002"));
    assertTrue(e.getMessage().contains("did you mean chechnya.casualties.2002."), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Evidence.series("casualties", "Chechenia"));
    assertFalse(Evidence.series("casualties", "Chechnya").isEmpty());
  }

  @Test
  void everyCommittedRowStatesItsNumberInItsQuoteOrSaysHowItWasDerived() {
    Table values = Evidence.values().table();
    for (int i = 0; i < values.rowCount(); i++) {
      double v = values.doubleColumn("value").getDouble(i);
      String quote = values.stringColumn("quote").get(i);
      assertTrue(ClaimsEvidenceImporter.states(values.stringColumn("measure").get(i), quote, v)
          || !values.stringColumn("derivation").get(i).isEmpty(),
          values.stringColumn("value_id").get(i) + ": " + v + " is not in '" + quote + "'");
    }
    for (String area : Evidence.CASUALTY_AREAS) {
      Table t = Evidence.casualties(area).table();
      for (int i = 0; i < t.rowCount(); i++) {
        int total = t.intColumn("total_recorded").getInt(i);
        assertTrue(NumberMentions.states(t.stringColumn("quote").get(i), total), area + " " + total);
      }
    }
    Table world2005 = Monitor.casualties().year(2005).table();
    assertTrue(NumberMentions.states(world2005.stringColumn("quote").get(0), world2005.intColumn("total_recorded").get(0)));
  }
}
