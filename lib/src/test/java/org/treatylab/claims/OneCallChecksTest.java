package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.analysis.adoption.Speed;
import org.treatylab.data.Events;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/** One-call checks: a definition's value, quantity and rows, judged by the ledger as the long form is. */
class OneCallChecksTest {
  private final Treaty mbt = Treaties.mineBan();
  private final Treaty apii = Treaties.ccwAmendedProtocolII();
  private final Treaty ccm = Treaties.clusterMunitions();
  private final Treaty pv = Treaties.ccwProtocolV();

  @Test
  void theLedgerJudgesADefinitionAsItJudgesTheSameValuesGivenByHand() {
    Computed slowed = Definitions.slowedAfterSigning(mbt, ccm);
    assertEquals(Ledger.of("petrova2019").checkText("figures34.slowed-after-signing", slowed.text(), slowed.quantity(),
        slowed.rowsUsed()), Ledger.of("petrova2019").check("figures34.slowed-after-signing", slowed));
    Computed year = Definitions.entryIntoForceYear(mbt);
    assertEquals(Ledger.of("russia-essay").check("mbt.entry-into-force-1997", year.quantity(), year.rowsUsed(), 1999),
        Ledger.of("russia-essay").check("mbt.entry-into-force-1997", year));
    Computed crossing = Definitions.crossingBetweenCounts(EventSeries.of(Events.osloProcess()), 30,
        Events.osloProcess().date("C3"), "Oslo Declaration");
    ClaimCheck c = Ledger.of("petrova2019").check("tipping.thirty-states.cluster-munitions", crossing);
    assertEquals(Verdict.NOT_COMPUTABLE, c.verdict());
    assertEquals("events rows C2, C4", c.rowsUsed());
    Computed other = Computed.notComparable("a different year", "monitor_casualties row 1999", 100);
    assertEquals(Verdict.NOT_COMPARABLE, Ledger.of("varda2025").check("victims.300-per-week", other).verdict());
  }

  @Test
  void theQuantityNamesEachTreatysValueByThePapersAbbreviation() {
    Computed faster = Definitions.fasterToInstruments(40, mbt, apii, ccm, pv);
    long mbt40 = Speed.daysToInstruments(mbt, 40).orElseThrow().daysSinceOrigin();
    long apii40 = Speed.daysToInstruments(apii, 40).orElseThrow().daysSinceOrigin();
    assertTrue(faster.quantity().startsWith("days to the 40th instrument: MBT " + mbt40 + ", APII " + apii40 + ", CCM "),
        faster.quantity());
    assertEquals("treaty_participation consents of mbt, ccw-apii, ccm, ccw-pv; un_membership", faster.rowsUsed());
    assertEquals(mbt40 < apii40, faster.text().equals("both faster") || faster.text().contains("CCM vs Protocol V")
        && !faster.text().contains("MBT vs APII"));
    assertTrue(Definitions.fasterToInstruments(1, mbt, apii, ccm, pv).quantity().contains("the 1st instrument"));
    assertTrue(Definitions.fasterToInstruments(22, mbt, apii, ccm, pv).quantity().contains("the 22nd instrument"));
    assertTrue(Definitions.fasterToInstruments(12, mbt, apii, ccm, pv).quantity().contains("the 12th instrument"));
    assertTrue(Definitions.widerWithinYears(5, mbt, apii, ccm, pv).quantity().startsWith("instruments within five years: MBT "));
    assertEquals("whether USA, RUS or CHN ever signed or consented to the MBT or the CCM, at 2010-01-01",
        Definitions.joinedEither(mbt, ccm, LocalDate.of(2010, 1, 1), "USA", "RUS", "CHN").quantity());
    assertEquals("joined at least one", Definitions.joinedEither(mbt, ccm, LocalDate.of(2010, 1, 1), "FRA").text());
  }

  @Test
  void definitionsRefuseWhatTheyCannotAnswer() {
    refuses(IllegalArgumentException.class, () -> Definitions.abbreviation(Treaties.byId("att")),
        "treaty 'att' has no abbreviation in treaty-abbreviations.csv", "mbt, ccm, ccw-apii, ccw-pv");
    refuses(IllegalArgumentException.class, () -> Definitions.fasterToInstruments(10_000, mbt, apii, ccm, pv),
        "never reached 10000 instruments of consent");
    refuses(IllegalArgumentException.class, () -> Definitions.fasterToInstruments(0, mbt, apii, ccm, pv), "instruments is 0");
    refuses(IllegalArgumentException.class, () -> Definitions.widerWithinYears(11, mbt, apii, ccm, pv), "years is 11");
    refuses(IllegalArgumentException.class, () -> Definitions.earlierToShare(0, mbt, apii, ccm, pv), "share is 0");
    refuses(IllegalArgumentException.class, () -> Definitions.earlierToShare(1, mbt, apii, ccm, pv),
        "never reached 100 % of the UN members");
    refusesNull(() -> Definitions.slowedAfterSigning(mbt, null), "b");
    refusesNull(() -> Definitions.widerWithinYears(5, mbt, null, ccm, pv), "first pair's second treaty");
    refuses(IllegalArgumentException.class, () -> Definitions.joinedEither(mbt, ccm, LocalDate.of(2010, 1, 1)),
        "iso3 is empty");
    refuses(IllegalArgumentException.class, () -> Definitions.entryIntoForceYear(Treaties.byId("ctbt")),
        "ctbt has not entered into force");
    // landmine support was above 30 before the Ottawa conference: the crossing is not in doubt there
    refuses(IllegalArgumentException.class, () -> Definitions.crossingBetweenCounts(EventSeries.of(Events.ottawaProcess()),
        30, Events.ottawaProcess().date("L8"), "Ottawa conference"), "do not straddle 30", "check the count before");
    refusesNull(() -> Ledger.of("petrova2019").check("figures34.slowed-after-signing", (Computed) null), "computed");
    refuses(IllegalArgumentException.class,
        () -> Ledger.of("petrova2019").check("figures34.slowed-after-signing", Definitions.entryIntoForceYear(mbt)),
        "states 0 value(s)");
  }
}
