package org.treatylab.data;

/**
 * What "all states" means in a share such as "62% of all states had ratified by 2000". The papers
 * divide by the number of states at the time; which count of states they use is not always said, so
 * the choice is explicit here.
 */
public enum Denominator {
  /**
   * UN members at the date (from {@code un_membership.csv}: 185 in 1997-1999 including the contested
   * Yugoslavia seat, 193 since 14 July 2011). Only parties that are UN members at the date count in
   * the numerator, so the share never exceeds 1. The default.
   */
  UN_MEMBERS_AT_DATE,
  /**
   * UN members at the date plus the non-member states that join treaties (Holy See, State of
   * Palestine, Cook Islands, Niue); every party counts in the numerator.
   */
  UN_MEMBERS_AND_NON_MEMBER_PARTICIPANTS,
  /** A fixed 193 (today's membership) at every date; every party counts in the numerator. */
  FIXED_193
}
