package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The "facts that must hold" of issue 3, checked against the curated datasets packaged in the library. */
class TreatyFactsTest {
  private static final LocalDate STATUS = LocalDate.of(2026, 2, 3);

  private static long signedBetween(Treaty t, LocalDate from, LocalDate to) {
    return t.participants().stream()
        .filter(p -> p.signature() != null && !p.signature().isBefore(from) && !p.signature().isAfter(to))
        .count();
  }

  /** Rows by state. (Tablesaw's row iterator reuses one Row object, so each row gets its own.) */
  private static Map<String, Row> rowsByIso3(Treaty t) {
    Table table = t.table();
    Map<String, Row> out = new java.util.HashMap<>();
    for (int i = 0; i < table.rowCount(); i++) {
      out.put(table.stringColumn("iso3").get(i), new Row(table, i));
    }
    return out;
  }

  @Test
  void mineBanOpeningAndEntryIntoForce() {
    Treaty mbt = Treaties.mineBan();
    assertEquals("XXVI-5", mbt.untcNumber());
    assertEquals(LocalDate.of(1997, 9, 18), mbt.adopted());
    assertEquals(LocalDate.of(1997, 12, 3), mbt.openedForSignature());
    assertEquals(LocalDate.of(1999, 3, 1), mbt.entryIntoForce());
    assertEquals(STATUS, mbt.source().statusAsAt());
  }

  @Test
  void mineBan121SignaturesAtOttawaAnd122WithKenya() {
    Treaty mbt = Treaties.mineBan();
    assertEquals(121, signedBetween(mbt, LocalDate.of(1997, 12, 3), LocalDate.of(1997, 12, 4)));
    assertEquals(122, signedBetween(mbt, LocalDate.of(1997, 12, 3), LocalDate.of(1997, 12, 5)));
    Participant kenya = mbt.participants().stream().filter(p -> p.iso3().equals("KEN")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(1997, 12, 5), kenya.signature());
  }

  @Test
  void mineBanFortiethInstrumentOn16September1998() {
    Treaty mbt = Treaties.mineBan();
    List<Participant> first = mbt.firstConsents(40);
    assertEquals(LocalDate.of(1998, 9, 16), first.get(39).consent());
    assertTrue(mbt.consentsBy(LocalDate.of(1998, 9, 15)) < 40);
    assertTrue(mbt.consentsBy(LocalDate.of(1998, 9, 16)) >= 40);
  }

  @ParameterizedTest
  @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024})
  void mineBan164PartiesAtEndOfYear(int year) {
    assertEquals(164, Treaties.mineBan().partiesAt(LocalDate.of(year, 12, 31)).size());
  }

  @Test
  void mineBanWithdrawals() {
    Map<String, Row> rows = rowsByIso3(Treaties.mineBan());
    for (String baltic : List.of("EST", "LVA", "LTU")) {
      assertEquals(LocalDate.of(2025, 12, 27), rows.get(baltic).getDate("withdrawal_effective"), baltic);
      assertEquals("effective", rows.get(baltic).getString("withdrawal_status"), baltic);
    }
    assertEquals(LocalDate.of(2026, 1, 10), rows.get("FIN").getDate("withdrawal_effective"));
    assertEquals(LocalDate.of(2026, 2, 20), rows.get("POL").getDate("withdrawal_effective"));
    assertEquals("pending at status date", rows.get("POL").getString("withdrawal_status"));
    Treaty mbt = Treaties.mineBan();
    assertEquals(162, mbt.partiesAt(STATUS).size(), "page header: Parties 162, Poland still counted");
    IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
        () -> mbt.partiesAt(LocalDate.of(2026, 2, 20)), "Poland's withdrawal takes effect after the status date");
    assertTrue(after.getMessage().startsWith("2026-02-20 is after the data's status date 2026-02-03"), after.getMessage());
    assertEquals(166, mbt.partiesAt(LocalDate.of(2025, 12, 26)).size());
    assertEquals(163, mbt.partiesAt(LocalDate.of(2025, 12, 27)).size());
  }

  @Test
  void clusterMunitionsFacts() {
    Treaty ccm = Treaties.clusterMunitions();
    assertEquals(LocalDate.of(2008, 12, 3), ccm.openedForSignature());
    assertEquals(94, signedBetween(ccm, LocalDate.of(2008, 12, 3), LocalDate.of(2008, 12, 4)));
    assertEquals(LocalDate.of(2010, 2, 16), ccm.firstConsents(30).get(29).consent());
    assertTrue(ccm.consentsBy(LocalDate.of(2010, 2, 15)) < 30);
    assertEquals(LocalDate.of(2010, 8, 1), ccm.entryIntoForce());
    assertEquals(LocalDate.of(2025, 3, 6), rowsByIso3(ccm).get("LTU").getDate("withdrawal_effective"));
    assertEquals(112, ccm.partiesAt(STATUS).size());
  }

  @Test
  void ccwProtocolParties() {
    assertEquals(107, Treaties.ccwAmendedProtocolII().partiesAt(STATUS).size());
    assertEquals(99, Treaties.ccwProtocolV().partiesAt(STATUS).size());
  }

  @Test
  void headerCountsEqualRowCountsOnEveryPage() {
    for (Row r : Treaties.table()) {
      if (r.isMissing("header_parties")) {
        // an instrument read from a table of further consents (CCW Protocols I-III): the page prints no count
        assertTrue(r.getString("header_check").startsWith("the page prints no count for Protocol "), r.getString("treaty_id"));
        continue;
      }
      assertEquals("header counts equal row counts", r.getString("header_check"), r.getString("treaty_id"));
      if (!r.isMissing("header_signatories")) {
        assertEquals(r.getInt("header_signatories"), r.getInt("row_signatories"), r.getString("treaty_id"));
      }
      assertEquals(r.getInt("header_parties"), r.getInt("row_parties"), r.getString("treaty_id"));
    }
  }

  @Test
  void headerPartiesEqualLibraryPartiesExceptTheEuropeanUnion() {
    // The library counts states only; the CRPD page counts the European Union among its parties.
    for (Treaty t : Treaties.all()) {
      Row header = Treaties.table().where(Treaties.table().stringColumn("treaty_id").isEqualTo(t.id())).row(0);
      if (header.isMissing("header_parties")) {
        continue; // no count on the page (CCW Protocols I-III): CcwProtocolsTest counts their marks
      }
      int expected = header.getInt("header_parties") - (t.id().equals("crpd") ? 1 : 0);
      assertEquals(expected, t.partiesAt(t.source().statusAsAt()).size(), t.id());
    }
  }

  @Test
  void entryIntoForceForLaterPartiesFollowsArticle17() {
    Map<String, Row> rows = rowsByIso3(Treaties.mineBan());
    // Tonga deposited 25 Jun 2025 -> first day of the sixth month after: 1 Dec 2025
    assertEquals(LocalDate.of(2025, 6, 25), rows.get("TON").getDate("consent_date"));
    assertEquals(LocalDate.of(2025, 12, 1), rows.get("TON").getDate("entry_into_force"));
    // Canada deposited before the 40th instrument -> the treaty's own entry into force
    assertEquals(LocalDate.of(1999, 3, 1), rows.get("CAN").getDate("entry_into_force"));
  }

  @Test
  void allStatesDenominators() {
    assertEquals(185, States.unMembersAt(LocalDate.of(1997, 12, 3)));
    assertEquals(185, States.unMembersAt(LocalDate.of(1999, 3, 1)));
    assertEquals(192, States.unMembersAt(LocalDate.of(2008, 12, 3)));
    assertEquals(193, States.unMembersAt(LocalDate.of(2011, 7, 14)));
    assertEquals(193, States.unMembersAt(STATUS));
    assertEquals(197, States.countAt(STATUS, Denominator.UN_MEMBERS_AND_NON_MEMBER_PARTICIPANTS));
    assertTrue(States.asOf(LocalDate.of(1997, 12, 3)).stream().anyMatch(s -> s.iso3().equals("YUG")));
    double share = Treaties.mineBan().shareOfStatesAt(LocalDate.of(2024, 12, 31));
    // 164 parties, of which the Holy See, Cook Islands, Niue and Palestine are not UN members
    assertEquals(160.0 / 193, share, 1e-9);
  }

  @Test
  void statesAndGroups() {
    Map<String, State> states = States.all().stream().collect(Collectors.toMap(State::iso3, s -> s));
    assertEquals(193, states.values().stream().filter(State::unMember).count());
    for (String nonMember : List.of("VAT", "PSE", "COK", "NIU")) {
      assertFalse(states.get(nonMember).unMember(), nonMember);
    }
    assertEquals("Pacific Islands", states.get("FJI").paperGroup());
    assertEquals("other", states.get("AUS").paperGroup());
    assertEquals("Latin America and the Caribbean", states.get("JAM").paperGroup());
    assertEquals("Africa", states.get("SDN").paperGroup());
    assertFalse(states.get("SDN").subSaharanAfrica(), "M49 puts Sudan in Northern Africa");
    assertTrue(states.get("KEN").subSaharanAfrica());
  }

  @Test
  void outsideAndRecordOf() {
    List<State> outside = Treaties.mineBan().outsideAt(STATUS);
    assertTrue(outside.stream().anyMatch(s -> s.iso3().equals("RUS")));
    assertTrue(outside.stream().anyMatch(s -> s.iso3().equals("EST")));
    assertFalse(outside.stream().anyMatch(s -> s.iso3().equals("POL")));
    Table russia = Treaties.recordOf("RUS");
    assertEquals(Treaties.table().rowCount(), russia.rowCount());
    Row mbt = russia.stream().filter(r -> r.getString("treaty_id").equals("mbt")).findFirst().orElseThrow();
    assertFalse(mbt.getBoolean("party_at_status_date"));
    Row apii = russia.stream().filter(r -> r.getString("treaty_id").equals("ccw-apii")).findFirst().orElseThrow();
    assertTrue(apii.getBoolean("party_at_status_date"));
  }
}
