package org.treatylab.claims;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.treatylab.analysis.adoption.EventSeries;
import org.treatylab.analysis.adoption.Speed;
import org.treatylab.data.Participant;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * Facts that qualitative claims turn on, computed from the datasets and worded as the ledger compares
 * them: a state's record in a treaty ({@code treaty_participation}), the growth of support between dated
 * counts ({@code events}), signatures after a signing ceremony.
 */
public final class Facts {
  private Facts() {}

  /**
   * Returns a state's record in a treaty at a date, in words the ledger compares: "not signed",
   * "signed and ratified", "signed, not consented", "consented by accession (not signed)", ....
   * Data: {@code treaty_participation}.
   *
   * @throws IllegalArgumentException for a code {@code states.csv} does not list (with the nearest one), or
   *     a date after the treaty's status date
   */
  public static String record(Treaty treaty, String iso3, LocalDate date) {
    Checks.notNull(treaty, "treaty");
    String code = org.treatylab.data.States.iso3(iso3); // "unknown ISO3 code 'RUSS' — did you mean RUS …"
    treaty.requireKnown(date, "date");
    Optional<Participant> p = treaty.participants().stream().filter(x -> x.iso3().equals(code)).findFirst();
    boolean signed = p.isPresent() && p.get().signature() != null && !p.get().signature().isAfter(date);
    boolean consented = p.isPresent() && p.get().consent() != null && !p.get().consent().isAfter(date);
    if (!signed && !consented) {
      return "not signed";
    }
    if (!consented) {
      return "signed, not consented";
    }
    String kind = p.get().consentKind() == null || p.get().consentKind().isEmpty() ? "consent" : p.get().consentKind();
    if (signed) {
      return kind.equals("ratification") ? "signed and ratified" : "signed and consented by " + kind;
    }
    return "consented by " + kind + " (not signed)";
  }

  /** Returns true when the state signed or consented to the treaty by the date. */
  public static boolean joinedInAnyWay(Treaty treaty, String iso3, LocalDate date) {
    return !record(treaty, iso3, date).equals("not signed");
  }

  /**
   * Returns the growth of support between consecutive dated counts of a process, in states per month:
   * from, to, counts, growth. Data: {@code events} (norm-affirming counts, preferred count).
   */
  public static Table supportGrowth(EventSeries series) {
    // consecutive counts on the same day (or out of order) give no rate and no row
    record Growth(EventSeries.Event from, EventSeries.Event to, double months) {}
    List<Growth> rows = new ArrayList<>();
    List<EventSeries.Event> events = series.events();
    for (int i = 1; i < events.size(); i++) {
      EventSeries.Event a = events.get(i - 1);
      EventSeries.Event b = events.get(i);
      double months = ChronoUnit.DAYS.between(a.date(), b.date()) / 30.44;
      if (months > 0) {
        rows.add(new Growth(a, b, months));
      }
    }
    return Tables.of(series.name() + ": growth between counts", rows)
        .text("from", g -> g.from().date() + " " + g.from().id())
        .text("to", g -> g.to().date() + " " + g.to().id())
        .integer("count at start", "states", g -> g.from().count())
        .integer("count at end", "states", g -> g.to().count())
        .number("states per month", "states per month",
            g -> Math.rint(100 * (g.to().count() - g.from().count()) / g.months()) / 100)
        .build();
  }

  /** Returns the date at which the fastest growth between two counts of the series starts. */
  public static LocalDate fastestGrowthStart(EventSeries series) {
    Table t = supportGrowth(series);
    if (t.rowCount() == 0) {
      throw new IllegalArgumentException(series.name() + " has fewer than two dated counts: no growth to compare");
    }
    int best = 0;
    for (int r = 1; r < t.rowCount(); r++) {
      if (t.doubleColumn("states per month").get(r) > t.doubleColumn("states per month").get(best)) {
        best = r;
      }
    }
    return LocalDate.parse(t.stringColumn("from").get(best).substring(0, 10));
  }

  /**
   * Signatures at a treaty's signing ceremony (its first two days) against signatures per month in the
   * twelve months after it. Data: {@code treaty_participation}.
   *
   * @return {ceremony signatures, signatures per month in the following twelve months}
   */
  public static double[] signaturesAfterCeremony(Treaty treaty) {
    LocalDate start = Speed.start(treaty);
    LocalDate ceremonyEnd = start.plusDays(1);
    long ceremony = treaty.participants().stream().filter(p -> p.signature() != null
        && !p.signature().isBefore(start) && !p.signature().isAfter(ceremonyEnd)).count();
    long after = treaty.participants().stream().filter(p -> p.signature() != null
        && p.signature().isAfter(ceremonyEnd) && !p.signature().isAfter(ceremonyEnd.plusMonths(12))).count();
    return new double[] {ceremony, after / 12.0};
  }

  /** Returns the participants' codes sorted, joined with ";" (for a list the ledger compares as text). */
  public static String codes(List<String> iso3) {
    List<String> out = new ArrayList<>(iso3);
    out.sort(Comparator.naturalOrder());
    return String.join(";", out);
  }

  /** Formats "both …" when both comparisons hold, else names which do not. */
  public static String both(String word, boolean first, String firstName, boolean second, String secondName) {
    if (first && second) {
      return "both " + word;
    }
    List<String> not = new ArrayList<>();
    if (!first) {
      not.add(firstName);
    }
    if (!second) {
      not.add(secondName);
    }
    return String.format(Locale.ROOT, "not %s: %s", word, String.join(", ", not));
  }
}
