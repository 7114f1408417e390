package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Known facts, checked on the curated (packaged) datasets. */
class MonitorTest {
  @Test
  void casualties2007WereFirstReportedAs5426InLm2008AndRevisedTo5473() {
    Casualties first = Monitor.casualties().asFirstReported();
    assertEquals(5426, first.total(2007));
    Table row = first.year(2007).table();
    assertEquals("LM2008", row.stringColumn("reported_in").get(0));
    assertEquals("first-report", row.stringColumn("vintage").get(0));
    assertEquals(1401, row.intColumn("killed").get(0));
    assertEquals(5473, Monitor.casualties().latestRevision().total(2007));
  }

  @Test
  void the2016PeakIsAbove9000InEveryRevisedEditionButNotInTheFirstReport() {
    Table y2016 = Monitor.casualties().year(2016).table();
    Table revised = y2016.where(y2016.stringColumn("vintage").isEqualTo("revised"));
    assertTrue(revised.rowCount() >= 2, "revised editions for 2016");
    revised.intColumn("total_recorded").forEach(total -> assertTrue(total > 9000, "revised 2016 total " + total));
    assertEquals(8605, Monitor.casualties().asFirstReported().total(2016));
    // 1999 (9,220) and 2002 (11,700) are higher, but both are secondary citations of other
    // counts; among the Monitor's own series from 2003 on, 2016 is the peak.
    Table latest = Monitor.casualties().latestRevision().table();
    Table since2003 = latest.where(latest.intColumn("data_year").isGreaterThanOrEqualTo(2003));
    Table peak = since2003.sortDescendingOn("total_recorded").first(1);
    assertEquals(2016, peak.intColumn("data_year").get(0));
    assertEquals(9440, peak.intColumn("total_recorded").get(0));
  }

  @Test
  void eachSeriesHasOneRowPerYear() {
    for (Casualties series : new Casualties[] {Monitor.casualties().latestRevision(), Monitor.casualties().asFirstReported()}) {
      Table t = series.table();
      assertEquals(t.rowCount(), t.intColumn("data_year").unique().size());
    }
    // 2005 is held only as LM2006's first report relayed by BBC News (claims-evidence X31): secondary.
    Table y2005 = Monitor.casualties().year(2005).table();
    assertEquals(1, y2005.rowCount());
    assertEquals("X31", y2005.stringColumn("figure_id").get(0));
    assertEquals("secondary", y2005.stringColumn("grade").get(0));
    assertEquals(7328, y2005.intColumn("total_recorded").get(0));
  }

  @Test
  void everyDatasetLoadsInOneLineWithSourcesAndCaveats() {
    for (CuratedTable t : new CuratedTable[] {Monitor.civilianShares(), Monitor.funding(), Monitor.clearance(),
        Monitor.stockpiles(), Monitor.costParameters(), Monitor.subSaharanLists()}) {
      assertTrue(t.rowCount() > 0, t.name());
      assertFalse(t.sources().isEmpty(), t.name());
      assertFalse(t.caveats().isEmpty(), t.name());
    }
  }

  @Test
  void costParametersHoldTheUnRangesAndTheirCritique() {
    Table t = Monitor.costParameters().table();
    Table clear = t.where(t.stringColumn("parameter_id").isEqualTo("cost-to-clear.un"));
    assertEquals(300.0, clear.doubleColumn("low").get(0));
    assertEquals(1000.0, clear.doubleColumn("high").get(0));
    Table make = t.where(t.stringColumn("parameter_id").isEqualTo("cost-to-make.un"));
    assertEquals(3.0, make.doubleColumn("low").get(0));
    assertEquals(30.0, make.doubleColumn("high").get(0));
    Table critique = t.where(t.stringColumn("parameter_id").isEqualTo("mines-in-ground.us-state-1998"));
    assertEquals(60_000_000.0, critique.doubleColumn("low").get(0));
    assertEquals(70_000_000.0, critique.doubleColumn("high").get(0));
  }

  @Test
  void subSaharanListsCover48CountriesWith17EarlyRatifiers() {
    Table t = Monitor.subSaharanLists().table();
    assertEquals(48, t.rowCount());
    assertEquals(48, t.stringColumn("iso3").unique().size());
    assertEquals(17, t.booleanColumn("lm1999_ratified_by_1999_03_31").isTrue().size());
    assertEquals(22, t.booleanColumn("lm2000_new_victims_1999_2000").isTrue().size());
  }

  @Test
  void civilianShareOf2022Is85PercentOfKnownStatusCasualties() {
    Table t = Monitor.civilianShares().table();
    Table row = t.where(t.intColumn("data_year").isEqualTo(2022).and(t.stringColumn("measure").isEqualTo("civilian")));
    assertEquals(85.0, row.doubleColumn("share_pct").get(0));
    assertEquals("known-status", row.stringColumn("base").get(0));
  }

  @Test
  void oneLineLookupsForTheVardaPopadicChecks() {
    org.junit.jupiter.api.Assertions.assertEquals(85.0, Monitor.share("civilian", 2022));
    org.junit.jupiter.api.Assertions.assertEquals(42.0, Monitor.share("child", 2016));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Monitor.share("child", 1990));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {3, 30}, Monitor.parameter("cost-to-make.un"));
    java.util.IntSummaryStatistics s = Monitor.casualties().latestRevision().totals(2014, 2023);
    org.junit.jupiter.api.Assertions.assertEquals(10, s.getCount());
    org.junit.jupiter.api.Assertions.assertEquals(3695, s.getMin(), "2014, revised in LM2016");
  }

  /** A level the file keeps as a later year's level and the change the edition states. */
  private static double derivedLevel(int year, String measure, String edition) {
    Table t = Monitor.funding().table();
    Table row = t.where(t.intColumn("data_year").isEqualTo(year).and(t.stringColumn("measure").isEqualTo(measure))
        .and(t.stringColumn("reported_in").isEqualTo(edition)));
    assertEquals(1, row.rowCount());
    assertEquals("derived", row.stringColumn("vintage").get(0));
    return row.doubleColumn("usd_million").getDouble(0);
  }

  @Test
  void derivedFundingLevelsAreTheBaseLevelLessAnIncreaseOrPlusADecrease() {
    // LM2003: "$309 million" for 2002, "an increase of about $72 million" from 2001
    assertEquals(309 - 72, derivedLevel(2001, "international", "LM2003"));
    assertEquals(339 - 102, derivedLevel(2001, "international", "LM2004"));
    assertEquals(681 - 19, derivedLevel(2011, "total", "LM2013"));
    // LM2015: "$416.8 million" for 2014, "a decrease of $23 million from 2013"; decimal, not binary, arithmetic
    assertEquals(439.8, derivedLevel(2013, "international", "LM2015"));
    assertEquals(640.8, derivedLevel(2013, "total", "LM2015"));
    Table stored = CuratedTable.load("monitor_funding").table();
    assertEquals(8, stored.doubleColumn("usd_million").isMissing().size(), "the derived levels are not stored");
  }
}
