package org.treatylab.analysis.panel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of a panel: a calendar year or a calendar month, with its first and last day. The last
 * period of a panel ends at the data's status date when that falls inside it (a partial period).
 *
 * @param year the calendar year
 * @param month 1–12 for a state-month panel, 0 for a state-year panel
 * @param start first day of the period
 * @param end last day of the period the data describe (the status date for a partial last period)
 */
record Period(int year, int month, LocalDate start, LocalDate end) {

  /** Months counted from year 0, so that the distance between two periods is a subtraction. */
  int monthIndex() {
    return year * 12 + (month == 0 ? 0 : month - 1);
  }

  /** The calendar years {@code fromYear}..{@code toYear}, the last one cut at {@code last}. */
  static List<Period> years(int fromYear, int toYear, LocalDate last) {
    List<Period> out = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      LocalDate end = LocalDate.of(y, 12, 31);
      out.add(new Period(y, 0, LocalDate.of(y, 1, 1), end.isAfter(last) ? last : end));
    }
    return out;
  }

  /** The calendar months of {@code fromYear}..{@code toYear} up to {@code last}, the last one cut at it. */
  static List<Period> months(int fromYear, int toYear, LocalDate last) {
    List<Period> out = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      for (int m = 1; m <= 12; m++) {
        YearMonth ym = YearMonth.of(y, m);
        if (ym.atDay(1).isAfter(last)) {
          return out;
        }
        LocalDate end = ym.atEndOfMonth();
        out.add(new Period(y, m, ym.atDay(1), end.isAfter(last) ? last : end));
      }
    }
    return out;
  }
}
