package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;

/**
 * CCW Protocols I–III as read from the CCW status page's table "Consent to be bound by Protocols I, II,
 * and III" (UNTC XXVI-2, status 3 Feb 2026), on the committed datasets. The page prints no party count for
 * them, so the counts are the page's own "x" marks, counted by hand from the saved page: Protocol I 121,
 * Protocol II 96, Protocol III 117, in a table of 126 rows.
 */
class CcwProtocolsTest {
  private static final LocalDate STATUS = LocalDate.of(2026, 2, 3);

  @Test
  void partiesPerProtocolAreTheMarksOnThePage() {
    assertEquals(121, Treaties.ccwProtocolI().partiesAt(STATUS).size());
    assertEquals(96, Treaties.ccwProtocolII().partiesAt(STATUS).size());
    assertEquals(117, Treaties.ccwProtocolIII().partiesAt(STATUS).size());
    Set<String> anyProtocol = new TreeSet<>();
    for (String id : List.of("ccw-pi", "ccw-pii", "ccw-piii")) {
      Treaties.byId(id).participants().forEach(p -> anyProtocol.add(p.iso3()));
    }
    assertEquals(126, anyProtocol.size(), "rows of the protocols table");
  }

  @Test
  void everyProtocolPartyIsAConventionPartyAndConsentsNoEarlier() {
    Map<String, Participant> convention = Treaties.ccw().participants().stream()
        .collect(Collectors.toMap(Participant::iso3, p -> p));
    for (String id : List.of("ccw-pi", "ccw-pii", "ccw-piii")) {
      for (Participant p : Treaties.byId(id).participants()) {
        Participant c = convention.get(p.iso3());
        assertTrue(c != null && c.consent() != null, id + " " + p.iso3());
        assertTrue(!p.consent().isBefore(c.consent()), id + " " + p.iso3());
      }
    }
    Set<String> conventionOnly = new TreeSet<>(convention.values().stream().filter(p -> p.consent() != null).map(Participant::iso3).toList());
    Treaties.ccwProtocolI().participants().forEach(p -> conventionOnly.remove(p.iso3()));
    Treaties.ccwProtocolII().participants().forEach(p -> conventionOnly.remove(p.iso3()));
    Treaties.ccwProtocolIII().participants().forEach(p -> conventionOnly.remove(p.iso3()));
    assertEquals(Set.of("CMR", "DOM"), conventionOnly, "Convention parties with no row in the protocols table");
  }

  @Test
  void datedNotificationsAndInheritedDates() {
    Map<String, Participant> p3 = Treaties.ccwProtocolIII().participants().stream()
        .collect(Collectors.toMap(Participant::iso3, p -> p));
    assertEquals(LocalDate.of(2002, 7, 18), p3.get("FRA").consent(), "France: 'x (18 July 2002)'");
    assertEquals(LocalDate.of(2009, 1, 21), p3.get("USA").consent(), "United States: 'x (21 January 2009)'");
    assertEquals(LocalDate.of(2009, 7, 21), p3.get("USA").entryIntoForce(), "art. 5(4): six months after");
    Map<String, Participant> p1 = Treaties.ccwProtocolI().participants().stream()
        .collect(Collectors.toMap(Participant::iso3, p -> p));
    assertEquals(LocalDate.of(1988, 3, 4), p1.get("FRA").consent(), "France's Protocol I: with its ratification of the Convention");
    assertEquals(LocalDate.of(1983, 12, 2), p1.get("MEX").entryIntoForce(), "early consents: the protocol's own entry into force");
    assertTrue(!p3.containsKey("TUR") || p3.get("TUR").consent().equals(LocalDate.of(2005, 3, 2)));
    // Bahrain, Burundi and others accepted only one of the three: the table is read as printed
    assertEquals(Set.of("ccw-piii"), recordIds("BHR"));
  }

  private static Set<String> recordIds(String iso3) {
    Set<String> out = new TreeSet<>();
    for (Row r : Treaties.recordOf(iso3)) {
      if (r.getString("treaty_id").matches("ccw-pi{1,3}") && r.getBoolean("party_at_status_date")) {
        out.add(r.getString("treaty_id"));
      }
    }
    return out;
  }
}
