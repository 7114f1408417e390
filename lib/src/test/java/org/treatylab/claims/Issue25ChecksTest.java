package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import org.junit.jupiter.api.Test;
import org.treatylab.data.Evidence;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;

/** Issue 25: the CCW's protocols per party, a rank bounded by counts, and checks of the paper's arithmetic only. */
class Issue25ChecksTest {
  private final Treaty ccw = Treaties.ccw();
  private final Treaty[] protocols = {Treaties.ccwProtocolI(), Treaties.ccwProtocolII(), Treaties.ccwProtocolIII(),
      Treaties.ccwAmendedProtocolII(), Treaties.ccwProtocolIV(), Treaties.ccwProtocolV()};

  @Test
  void everyCcwPartyAcceptedAtLeastTwoProtocolsWhenItJoined() {
    Computed c = Definitions.protocolsAtJoining(ccw, protocols);
    // the rule of art. 4(3) holds in the depositary's record only when Protocols I-III are read per state
    assertEquals(2, c.values()[0], c.quantity());
    assertTrue(c.quantity().contains("of Protocol I, Protocol II (1980), Protocol III, APII, Protocol IV, Protocol V"), c.quantity());
    assertEquals("treaty_participation consents of ccw, ccw-pi, ccw-pii, ccw-piii, ccw-apii, ccw-piv, ccw-pv", c.rowsUsed());
    assertEquals(Verdict.REPRODUCED, Ledger.of("petrova2019").check("ccw.two-protocols", c).verdict());
  }

  @Test
  void aProtocolNotAcceptedAtJoiningDoesNotCount() {
    // Protocol V (2003) came after most parties had joined: alone, the fewest accepted at joining is 0
    assertEquals(0, Definitions.protocolsAtJoining(ccw, Treaties.ccwProtocolV()).values()[0]);
    // fewer protocols can only lower the count: I-III alone leave out the parties that joined with later ones
    double firstThree = Definitions.protocolsAtJoining(ccw, protocols[0], protocols[1], protocols[2]).values()[0];
    double all = Definitions.protocolsAtJoining(ccw, protocols).values()[0];
    assertTrue(firstThree <= all, "fewest of I-III " + firstThree + " > fewest of all six " + all);
  }

  @Test
  void protocolsAtJoiningRefusesWhatItCannotCount() {
    refuses(IllegalArgumentException.class, () -> Definitions.protocolsAtJoining(ccw), "treaties is empty");
    refusesNull(() -> Definitions.protocolsAtJoining(null, protocols), "convention");
    refusesNull(() -> Definitions.protocolsAtJoining(ccw, Treaties.ccwProtocolI(), null), "treaty");
  }

  @Test
  void chechnyaCannotHaveBeenFirstIn2005() {
    Computed c = Definitions.casualtyRankAtBest("chechnya.casualties.2005.lm2007", "world.casualties.2005.lm2006",
        "world.countries-with-casualties.2005", "russia.casualties.2005.lm2007");
    assertEquals(2, c.values()[0], c.quantity());
    double mean = Evidence.value("world.casualties.2005.lm2006").value() / Evidence.value("world.countries-with-casualties.2005").value();
    assertTrue(c.quantity().contains("average " + ClaimCheck.format(mean) + ", more than 24"), c.quantity());
    assertTrue(c.quantity().contains("larger: Russian Federation 60 (LM2007)"), c.quantity());
    assertEquals("claims_evidence rows chechnya.casualties.2005.lm2007, world.casualties.2005.lm2006, "
        + "world.countries-with-casualties.2005, russia.casualties.2005.lm2007", c.rowsUsed());
    assertEquals(Verdict.DIFFERS, Ledger.of("russia-essay").check("chechnya.highest-casualty-rate", c).verdict());
  }

  @Test
  void aRankFromRowsOfDifferentYearsIsRefused() {
    refuses(IllegalArgumentException.class, () -> Definitions.casualtyRankAtBest("chechnya.casualties.2002.lm2003",
        "world.casualties.2005.lm2006", "world.countries-with-casualties.2005"), "is of 2005-2005, not of 2002", "one year");
    refuses(IllegalArgumentException.class, () -> Definitions.casualtyRankAtBest("chechnya.casualties.2005.lm2007",
        "world.casualties.2005.lm2006", "world.countries-with-casualties.2005", "russia.casualties.2006.lm2007"), "not of 2005");
    refuses(IllegalArgumentException.class, () -> Definitions.casualtyRankAtBest("chechnya.casualties.2005",
        "world.casualties.2005.lm2006", "world.countries-with-casualties.2005"), "chechnya.casualties.2005");
  }

  @Test
  void thePapersOwnArithmeticIsCountedApartFromAReproduction() {
    ClaimCheck ok = Ledger.of("russia-essay").check("demining.russia-cost-33-110-million",
        Computed.arithmetic("110,000 devices (the essay's) x US$300-1,000", "claims row", 33, 110));
    assertEquals(Verdict.ARITHMETIC_ONLY, ok.verdict());
    assertEquals("arithmetic only", ok.verdict().label());
    assertTrue(ok.reason().startsWith("only the paper's own arithmetic was checked: paper 33, data 33"), ok.reason());
    ClaimCheck wrong = Ledger.of("russia-essay").checkArithmetic("demining.russia-cost-33-110-million", "a slip", "claims row", 33, 120);
    assertEquals(Verdict.DIFFERS, wrong.verdict());
    refuses(IllegalArgumentException.class, () -> Ledger.of("russia-essay").checkArithmetic(
        "demining.russia-cost-33-110-million", "one value", "claims row", 33), "states 2 value(s)");
    refusesNull(() -> Ledger.of("russia-essay").checkArithmetic("demining.russia-cost-33-110-million", null, "", 33, 110), "quantity");
  }
}
