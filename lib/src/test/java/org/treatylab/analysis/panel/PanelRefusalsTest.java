package org.treatylab.analysis.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Each wrong input to {@link Panel} is refused with the argument, its value and the fix. */
class PanelRefusalsTest {
  private static final Treaty MBT = Treaties.mineBan();
  private static final Panel SMALL = Panel.stateYears(2000, 2002, MBT);

  @Test
  void panelsPastTheStatusDateOrBeforeTheUnAreRefused() {
    refuses(IllegalArgumentException.class, () -> Panel.stateYears(2000, 2027, MBT),
        "toYear 2027 is after the data's status date 2026-02-03", "pass a year up to 2026");
    refuses(IllegalArgumentException.class, () -> Panel.stateMonths(2000, 2030, MBT), "toYear 2030");
    refuses(IllegalArgumentException.class, () -> Panel.stateYears(1900, 2000, MBT),
        "fromYear 1900 is before the UN's founding 1945-10-24", "pass a year from 1945");
    refuses(IllegalArgumentException.class, () -> Panel.stateYears(2005, 2000, MBT),
        "fromYear 2005 is after toYear 2000", "pass fromYear ≤ toYear");
    // the last period ends at the status date, not at the year's end
    assertEquals(LocalDate.of(2026, 2, 3), Panel.stateMonths(2026, 2026, MBT).table().dateColumn("period_end").max());
    assertEquals(2, Panel.stateMonths(2026, 2026, MBT).table().intColumn("month").max(), 0);
  }

  @Test
  void treatiesAreCheckedByName() {
    refuses(NoSuchElementException.class, () -> Panel.stateYears("mbtt"), "unknown treaty id 'mbtt'", "did you mean mbt");
    refuses(IllegalArgumentException.class, () -> Panel.stateYears(new Treaty[0]), "treaties is empty",
        "Panel.stateYears(Treaties.mineBan())");
    refuses(IllegalArgumentException.class, () -> Panel.stateYears(MBT, Treaties.byId("ottawa")),
        "treaties[1] is mbt a second time", "pass each treaty once");
    refusesNull(() -> Panel.stateYears(MBT, null), "treaties[1]");
    refusesNull(() -> Panel.stateYears((String) null), "treatyIds[0]");
    assertEquals("mbt", Panel.stateYears("Ottawa").treaties().get(0).id());
  }

  @Test
  void countingProcessRefusesWhatItCannotAnswer() {
    refuses(IllegalArgumentException.class, () -> SMALL.countingProcess(Treaties.clusterMunitions()),
        "unknown treaty of this panel 'ccm' (treaty)", "known: mbt");
    refuses(IllegalArgumentException.class, () -> SMALL.countingProcess(MBT),
        "origin 1997-12-03 is before the panel's first period (from 2000-01-01)", "build the panel from 1997");
    refuses(IllegalArgumentException.class,
        () -> SMALL.countingProcess(MBT, LocalDate.of(2003, 1, 1), RiskSet.UN_MEMBERS),
        "origin 2003-01-01 is after the panel's last day 2002-12-31", "build the panel to a later year");
    Treaty pv = Treaties.ccwProtocolV();
    refuses(IllegalArgumentException.class,
        () -> Panel.stateYears(pv).countingProcess(pv, pv.adopted(), RiskSet.SIGNATORIES),
        "riskSet SIGNATORIES: ccw-pv has no signatures", "pass RiskSet.UN_MEMBERS");
    refusesNull(() -> SMALL.countingProcess(MBT, null, RiskSet.UN_MEMBERS), "origin");
    refusesNull(() -> SMALL.countingProcess(MBT, LocalDate.of(2000, 1, 1), null), "riskSet");
  }

  @Test
  void aFactAddedTwiceIsRefused() {
    refuses(IllegalArgumentException.class, () -> SMALL.addStatus().addStatus(),
        "column 'mbt_signed' is already in the panel (addStatus twice");
    refuses(IllegalArgumentException.class, () -> SMALL.addGroup(" ", org.treatylab.analysis.adoption.Group.africa()),
        "column is blank");
  }

  private static Table covariates(String... codes) {
    int[] years = new int[codes.length];
    double[] values = new double[codes.length];
    java.util.Arrays.fill(years, 2000);
    return Table.create("mine", StringColumn.create("code", codes), IntColumn.create("year", years),
        DoubleColumn.create("gdp", values));
  }

  @Test
  void covariatesWithUnmatchedCodesAreRefusedNamingThem() {
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(covariates("NOR", "NORR", "XKX"), "code", "year"),
        "2 unknown ISO3 codes in covariates column 'code': NORR (did you mean NOR?), XKX", "correct the codes or drop");
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(covariates("NOR", "VAT", "CSK"), "code", "year"),
        "2 codes in covariates column 'code' never in the panel (no UN membership in 2000–2002): CSK, VAT");
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(covariates("NOR", "nor"), "code", "year"),
        "rows 1 and 2 of covariates are both NOR in 2000", "one row per state and year");
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(covariates("NOR", ""), "code", "year"),
        "row 2 of covariates, column 'code': no ISO3 code");
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(covariates("NOR"), "iso", "year"),
        "no column 'iso' (iso3Column)", "its columns are [code, year, gdp]");
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(covariates("NOR"), "code", "gdp2"),
        "no column 'gdp2' (yearColumn)", "did you mean gdp?");
    Table textYears = Table.create("t", StringColumn.create("code", "NOR"), StringColumn.create("y", "2000"),
        DoubleColumn.create("gdp", 1.0));
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(textYears, "code", "y"),
        "yearColumn 'y' of table 't' is STRING", "pass a column of whole years");
    Table clash = Table.create("t", StringColumn.create("code", "NOR"), IntColumn.create("year", new int[] {2000}),
        DoubleColumn.create("name", 1.0));
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(clash, "code", "year"),
        "column 'name' is already in the panel", "rename the column");
    Table keysOnly = Table.create("t", StringColumn.create("code", "NOR"), IntColumn.create("year", new int[] {2000}));
    refuses(IllegalArgumentException.class, () -> SMALL.addCovariates(keysOnly, "code", "year"),
        "has no column besides 'code' and 'year'");
    refusesNull(() -> SMALL.addCovariates(null, "code", "year"), "covariates");
  }
}
