package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The instruments read from a column of a UNTC page's table of further consents (the CCW page's
 * Protocols I–III): consent dates from the treaty's own row unless the page prints one, and refusals of
 * what cannot be read. Fixture {@code untc/valid_protocols.html}: Canada ratified 3 Dec 1997, accepted
 * Protocol I with it and Protocol II on 18 July 2002; Poland ratified 27 Dec 2012 and accepted Protocol I.
 */
class InstrumentTableTest {
  private static UntcTreatyImporter.CatalogEntry entry(String column) {
    return new UntcTreatyImporter.CatalogEntry("test-p", "untc/test.html", "Test P", "test", 20,
        EntryIntoForceRule.SIX_MONTHS, "fixture", 1, column);
  }

  private static UntcTreatyImporter.Instrument read(String html, String column) {
    UntcStatusPage page = UntcStatusPageParser.parse("protocols.html", html);
    return new UntcTreatyImporter(null, Fixtures.INPUTS, Fixtures.NAMES, Set.of("CAN", "EST", "POL"))
        .instrument(page, entry(column), new ImportReport("test"));
  }

  private static final String VALID = Fixtures.page("valid_protocols.html");

  @Test
  void aMarkWithoutADateTakesTheTreatysConsentAndADatedMarkItsOwnDate() {
    UntcTreatyImporter.Instrument p1 = read(VALID, "Protocol I");
    assertEquals("Protocol on test fragments (Protocol I)", p1.fullName());
    assertEquals(LocalDate.of(1980, 10, 10), p1.adopted());
    assertEquals(List.of("CAN", "POL"), p1.rows().stream().map(UntcTreatyImporter.Participation::iso3).toList());
    UntcTreatyImporter.Participation canada = p1.rows().get(0);
    assertEquals(LocalDate.of(1997, 12, 3), canada.row().consent());
    assertEquals("", canada.row().consentCode());
    assertNull(canada.row().signature(), "protocols are not signed: no signature is carried over");
    assertTrue(canada.notes().startsWith("accepted with its ratification of the treaty of 1997-12-03 (end note 8:"), canada.notes());
    assertEquals(LocalDate.of(2013, 6, 27), p1.rows().get(1).entryIntoForce(), "six months after Poland's 27 Dec 2012");
    assertTrue(p1.check().startsWith("the page prints no count for Protocol I; 2 rows marked x; parties to the treaty with no row in the table: Estonia"),
        p1.check());

    UntcTreatyImporter.Instrument p2 = read(VALID, "Protocol II");
    assertEquals(1, p2.rows().size());
    assertEquals(LocalDate.of(2002, 7, 18), p2.rows().get(0).row().consent());
    assertEquals("P", p2.rows().get(0).row().consentCode());
  }

  @Test
  void refusals() {
    ImportException noColumn = assertThrows(ImportException.class, () -> read(VALID, "Protocol IX"));
    assertEquals("Protocol IX", noColumn.field());
    assertTrue(noColumn.getMessage().contains("no table of further consents with a column 'Protocol IX'"), noColumn.getMessage());

    ImportException mark = assertThrows(ImportException.class, () -> read(VALID.replace("<Column>X<br>", "<Column>yes<br>"), "Protocol I"));
    assertEquals("Protocol I", mark.field());
    assertTrue(mark.getMessage().contains("unreadable mark 'yes' for 'Poland'"), mark.getMessage());

    ImportException early = assertThrows(ImportException.class,
        () -> read(VALID.replace("x (18 July 2002)", "x (18 July 1990)"), "Protocol II"));
    assertTrue(early.getMessage().contains("before its consent to the treaty of 1997-12-03"), early.getMessage());

    ImportException impossible = assertThrows(ImportException.class,
        () -> read(VALID.replace("x (18 July 2002)", "x (31 June 2002)"), "Protocol II"));
    assertEquals("Protocol II", impossible.field());

    // Estonia's consent to the treaty is withdrawn on the page: its acceptance cannot be read as current
    ImportException withdrawn = assertThrows(ImportException.class,
        () -> read(VALID.replace("<Column>Poland<br>", "<Column>Estonia<br>"), "Protocol I"));
    assertTrue(withdrawn.getMessage().contains("'Estonia' withdrew from the treaty"), withdrawn.getMessage());

    ImportException noConsent = assertThrows(ImportException.class, () -> read(VALID
        .replace("<td> &nbsp;4 Dec\t 1997 <br></td><td>27 Dec\t 2012 <br></td>", "<td> &nbsp;4 Dec\t 1997 <br></td><td>&nbsp;</td>"), "Protocol I"));
    assertTrue(noConsent.getMessage().contains("'Poland' (POL) accepted Protocol I but has no consent to the treaty"), noConsent.getMessage());

    ImportException empty = assertThrows(ImportException.class, () -> read(VALID.replace("<Column>X<br>", "<Column><br>"), "Protocol I"));
    assertTrue(empty.getMessage().contains("'Poland' has a row in the special table but no mark in any column"), empty.getMessage());

    ImportException twice = assertThrows(ImportException.class, () -> read(VALID.replace("<Column>Poland<br>", "<Column>Canada<br>"), "Protocol I"));
    assertTrue(twice.getMessage().contains("appears twice in the table of Protocol I"), twice.getMessage());

    ImportException rule = assertThrows(ImportException.class,
        () -> read(VALID.replace("Unless otherwise indicated, acceptance was notified upon", "Acceptance was notified"), "Protocol I"));
    assertTrue(rule.getMessage().contains("the consent dates cannot be read"), rule.getMessage());

    ImportException unknownColumn = assertThrows(ImportException.class, () -> read(VALID.replace("<td>Protocol II<br>", "<td>Remarks<br>"), "Protocol I"));
    assertEquals("Remarks", unknownColumn.field());
  }

  @Test
  void pagesWithoutAFurtherTableHaveNone() {
    assertEquals(List.of(), UntcStatusPageParser.parse("valid.html", Fixtures.page("valid_minimal.html")).instrumentTables());
  }
}
