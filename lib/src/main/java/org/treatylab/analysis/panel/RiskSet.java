package org.treatylab.analysis.panel;

/**
 * Which states {@link Panel#countingProcess(org.treatylab.data.Treaty, java.time.LocalDate, RiskSet)}
 * keeps at risk of consenting to a treaty.
 */
public enum RiskSet {
  /** Every state of the panel (the UN members of {@code un_membership.csv}) from the origin on. */
  UN_MEMBERS,
  /**
   * Only the states that signed the treaty by its status date ({@code treaty_participation.csv}), at
   * risk from the origin like the others. This conditions on a later event (signing) and is meant as a
   * robustness check ("among signatories"), not as the population at risk; treaties without signature
   * (the CCW protocols, open to consent only) are refused.
   */
  SIGNATORIES
}
