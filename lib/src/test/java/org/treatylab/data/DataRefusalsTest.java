package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.base.Checks;

/**
 * The data calls outside the treaty queries refuse what they cannot answer, with a message naming the
 * argument, the value and the fix; the right inputs still answer.
 */
class DataRefusalsTest {

  // Casualties (monitor_casualties: 1999–2024 without gaps; claims_evidence_casualties Chechnya: 2001–2003, 2005, 2006)

  @Test
  void aYearAfterTheSeriesIsRefusedNamingTheYearsItHolds() {
    Casualties latest = Monitor.casualties().latestRevision();
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> latest.total(2030));
    assertEquals("dataYear 2030 is after the last year of monitor_casualties (2024); ask about 1999–2024", e.getMessage());
    refuses(IllegalArgumentException.class, () -> Monitor.casualties().year(2030), "dataYear 2030", "1999–2024");
  }

  @Test
  void aYearBeforeTheSeriesIsRefusedNamingTheYearsItHolds() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class,
        () -> Monitor.casualties().asFirstReported().total(1950));
    assertEquals("dataYear 1950 is before the first year of monitor_casualties (1999); ask about 1999–2024", e.getMessage());
    refuses(IllegalArgumentException.class, () -> Monitor.casualties().year(1998), "dataYear 1998", "(1999)");
  }

  @Test
  void aGapInsideTheSeriesIsRefusedNotAnsweredWithNothing() {
    Casualties chechnya = Evidence.casualties("Chechnya").asFirstReported();
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> chechnya.year(2004));
    assertEquals("dataYear 2004 is a gap in claims_evidence_casualties (Chechnya): no row for it; ask about 2001–2003, 2005, 2006",
        e.getMessage());
    refuses(IllegalArgumentException.class, () -> chechnya.total(2004), "dataYear 2004", "2001–2003, 2005, 2006");
    assertEquals(List.of(2001, 2002, 2003, 2005, 2006), List.copyOf(chechnya.years()));
    assertTrue(chechnya.total(2005) > 0, "a year the series holds still answers");
  }

  @Test
  void totalsOverARangeRefuseReversedRangesGapsAndYearsOutsideTheSeries() {
    Casualties latest = Monitor.casualties().latestRevision();
    refuses(IllegalArgumentException.class, () -> latest.totals(2023, 2014),
        "from 2023 is after to 2014", "pass from ≤ to", "1999–2024");
    refuses(IllegalArgumentException.class, () -> latest.totals(2014, 2030), "to 2030", "after the last year", "1999–2024");
    refuses(IllegalArgumentException.class, () -> latest.totals(1990, 2000), "from 1990", "before the first year");
    refuses(IllegalArgumentException.class, () -> Evidence.casualties("Chechnya").latestRevision().totals(2001, 2006),
        "from 2001 to 2006 spans 2004, with no row in claims_evidence_casualties (Chechnya)", "2001–2003, 2005, 2006");
    java.util.IntSummaryStatistics s = latest.totals(2014, 2023);
    assertEquals(10, s.getCount());
    assertEquals(3695, s.getMin());
  }

  @Test
  void totalsWithoutAVintageAreRefusedNotSkipped() {
    // Before, the years with several editions were left out and the statistics covered the others only.
    IllegalStateException e = refuses(IllegalStateException.class, () -> Monitor.casualties().totals(2014, 2023),
        "for dataYear 2014", "pick a vintage first: latestRevision() or asFirstReported()");
    assertTrue(e.getMessage().contains("editions ["), e.getMessage());
    refuses(IllegalStateException.class, () -> Monitor.casualties().total(2016), "rows (editions", "dataYear 2016",
        "pick a vintage first");
  }

  @Test
  void aYearNarrowedAwayIsRefusedNamingTheYearHeld() {
    refuses(IllegalArgumentException.class, () -> Monitor.casualties().year(2007).total(2008),
        "dataYear 2008", "monitor_casualties, data year 2007 only", "ask about 2007");
    assertEquals(5426, Monitor.casualties().asFirstReported().year(2007).total(2007));
  }

  @Test
  void impliedByNamesTheYearsItsRowsStateChangesAgainst() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> Monitor.casualties().impliedBy(2006, 1990),
        "fromYear 2006", "impliedYear 1990", "its rows state changes against 2005");
    assertTrue(e.getMessage().startsWith("no row of fromYear 2006 in monitor_casualties states a change against impliedYear 1990"),
        e.getMessage());
    refuses(IllegalArgumentException.class, () -> Monitor.casualties().impliedBy(2030, 2005),
        "dataYear 2030 is after the last year of monitor_casualties (2024)");
    assertEquals(2005, Monitor.casualties().impliedBy(2006, 2005).year());
  }

  // Monitor

  @Test
  void shareRefusesAnUnknownMeasureWithTheNearestOne() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> Monitor.share("civillian", 2022));
    assertEquals("unknown measure 'civillian' — did you mean civilian? (known: child, civilian)", e.getMessage());
    refuses(IllegalArgumentException.class, () -> Monitor.share("Child", 2022), "'Child'", "did you mean child?");
    assertEquals("measure is null; pass a value",
        assertThrows(NullPointerException.class, () -> Monitor.share(null, 2022)).getMessage());
  }

  @Test
  void shareRefusesAYearWithoutDataNamingTheYearsThatHaveIt() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> Monitor.share("child", 2005));
    assertEquals("dataYear 2005 is a gap in child shares in monitor_civilian_child_shares: no row for it; ask about "
        + "2003, 2004, 2006–2009, 2013–2016, 2018–2020, 2022–2024", e.getMessage());
    refuses(IllegalArgumentException.class, () -> Monitor.share("civilian", 2030), "dataYear 2030", "after the last year",
        "(2024)");
    refuses(IllegalArgumentException.class, () -> Monitor.share("child", 1990), "dataYear 1990", "before the first year",
        "(2003)");
    assertEquals(85.0, Monitor.share("civilian", 2022));
    assertEquals(42.0, Monitor.share("child", 2016));
  }

  @Test
  void parameterRefusesAnUnknownIdWithTheNearestOneAndARowWithoutANumber() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> Monitor.parameter("cost-to-make"));
    assertTrue(e.getMessage().startsWith("unknown cost parameter id 'cost-to-make' — did you mean cost-to-make.un?"),
        e.getMessage());
    refuses(IllegalArgumentException.class, () -> Monitor.parameter("cost-to-clear.xx"), "did you mean cost-to-clear.un?");
    refuses(IllegalArgumentException.class, () -> Monitor.parameter("cost-per-mine.un-critique"),
        "cost parameter 'cost-per-mine.un-critique' (parameterId) gives no number", "Monitor.costParameters()");
    refuses(IllegalArgumentException.class, () -> Monitor.parameter("clearance-cost-per-m2.agecon"),
        "gives only an upper bound");
    assertEquals("parameterId is null; pass a value",
        assertThrows(NullPointerException.class, () -> Monitor.parameter(null)).getMessage());
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {3, 30}, Monitor.parameter("cost-to-make.un"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {110_000_000, 110_000_000},
        Monitor.parameter("mines-in-ground.un-1990s"));
  }

  // States

  @Test
  void statesCarryTheTreatyDataStatusDateAndTheUnFounding() {
    assertEquals(Treaties.mineBan().statusDate(), States.statusDate());
    assertEquals(LocalDate.of(2026, 2, 3), States.statusDate());
    assertEquals(LocalDate.of(1945, 10, 24), States.firstDate());
  }

  @Test
  void membershipAfterTheStatusDateIsRefused() {
    LocalDate later = LocalDate.of(2030, 1, 1);
    String expected = "2030-01-01 is after the data's status date 2026-02-03 (date); ask about a date up to 2026-02-03";
    assertEquals(expected, refuses(IllegalArgumentException.class, () -> States.unMembersAt(later)).getMessage());
    assertEquals(expected, refuses(IllegalArgumentException.class, () -> States.unMemberCodesAt(later)).getMessage());
    assertEquals(expected, refuses(IllegalArgumentException.class, () -> States.asOf(later)).getMessage());
    for (Denominator d : Denominator.values()) {
      assertEquals(expected, refuses(IllegalArgumentException.class, () -> States.countAt(later, d)).getMessage());
    }
    assertEquals(193, States.unMembersAt(States.statusDate()), "the status date itself is answered");
    assertEquals(193, States.countAt(States.statusDate(), Denominator.UN_MEMBERS_AT_DATE));
    assertEquals(185, States.unMembersAt(LocalDate.of(1997, 12, 3)));
  }

  @Test
  void beforeTheUnNoStateWasAMemberButNoDenominatorCanBeCounted() {
    LocalDate before = LocalDate.of(1900, 1, 1);
    assertEquals(0, States.unMembersAt(before), "no UN members before the UN existed: a true answer");
    assertTrue(States.asOf(before).isEmpty());
    assertTrue(States.unMembersAt(States.firstDate()) > 0, "the founding members that had ratified by 24 October 1945");
    for (Denominator d : Denominator.values()) {
      refuses(IllegalArgumentException.class, () -> States.countAt(before, d),
          "1900-01-01 is before the UN's founding 1945-10-24 (date)", "ask about a date from 1945-10-24");
    }
    assertEquals(States.unMembersAt(States.firstDate()), States.countAt(States.firstDate(), Denominator.UN_MEMBERS_AT_DATE));
  }

  @Test
  void datesAndDenominatorsMustNotBeNull() {
    assertEquals("date is null; pass a value",
        assertThrows(NullPointerException.class, () -> States.unMembersAt(null)).getMessage());
    assertEquals("denominator is null; pass a value",
        assertThrows(NullPointerException.class, () -> States.countAt(LocalDate.of(2000, 1, 1), null)).getMessage());
  }

  @Test
  void iso3LookupsTakeAnyCaseAndBlanksAndSuggestForWrongOnes() {
    assertEquals("RUS", States.iso3(" rus "));
    assertEquals("RUS", States.require("Rus").iso3());
    refuses(IllegalArgumentException.class, () -> States.require("russ"), "unknown ISO3 code 'russ'",
        "did you mean RUS (Russian Federation)?");
    refuses(IllegalArgumentException.class, () -> States.iso3(" RUSS "), "did you mean RUS (Russian Federation)?");
    IllegalArgumentException blank = refuses(IllegalArgumentException.class, () -> States.require("  "));
    assertTrue(blank.getMessage().startsWith("iso3 is blank ('  '); pass an ISO 3166-1 alpha-3 code such as RUS"),
        blank.getMessage());
    assertEquals("iso3 is null; pass a value", assertThrows(NullPointerException.class, () -> States.require(null)).getMessage());
    assertEquals("iso3 is null; pass a value", assertThrows(NullPointerException.class, () -> States.byIso3(null)).getMessage());
    assertEquals("iso3 is null; pass a value", assertThrows(NullPointerException.class, () -> States.iso3(null)).getMessage());
  }

  // Events

  @Test
  void eventLookupsRefuseUnknownIdsWithTheNearestOne() {
    NormEvents ottawa = Events.ottawaProcess();
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> ottawa.date("L88"));
    assertTrue(e.getMessage().startsWith("unknown event id 'L88' — did you mean L8?"), e.getMessage());
    refuses(IllegalArgumentException.class, () -> ottawa.endDate("l13"), "'l13'", "did you mean L13?");
    refuses(IllegalArgumentException.class, () -> ottawa.countRange("C2"), "unknown event id 'C2'", "L1");
    refuses(IllegalArgumentException.class, () -> ottawa.preferredCount("L99"), "unknown event id 'L99'");
    refuses(IllegalArgumentException.class, () -> Events.osloProcess().date("C19"), "did you mean C1");
    assertEquals("eventId is null; pass a value", assertThrows(NullPointerException.class, () -> ottawa.date(null)).getMessage());
    assertEquals(LocalDate.of(1997, 12, 3), ottawa.date("L15"));
  }

  @Test
  void anEventWithoutAPreferredCountOrLeftOutAsNotNormAffirmingSaysSo() {
    NormEvents ottawa = Events.ottawaProcess();
    refuses(IllegalArgumentException.class, () -> ottawa.preferredCount("L7"),
        "event 'L7' (eventId) has no preferred count", "countRange(\"L7\")");
    refuses(IllegalArgumentException.class, () -> ottawa.onlyNormAffirming().date("L9"),
        "event 'L9' (eventId) is not a norm-affirming indicator", "onlyNormAffirming() left it out");
    assertEquals(97, ottawa.preferredCount("L13"));
    assertEquals(ottawa.date("L8"), ottawa.onlyNormAffirming().date("L8"));
  }

  // Evidence

  @Test
  void evidenceLookupsRefuseNullsAndUnknownIdsWithTheNearestOne() {
    assertEquals("id is null; pass a value", assertThrows(NullPointerException.class, () -> Evidence.figure(null)).getMessage());
    assertEquals("valueId is null; pass a value",
        assertThrows(NullPointerException.class, () -> Evidence.value(null)).getMessage());
    assertEquals("claimId is null; pass a value",
        assertThrows(NullPointerException.class, () -> Evidence.forClaim(null)).getMessage());
    assertEquals("area is null; pass a value",
        assertThrows(NullPointerException.class, () -> Evidence.series("casualties", null)).getMessage());
    assertEquals("claimId is null; pass a value",
        assertThrows(NullPointerException.class, () -> Evidence.search(null)).getMessage());
    assertEquals("area is null; pass a value",
        assertThrows(NullPointerException.class, () -> Evidence.casualties(null)).getMessage());
    assertEquals("listId is null; pass a value", assertThrows(NullPointerException.class, () -> Evidence.list(null)).getMessage());
    refuses(IllegalArgumentException.class, () -> Evidence.figure("x07"), "unknown evidence figure 'x07'", "did you mean X07?");
    refuses(IllegalArgumentException.class, () -> Evidence.forClaim("P9"), "unknown claim id 'P9'", "did you mean P1?");
    refuses(IllegalArgumentException.class, () -> Evidence.series("casualtes", "Chechnya"), "unknown measure 'casualtes'",
        "did you mean casualties?");
    refuses(IllegalArgumentException.class, () -> Evidence.series("casualties", "Chechenia"), "unknown area 'Chechenia'",
        "did you mean Chechnya?");
    refuses(IllegalArgumentException.class, () -> Evidence.casualties("chechnya"), "unknown casualty area 'chechnya'",
        "did you mean Chechnya?", "(known: Chechnya, Russian Federation)");
    refuses(IllegalArgumentException.class, () -> Evidence.list("lima2007"), "unknown list id 'lima2007'",
        "did you mean lima2007_");
    refuses(IllegalArgumentException.class, () -> Evidence.value("no.such.value.at.all.anywhere"),
        "unknown evidence value id", "known, e.g.", "Evidence.values() lists them all");
    assertEquals("measure is null; pass a value",
        assertThrows(NullPointerException.class, () -> Evidence.figure("X01").value(null, "Chechnya")).getMessage());
    assertEquals("X07", Evidence.figure("X07").id());
  }

  // Areas, datasets

  @Test
  void areasRefuseUnknownIdsNamingTheArgumentAndTheNearestId() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> Areas.km2("Chechnya"));
    assertTrue(e.getMessage().startsWith("unknown area id 'Chechnya' (areaId) — did you mean chechnya? (known: chechnya, "),
        e.getMessage());
    assertTrue(e.getMessage().contains(", russia)"), e.getMessage());
    refuses(IllegalArgumentException.class, () -> Areas.share("chechnya", "rusia"), "'rusia' (wholeId)", "did you mean russia?");
    refuses(IllegalArgumentException.class, () -> Areas.share("chechyna", "russia"), "'chechyna' (partId)",
        "did you mean chechnya?");
    refuses(IllegalArgumentException.class, () -> Areas.sourceOf("atlantis"), "unknown area id 'atlantis' (areaId)",
        "(known: chechnya, chechnya-");
    assertEquals("partId is null; pass a value",
        assertThrows(NullPointerException.class, () -> Areas.share(null, "russia")).getMessage());
    assertEquals(Areas.km2("chechnya") / Areas.km2("russia") * 100, Areas.share("chechnya", "russia").percent(), 1e-12);
  }

  @Test
  void datasetLookupsRefuseUnknownNamesWithTheNearestOne() {
    IllegalArgumentException e = refuses(IllegalArgumentException.class, () -> CuratedTable.load("monitor_fundings"));
    assertTrue(e.getMessage().startsWith("unknown dataset name 'monitor_fundings' — did you mean monitor_funding?"),
        e.getMessage());
    assertEquals("name is null; pass a value", assertThrows(NullPointerException.class, () -> CuratedTable.load(null)).getMessage());
    refuses(IllegalArgumentException.class, () -> Datasets.typed("treaty.csv"),
        "no resource with path 'treaty.csv' (fileName)", "did you mean treaties.csv?");
    UncheckedIOException io = assertThrows(UncheckedIOException.class, () -> Datasets.open("state.csv"));
    assertTrue(io.getMessage().startsWith("dataset 'state.csv' (fileName) is not packaged")
        && io.getMessage().contains("did you mean states.csv?"), io.getMessage());
    assertEquals("fileName is null; pass a value",
        assertThrows(NullPointerException.class, () -> Datasets.open(null)).getMessage());
    assertTrue(CuratedTable.load("monitor_funding").rowCount() > 0);
  }

  @Test
  void columnChecksSuggestTheNearestColumn() {
    refuses(IllegalArgumentException.class, () -> Checks.hasColumn(Monitor.funding().table(), "data_yeer", "column"),
        "no column 'data_yeer' (column) in table 'monitor_funding'; its columns are", "did you mean data_year?");
  }

  @Test
  void yearListsGroupRunsOfThreeOrMore() {
    assertEquals("1999–2024", Checks.yearList(java.util.stream.IntStream.rangeClosed(1999, 2024).boxed().toList()));
    assertEquals("2001–2003, 2005, 2006", Checks.yearList(List.of(2006, 2005, 2003, 2002, 2001)));
    assertEquals("", Checks.yearList(List.of()));
  }
}
