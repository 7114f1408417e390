package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad input stops the import with an error naming file, row (HTML line) and field. */
class BadInputTest {

  private static ImportException failing(String fixture) {
    return assertThrows(ImportException.class, () -> Fixtures.importFixture(fixture));
  }

  @Test
  void validFixtureImportsWithWithdrawalsAndEntryIntoForce() {
    List<UntcTreatyImporter.Participation> rows = Fixtures.importFixture("valid_minimal.html");
    assertEquals(3, rows.size());
    UntcTreatyImporter.Participation est = rows.get(1);
    assertEquals("EST", est.iso3());
    assertTrue(est.row().consentWithdrawn());
    assertEquals(LocalDate.of(2025, 12, 27), est.withdrawal().effective());
    UntcTreatyImporter.Participation pol = rows.get(2);
    assertTrue(pol.withdrawal().pending());
    // deposited 27 Dec 2012 -> first day of the sixth month after: 1 Jun 2013
    assertEquals(LocalDate.of(2013, 6, 1), pol.entryIntoForce());
    assertEquals(LocalDate.of(1999, 3, 1), rows.get(0).entryIntoForce());
  }

  @Test
  void malformedHtmlWithoutParticipantTable() {
    ImportException e = failing("malformed_truncated_page.html");
    assertEquals("malformed_truncated_page.html", e.file());
    assertEquals("</html>", e.field(), "a page cut short is caught before its table is parsed");
  }

  @Test
  void missingColumn() {
    ImportException e = failing("missing_consent_column.html");
    assertEquals("missing_consent_column.html", e.file());
    assertEquals(10, e.line());
    assertTrue(e.getMessage().contains("missing column"), e.getMessage());
  }

  @Test
  void missingCellInARow() {
    ImportException e = failing("missing_cell.html");
    assertEquals(13, e.line());
    assertTrue(e.field().startsWith("Ratification"), e.field());
  }

  @Test
  void malformedDate() {
    ImportException e = failing("malformed_date.html");
    assertEquals("malformed_date.html", e.file());
    assertEquals(13, e.line());
    assertTrue(e.field().startsWith("Ratification"), e.field());
    assertTrue(e.getMessage().contains("malformed date"), e.getMessage());
  }

  @Test
  void duplicateTreatyAndState() {
    ImportException e = failing("duplicate_state.html");
    assertEquals(13, e.line());
    assertEquals("Participant", e.field());
    assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
  }

  @Test
  void consentBeforeSignature() {
    ImportException e = failing("consent_before_signature.html");
    assertEquals(13, e.line());
    assertTrue(e.field().startsWith("Ratification"), e.field());
    assertTrue(e.getMessage().contains("before the signature"), e.getMessage());
  }

  @Test
  void withdrawalBeforeConsent() {
    ImportException e = failing("withdrawal_before_consent.html");
    assertEquals(13, e.line());
    assertEquals("withdrawal (end note 2)", e.field());
  }

  @Test
  void unknownStateName() {
    ImportException e = failing("unknown_state.html");
    assertEquals("unknown_state.html", e.file());
    assertEquals(11, e.line());
    assertEquals("Participant", e.field());
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
  }

  @Test
  void importExceptionMessageNamesFileLineAndField() {
    ImportException e = failing("malformed_date.html");
    assertTrue(e.getMessage().startsWith("malformed_date.html:13: field 'Ratification"), e.getMessage());
  }
}
