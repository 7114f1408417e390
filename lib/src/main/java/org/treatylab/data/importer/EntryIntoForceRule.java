package org.treatylab.data.importer;

import java.time.LocalDate;

/**
 * How a treaty enters into force for a state that consents after the treaty itself is in force,
 * counted from the deposit of that state's instrument. Each treaty's rule and its article are in the
 * hand-kept catalogue {@code untc_treaty_catalog.csv}.
 */
public enum EntryIntoForceRule {
  /** "the first day of the sixth month after the date on which that State has deposited" (MBT and CCM art. 17(2)). */
  FIRST_DAY_OF_SIXTH_MONTH {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.withDayOfMonth(1).plusMonths(6);
    }
  },
  /** "six months after the date of deposit" (CCW art. 5(2) and, for protocols, 5(4)). */
  SIX_MONTHS {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.plusMonths(6);
    }
  },
  /** "three months after the date of deposit". */
  THREE_MONTHS {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.plusMonths(3);
    }
  },
  /** "one month after the date of deposit". */
  ONE_MONTH {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.plusMonths(1);
    }
  },
  /** "on the thirtieth day after the date of deposit". */
  THIRTIETH_DAY {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.plusDays(30);
    }
  },
  /** "on the ninetieth day after the date of deposit". */
  NINETIETH_DAY {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.plusDays(90);
    }
  },
  /** "on the first day of the month following a period of three months after the date of deposit" (CMW art. 87(2)). */
  FIRST_DAY_OF_MONTH_AFTER_THREE_MONTHS {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit.plusMonths(3).withDayOfMonth(1).plusMonths(1);
    }
  },
  /** "on the date of the deposit" (ENMOD art. IX(4)). */
  ON_DEPOSIT {
    @Override
    LocalDate after(LocalDate deposit) {
      return deposit;
    }
  };

  /** The date the rule gives for an instrument deposited on {@code deposit}, ignoring the treaty's own entry into force. */
  abstract LocalDate after(LocalDate deposit);

  /**
   * Entry into force for one state: the later of the treaty's own entry into force and the rule's
   * date; null while the treaty is not in force.
   */
  public LocalDate forState(LocalDate deposit, LocalDate treatyInForce) {
    if (deposit == null || treatyInForce == null) {
      return null;
    }
    LocalDate own = after(deposit);
    return own.isAfter(treatyInForce) ? own : treatyInForce;
  }
}
