package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Diffusion;
import org.treatylab.analysis.adoption.DiffusionFit;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A user's own treaty from a table or a CSV file, and a curve from a plain list of dates. */
class OwnDataTest {
  private static Table records() {
    return Table.create("my treaty",
        StringColumn.create("state", "fra", "DEU", "NOR", "KEN"),
        StringColumn.create("signed", "2001-05-31", "2001-06-01", "", "2001-06-02"),
        StringColumn.create("ratified", "2002-01-15", "", "2001-09-30", "2003-03-01"),
        StringColumn.create("left", "", "", "", "2004-12-31"));
  }

  @Test
  void aTreatyFromATable() {
    Treaty mine = Treaty.fromTable("mine", records(), "state", "signed", "ratified", "left");
    assertEquals(LocalDate.of(2001, 5, 31), mine.adopted(), "earliest date in the records");
    assertEquals(LocalDate.of(2004, 12, 31), mine.statusDate(), "latest date in the records");
    assertEquals(List.of("NOR", "FRA", "KEN"), mine.partiesAt(LocalDate.of(2003, 3, 1)).stream().map(Participant::iso3).toList());
    assertEquals(2, mine.partiesAt(LocalDate.of(2004, 12, 31)).size(), "Kenya's withdrawal took effect");
    assertEquals(List.of("KEN"), mine.withdrawals().stringColumn("iso3").asList());
    assertEquals(4, mine.table().rowCount(), "its own records, not the curated table's");
    assertEquals(3, AdoptionCurve.of(mine).countAt(LocalDate.of(2004, 12, 31)));
    assertEquals(2, AdoptionCurve.of(mine).parties().countAt(LocalDate.of(2004, 12, 31)));
    assertThrows(IllegalArgumentException.class, () -> mine.partiesAt(LocalDate.of(2005, 1, 1)));
    Treaty later = mine.withStatusDate(LocalDate.of(2010, 1, 1));
    assertEquals(2, later.partiesAt(LocalDate.of(2009, 1, 1)).size());
    assertThrows(IllegalArgumentException.class, () -> mine.withStatusDate(LocalDate.of(2004, 1, 1)));
    assertEquals("mine, 4 participants, user-supplied records up to 2004-12-31", mine.toString());
  }

  @Test
  void aTreatyFromACsvFile(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("mine.csv");
    Files.writeString(csv, "state,signed,ratified\nFRA,2001-05-31,2002-01-15\nNOR,,2001-09-30\n");
    Treaty mine = Treaty.fromCsv("mine", csv, "state", "signed", "ratified");
    assertEquals(2, mine.partiesAt(mine.statusDate()).size());
    assertThrows(IllegalArgumentException.class, () -> Treaty.fromCsv("mine", dir.resolve("none.csv"), "state", "signed", "ratified"));
  }

  @Test
  void badCellsNameTheRowAndColumn() {
    Table badCode = records().copy();
    badCode.stringColumn("state").set(2, "NORR");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Treaty.fromTable("x", badCode, "state", "signed", "ratified"));
    assertTrue(e.getMessage().startsWith("row 3, column 'state': unknown ISO3 code 'NORR' — did you mean NOR (Norway)?"),
        e.getMessage());
    Table badDate = records().copy();
    badDate.stringColumn("ratified").set(0, "15/01/2002");
    e = assertThrows(IllegalArgumentException.class, () -> Treaty.fromTable("x", badDate, "state", "signed", "ratified"));
    assertEquals("row 1, column 'ratified': '15/01/2002' is not a date in ISO form (2001-05-31)", e.getMessage());
    Table twice = records().copy();
    twice.stringColumn("state").set(1, "FRA");
    e = assertThrows(IllegalArgumentException.class, () -> Treaty.fromTable("x", twice, "state", "signed", "ratified"));
    assertTrue(e.getMessage().contains("FRA appears twice"), e.getMessage());
  }

  @Test
  void aCurveFromAListOfDatesWithABassFit() {
    List<LocalDate> dates = new java.util.ArrayList<>();
    LocalDate start = LocalDate.of(2000, 1, 1);
    // a logistic-looking sequence of 60 instruments over 10 years
    for (int i = 0; i < 60; i++) {
      double share = (i + 0.5) / 60;
      double years = 5 + Math.log(share / (1 - share)) / 1.2;
      dates.add(start.plusDays(Math.round(Math.max(0, years) * 365.25)));
    }
    AdoptionCurve curve = AdoptionCurve.ofDates("sixty", dates);
    assertEquals(60, curve.countAt(curve.endDate()));
    DiffusionFit bass = Diffusion.fitBass(curve.byMonth().series());
    assertTrue(bass.r2() > 0.9, "R² " + bass.r2());
    assertThrows(IllegalArgumentException.class, () -> AdoptionCurve.ofDates("none", List.of()));
    List<LocalDate> withNull = new java.util.ArrayList<>(dates);
    withNull.set(3, null);
    assertEquals("dates[3] is null; pass a value",
        assertThrows(NullPointerException.class, () -> AdoptionCurve.ofDates("x", withNull)).getMessage());
  }
}
