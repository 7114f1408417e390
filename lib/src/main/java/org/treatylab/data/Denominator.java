package org.treatylab.data;

/**
 * What "all states" means in a share such as "62% of all states had ratified by 2000". The papers
 * divide by the number of states at the time; which count of states they use is not always said, so
 * the choice is explicit here.
 */
public enum Denominator {
  /**
   * UN members at the date, counted from the membership spells of {@code un_membership.csv}
   * ({@link States#countAt}; the contested Yugoslavia seat counts while it is held). Only parties that are
   * UN members at the date count in the numerator, so the share never exceeds 1. The default.
   */
  UN_MEMBERS_AT_DATE,
  /**
   * UN members at the date plus the non-member states that join treaties (Holy See, State of
   * Palestine, Cook Islands, Niue); every party counts in the numerator.
   */
  UN_MEMBERS_AND_NON_MEMBER_PARTICIPANTS,
  /**
   * A fixed 193 at every date (the count of UN members some authors divide by, whatever the date); every
   * party counts in the numerator. {@link States#countAt} gives the membership at a date.
   */
  FIXED_193
}
