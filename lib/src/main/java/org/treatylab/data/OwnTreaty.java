package org.treatylab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;
import org.treatylab.base.Checks;

/** Builds a {@link Treaty} from a user's own table: the work behind {@link Treaty#fromTable}. */
final class OwnTreaty {
  private OwnTreaty() {}

  static Treaty build(String id, Table table, String stateColumn, String signatureColumn, String consentColumn,
      String withdrawalColumn) {
    Checks.notNull(id, "id");
    Checks.notNull(table, "table");
    Checks.hasColumn(table, stateColumn, "stateColumn");
    Checks.hasColumn(table, signatureColumn, "signatureColumn");
    Checks.hasColumn(table, consentColumn, "consentColumn");
    if (withdrawalColumn != null) {
      Checks.hasColumn(table, withdrawalColumn, "withdrawalColumn");
    }
    if (table.rowCount() == 0) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no rows; pass one row per state");
    }
    List<Participant> participants = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < table.rowCount(); r++) {
      int line = r + 1;
      Object code = table.column(stateColumn).get(r);
      if (code == null || code.toString().isBlank()) {
        throw new IllegalArgumentException("row " + line + ", column '" + stateColumn + "': no state code");
      }
      State state;
      try {
        state = States.require(code.toString());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("row " + line + ", column '" + stateColumn + "': " + e.getMessage(), e);
      }
      if (!seen.add(state.iso3())) {
        throw new IllegalArgumentException("row " + line + ", column '" + stateColumn + "': " + state.iso3()
            + " appears twice; pass one row per state");
      }
      LocalDate signature = date(table, signatureColumn, r);
      LocalDate consent = date(table, consentColumn, r);
      LocalDate withdrawal = withdrawalColumn == null ? null : date(table, withdrawalColumn, r);
      if (withdrawal != null && (consent == null || withdrawal.isBefore(consent))) {
        throw new IllegalArgumentException("row " + line + ", column '" + withdrawalColumn + "': withdrawal "
            + withdrawal + " without an earlier consent (" + consentColumn + ": " + consent + ")");
      }
      participants.add(new Participant(id, state.iso3(), state.name(), signature, consent,
          consent == null ? "" : "consent", false, null, withdrawal, null));
    }
    LocalDate adopted = participants.stream().flatMap(p -> Stream.of(p.signature(), p.consent()))
        .filter(d -> d != null).min(LocalDate::compareTo)
        .orElseThrow(() -> new IllegalArgumentException("table '" + table.name() + "' has no signature or consent "
            + "date in columns '" + signatureColumn + "', '" + consentColumn + "'"));
    return Treaty.of(id, id, adopted, null, null, 0, participants);
  }

  /** The latest date in a treaty's records: the default status date of records without one. */
  static LocalDate latestDate(LocalDate adopted, LocalDate opened, LocalDate entryIntoForce,
      List<Participant> participants) {
    return Stream.concat(Stream.of(adopted, opened, entryIntoForce),
            participants.stream().flatMap(p -> Stream.of(p.signature(), p.consent(), p.withdrawalNotified(),
                p.withdrawalEffective(), p.entryIntoForce())))
        .filter(d -> d != null).max(LocalDate::compareTo).orElse(adopted);
  }

  static Table readCsv(Path csv) {
    Checks.notNull(csv, "csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException("csv " + csv.toAbsolutePath() + " is not a file");
    }
    try {
      return Table.read().usingOptions(CsvReadOptions.builder(csv.toFile()).tableName(csv.getFileName().toString())
          .missingValueIndicator("").columnTypes(name -> ColumnType.STRING).build());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("csv " + csv + " could not be read: " + e.getMessage(), e);
    }
  }

  private static LocalDate date(Table table, String column, int row) {
    Column<?> c = table.column(column);
    if (c.isMissing(row)) {
      return null;
    }
    Object v = c.get(row);
    if (v instanceof LocalDate d) {
      return d;
    }
    String text = v.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("row " + (row + 1) + ", column '" + column + "': '" + text
          + "' is not a date in ISO form (2001-05-31)");
    }
  }
}
