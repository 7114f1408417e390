package org.treatylab.analysis.adoption;

import java.time.LocalDate;
import java.util.List;
import org.treatylab.data.Participant;
import org.treatylab.data.Treaty;

/** Small synthetic treaties with hand-checkable dates. */
final class Synthetic {
  private Synthetic() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Participant p(String iso3, String signature, String consent, String withdrawalEffective) {
    return new Participant("t", iso3, iso3, signature == null ? null : d(signature), consent == null ? null : d(consent),
        consent == null ? "" : "ratification", false, null,
        withdrawalEffective == null ? null : d(withdrawalEffective), null);
  }

  /**
   * Adopted 2000-01-01, opened 2000-02-01, in force 2000-08-01, 2 instruments for entry into force.
   * Signatures: A, B 2000-02-01; C 2000-02-20; D 2000-04-01. Consents: A 2000-03-15; B 2000-05-10; C
   * 2001-01-05 (withdrawal effective 2002-01-01); E (accession) 2001-06-30.
   */
  static Treaty treaty() {
    // records complete up to 2005: the tests ask about dates after the last instrument
    return Treaty.of("t", "Test Treaty", d("2000-01-01"), d("2000-02-01"), d("2000-08-01"), 2, d("2005-12-31"), List.of(
        p("AAA", "2000-02-01", "2000-03-15", null),
        p("BBB", "2000-02-01", "2000-05-10", null),
        p("CCC", "2000-02-20", "2001-01-05", "2002-01-01"),
        p("DDD", "2000-04-01", null, null),
        p("EEE", null, "2001-06-30", null)));
  }
}
