package org.treatylab.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {
  record Row(String iso3, double share, int rank, LocalDate date, Boolean party) {}

  private static final List<Row> ROWS = List.of(
      new Row("AFG", 0.25, 1, LocalDate.of(2002, 9, 11), true),
      new Row("USA", Double.NaN, 2, null, null),
      new Row(null, 1.5, 3, LocalDate.of(1997, 12, 3), false));

  private static Table built() {
    return Tables.of("rows", ROWS)
        .text("iso3", Row::iso3)
        .number("share", "%", Row::share)
        .integer("rank", Row::rank)
        .date("date", Row::date)
        .bool("party", Row::party)
        .build();
  }

  /** The same table as the hand-built table() bodies made it, column by column with append. */
  private static Table byHand() {
    StringColumn iso3 = StringColumn.create("iso3");
    DoubleColumn share = DoubleColumn.create("share");
    IntColumn rank = IntColumn.create("rank");
    DateColumn date = DateColumn.create("date");
    BooleanColumn party = BooleanColumn.create("party");
    for (Row r : ROWS) {
      iso3.append(r.iso3());
      share.append(r.share());
      rank.append(r.rank());
      date.append(r.date());
      party.append(r.party());
    }
    return Table.create("rows", iso3, share, rank, date, party);
  }

  @Test
  void buildsTheTableAHandBuiltBodyMade() {
    Table t = built();
    Table expected = byHand();
    assertEquals(expected.name(), t.name());
    assertEquals(expected.columnNames(), t.columnNames());
    assertEquals(expected.types(), t.types());
    assertEquals(List.of(ColumnType.STRING, ColumnType.DOUBLE, ColumnType.INTEGER, ColumnType.LOCAL_DATE,
        ColumnType.BOOLEAN), t.types());
    assertEquals(expected.printAll(), t.printAll());
    assertEquals(3, t.rowCount());
  }

  @Test
  void nullAndNanLeaveTheCellMissing() {
    Table t = built();
    assertTrue(t.stringColumn("iso3").isMissing(2));
    assertTrue(t.doubleColumn("share").isMissing(1));
    assertTrue(t.dateColumn("date").isMissing(1));
    assertTrue(t.booleanColumn("party").isMissing(1));
    Table ranks = Tables.of("ranks", ROWS).integer("rank", r -> r.iso3() == null ? null : r.rank()).build();
    assertTrue(ranks.intColumn("rank").isMissing(2));
    assertEquals(2, ranks.intColumn("rank").get(1));
    assertEquals(1.5, t.doubleColumn("share").getDouble(2));
    assertEquals(LocalDate.of(1997, 12, 3), t.dateColumn("date").get(2));
  }

  @Test
  void rowsNumbersTheRowsForParallelArrays() {
    double[] years = {0.5, 1.5};
    String[] names = {"a", "b"};
    Table t = Tables.rows("arrays", 2).text("name", i -> names[i]).number("years", "years", i -> years[i]).build();
    assertEquals(List.of("a", "b"), t.stringColumn("name").asList());
    assertEquals(List.of(0.5, 1.5), t.doubleColumn("years").asList());
    assertEquals(0, Tables.rows("none", 0).integer("n", i -> i).build().rowCount());
  }

  @Test
  void emptyRecordsGiveAnEmptyTableWithItsColumns() {
    Table t = Tables.of("nothing", List.<Row>of()).text("iso3", Row::iso3).number("share", Row::share).build();
    assertEquals(0, t.rowCount());
    assertEquals(List.of("iso3", "share"), t.columnNames());
  }

  @Test
  void anEmptyColumnNameIsAllowedForRowLabels() {
    Table t = Tables.of("2×2", List.of("yes", "no")).text("", s -> s).integer("n", String::length).build();
    assertEquals(List.of("", "n"), t.columnNames());
  }

  @Test
  void unitsAreKeptForTheBuiltColumnsOnly() {
    Table t = built();
    assertEquals(Optional.of("%"), Tables.unit(t, "share"));
    assertEquals(Optional.empty(), Tables.unit(t, "rank"));
    Table days = Tables.of("d", ROWS).integer("rank", "days", Row::rank).build();
    assertEquals(Optional.of("days"), Tables.unit(days, "rank"));
    assertEquals(Optional.empty(), Tables.unit(t.copy(), "share"), "a copy is Tablesaw's, without a unit");
    refuses(IllegalArgumentException.class, () -> Tables.unit(t, "shares"), "no column 'shares'", "did you mean share?");
    refusesNull(() -> Tables.unit(null, "share"), "table");
    refusesNull(() -> Tables.unit(t, null), "column");
  }

  @Test
  void eachBuildReadsTheRecordsAgainIntoANewTable() {
    List<double[]> values = List.of(new double[] {1});
    Tables.Builder<double[]> b = Tables.of("again", values).number("v", v -> v[0]);
    Table first = b.build();
    values.get(0)[0] = 2;
    Table second = b.build();
    assertNotSame(first, second);
    assertEquals(1.0, first.doubleColumn("v").getDouble(0));
    assertEquals(2.0, second.doubleColumn("v").getDouble(0));
  }

  @Test
  void refusesNullNamesRecordsAndFunctions() {
    refusesNull(() -> Tables.of(null, ROWS), "name");
    refusesNull(() -> Tables.of("t", null), "records");
    refusesNull(() -> Tables.rows(null, 2), "name");
    Tables.Builder<Row> b = Tables.of("t", ROWS);
    refusesNull(() -> b.text(null, Row::iso3), "column");
    refusesNull(() -> b.text("iso3", null), "value of column 'iso3'");
    refusesNull(() -> b.number("share", (ToDoubleFunction<Row>) null), "value of column 'share'");
    refusesNull(() -> b.number("share", "%", null), "value of column 'share'");
    refusesNull(() -> b.integer("rank", (Function<Row, Integer>) null), "value of column 'rank'");
    refusesNull(() -> b.date("date", null), "value of column 'date'");
    refusesNull(() -> b.bool("party", (Function<Row, Boolean>) null), "value of column 'party'");
    refusesNull(() -> b.number("share", null, Row::share), "unit of column 'share'");
    refusesNull(() -> b.integer(null, "days", Row::rank), "column");
  }

  @Test
  void refusesANullRecordNamingItsIndex() {
    refuses(IllegalArgumentException.class, () -> Tables.of("t", Arrays.asList(ROWS.get(0), null)),
        "records holds null at index 1", "table 't'", "without nulls");
  }

  @Test
  void refusesANegativeRowCount() {
    refuses(IllegalArgumentException.class, () -> Tables.rows("t", -1), "rowCount is -1", "pass 0 or more");
  }

  @Test
  void refusesAColumnNameDeclaredTwiceWhateverItsKind() {
    Tables.Builder<Row> b = Tables.of("t", ROWS).text("iso3", Row::iso3);
    refuses(IllegalArgumentException.class, () -> b.number("iso3", Row::share),
        "column 'iso3' is declared twice in table 't'", "[iso3]", "give each column its own name");
    refuses(IllegalArgumentException.class, () -> b.text("iso3", Row::iso3), "declared twice");
    assertEquals(List.of("iso3"), b.build().columnNames(), "the refused column was not added");
  }

  @Test
  void refusesABlankUnit() {
    refuses(IllegalArgumentException.class, () -> Tables.of("t", ROWS).number("share", " ", Row::share),
        "unit of column 'share' is blank", "declare the column without one");
    refuses(IllegalArgumentException.class, () -> Tables.of("t", ROWS).integer("rank", "", Row::rank),
        "unit of column 'rank' is blank");
  }

  @Test
  void refusesATableWithoutColumns() {
    refuses(IllegalArgumentException.class, () -> Tables.of("empty", ROWS).build(),
        "table 'empty' has no columns", "before build()");
  }
}
