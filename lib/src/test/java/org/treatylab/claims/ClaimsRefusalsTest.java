package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.treatylab.testing.Refusals.refuses;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;

/**
 * The claims calls a notebook makes (Paper.of, Ledger.of / claim / check / notComparable, Facts.record)
 * refuse unknown keys and ids with the nearest one, null arguments by name, NaN values and dates after
 * the data; the right inputs still answer.
 */
class ClaimsRefusalsTest {

  @Test
  void unknownPaperKeysAndClaimIdsSuggestTheNearest() {
    // before: "unknown paper key 'petrov2019'; papers.csv lists [...]" and "no claim '…'" without a
    // suggestion; a null key "unknown paper key 'null'", a null claim id a bare NullPointerException
    refuses(IllegalArgumentException.class, () -> Paper.of("petrov2019"),
        "unknown paper key 'petrov2019' (key) — did you mean petrova2019?", "russia-essay");
    assertEquals("key is null; pass a value", assertThrows(NullPointerException.class, () -> Paper.of(null)).getMessage());
    Ledger ledger = Ledger.of("petrova2019");
    refuses(IllegalArgumentException.class, () -> ledger.claim("ccm.entry-into-force-sped"),
        "unknown claim id of petrova2019 'petrova2019.ccm.entry-into-force-sped' (id)",
        "did you mean petrova2019.ccm.entry-into-force-speed?");
    assertEquals("id is null; pass a value", assertThrows(NullPointerException.class, () -> ledger.claim(null)).getMessage());
    assertEquals("petrova2019.ccm.entry-into-force-speed", ledger.claim("ccm.entry-into-force-speed").id());
  }

  @Test
  void checksRefuseNullTextAndNaNValues() {
    // before: a null quantity or computed text gave a bare NullPointerException ("this.how"); a NaN
    // recorded as not comparable was kept as a number
    Ledger ledger = Ledger.of("petrova2019");
    assertEquals("quantity is null; pass a value",
        assertThrows(NullPointerException.class, () -> ledger.check("ccm.entry-into-force-speed", null, 1.5)).getMessage());
    assertEquals("computed is null; pass a value", assertThrows(NullPointerException.class,
        () -> ledger.checkText("ccm.entry-into-force-speed", null, "q")).getMessage());
    refuses(IllegalArgumentException.class,
        () -> ledger.notComparable("ccm.entry-into-force-speed", "x", "r", Double.NaN),
        "computed value 1 is NaN", "Ledger.notComputable");
    assertEquals(Verdict.NOT_COMPARABLE,
        ledger.notComparable("ccm.entry-into-force-speed", "another quantity", "r", 2.0).verdict());
  }

  @Test
  void factsRefuseUnknownCodesAndDatesAfterTheData() {
    // before: "'RUSS' is not an ISO3 code"; 'ZZZ' answered "not signed"; a date after the status date answered
    refuses(IllegalArgumentException.class, () -> Facts.record(Treaties.mineBan(), "RUSS", LocalDate.of(2000, 1, 1)),
        "unknown ISO3 code 'RUSS'", "did you mean RUS");
    refuses(IllegalArgumentException.class, () -> Facts.record(Treaties.mineBan(), "ZZZ", LocalDate.of(2000, 1, 1)),
        "unknown ISO3 code 'ZZZ'");
    refuses(IllegalArgumentException.class, () -> Facts.joinedInAnyWay(Treaties.mineBan(), "RUS", LocalDate.of(2030, 1, 1)),
        "2030-01-01 is after the data's status date 2026-02-03 (date)");
    assertEquals("not signed", Facts.record(Treaties.mineBan(), "RUS", LocalDate.of(2000, 1, 1)));
    assertEquals("signed and ratified", Facts.record(Treaties.mineBan(), "CAN", LocalDate.of(2000, 1, 1)));
  }
}
