package org.treatylab.analysis.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.analysis.survival.CoxModel;
import org.treatylab.analysis.survival.KaplanMeier;
import org.treatylab.analysis.survival.LogRank;
import org.treatylab.analysis.survival.SurvivalData;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Time to consent to the treaties of a {@link Panel}: the event-history questions of the "time to
 * ratification" notebook in one call each — Kaplan–Meier curves and log-rank tests of the time from each
 * treaty's opening for signature (adoption where it was never open for signature) to a state's consent,
 * and the standard Cox model of consent with time-varying regional and neighbours' shares.
 *
 * <p>Data: the panel's own sources ({@code un_membership.csv} for who is at risk and when,
 * {@code treaty_participation.csv} for signatures and consents, {@code states.csv} for regions,
 * {@code state_borders.csv} for neighbours); states are censored at the treaty data's status date
 * ({@link Treaty#statusDate()}) or on leaving the UN.
 */
public final class TimeToConsent {
  /** The Cox model's covariates besides the two shares: no land neighbour, and the paper groups. */
  private static final List<String> GROUP_COVARIATES =
      List.of("no_land_neighbour", "africa", "latin_america_caribbean", "pacific_islands");

  private final Panel panel;

  private TimeToConsent(Panel panel) {
    this.panel = panel;
  }

  /** The time-to-consent questions on {@code panel} (its treaties, its states, its years). */
  public static TimeToConsent of(Panel panel) {
    return new TimeToConsent(Checks.notNull(panel, "panel"));
  }

  /**
   * One row per state and treaty ({@link Panel#durations(Treaty)} of every treaty of the panel, or of
   * {@code treaties}, stacked): {@code iso3}, {@code name}, {@code treaty}, {@code start}, {@code stop},
   * {@code event}.
   */
  public Table durations(Treaty... treaties) {
    Table out = null;
    for (Treaty t : chosen(treaties)) {
      Table d = panel.durations(t);
      out = out == null ? d : out.append(d);
    }
    return out.setName("time to consent from opening, one row per state and treaty");
  }

  /** Kaplan–Meier curves of the time to consent, one per treaty (all the panel's, or {@code treaties}). */
  public KaplanMeier kaplanMeier(Treaty... treaties) {
    return KaplanMeier.fit(byTreaty(treaties), "treaty");
  }

  /**
   * The log-rank test that the treaties' times to consent share one hazard (all the panel's treaties, or
   * {@code treaties}: at least two).
   */
  public LogRank logRank(Treaty... treaties) {
    if (treaties.length == 1) {
      throw new IllegalArgumentException("treaties has one treaty (" + treaties[0].id()
          + "); a log-rank test compares two or more: pass another, or none for all the panel's");
    }
    return LogRank.test(byTreaty(treaties), "treaty");
  }

  /**
   * The Cox model of consent to {@code treaty}: the share of the state's M49 region and of its land
   * neighbours already party when each panel period began (time-varying), an indicator for states
   * without a land neighbour in the data ({@code no_land_neighbour}: their neighbours' share is 0 by
   * construction), and the papers' groups (Africa, Latin America and the Caribbean, Pacific Islands; the
   * rest of the world is the reference). Efron ties, standard errors clustered by state.
   *
   * @throws IllegalArgumentException when the panel lacks a step the model needs (it names the step)
   */
  public CoxModel consentModel(Treaty treaty) {
    Checks.notNull(treaty, "treaty");
    chosen(treaty);
    String id = Panel.columnPrefix(treaty);
    List<String> needed = List.of(id + "_region_party_share", id + "_neighbours_party_share", "land_neighbours",
        "africa", "latin_america_caribbean", "pacific_islands");
    for (String column : needed) {
      if (!panel.columnNames().contains(column)) {
        throw new IllegalArgumentException("the panel has no column " + column + "; the consent model needs the"
            + " regional and neighbours' shares and the paper groups: build the panel with"
            + " .addNeighbourShare().addRegionShare().addPaperGroups()");
      }
    }
    Table rows = panel.countingProcess(treaty);
    IntColumn island = IntColumn.create("no_land_neighbour");
    rows.intColumn("land_neighbours").forEach(n -> island.append(n == 0 ? 1 : 0));
    rows.addColumns(island);
    List<String> covariates = new ArrayList<>(List.of(id + "_region_party_share", id + "_neighbours_party_share"));
    covariates.addAll(GROUP_COVARIATES);
    String[] names = covariates.toArray(new String[0]);
    SurvivalData data = SurvivalData.fromTable(rows, "event", "start", "stop").covariates(names).cluster("iso3").build();
    return CoxModel.fit(data, names);
  }

  /**
   * Median years to consent under each origin (opening for signature, adoption) and population (all UN
   * members, signatories only — the latter only for treaties open for signature), with the states at risk
   * and the consents: the robustness table of the time-to-consent medians.
   */
  public Table medians(Treaty... treaties) {
    record Row(String treaty, String origin, String population, int states, int consents, double median) {}
    List<Row> rows = new ArrayList<>();
    for (Treaty t : chosen(treaties)) {
      for (String origin : List.of("opening", "adoption")) {
        LocalDate from = origin.equals("opening") && t.openedForSignature() != null ? t.openedForSignature() : t.adopted();
        for (RiskSet population : RiskSet.values()) {
          if (population == RiskSet.SIGNATORIES && t.openedForSignature() == null) {
            continue; // never open for signature: no signatories to condition on
          }
          KaplanMeier.Curve c = KaplanMeier.fit(SurvivalData.fromTable(panel.durations(t, from, population),
              "event", "start", "stop").build()).curves().get(0);
          rows.add(new Row(t.id(), origin + " " + from, population.name().toLowerCase(Locale.ROOT).replace('_', ' '),
              c.n(), c.totalEvents(), c.median()));
        }
      }
    }
    return Tables.of("median years to consent under each origin and population", rows)
        .text("treaty", Row::treaty)
        .text("origin", Row::origin)
        .text("population", Row::population)
        .integer("states", Row::states)
        .integer("consents", Row::consents)
        .number("median years", Row::median)
        .build();
  }

  private SurvivalData byTreaty(Treaty... treaties) {
    return SurvivalData.fromTable(durations(treaties), "event", "start", "stop").factors("treaty").build();
  }

  private List<Treaty> chosen(Treaty... treaties) {
    Checks.notNull(treaties, "treaties");
    if (treaties.length == 0) {
      return panel.treaties();
    }
    for (Treaty t : treaties) {
      Checks.notNull(t, "treaties");
      if (!panel.treaties().contains(t)) {
        throw new IllegalArgumentException("treaty " + t.id() + " is not in the panel (its treaties: "
            + panel.treaties().stream().map(Treaty::id).toList() + "); build the panel with it");
      }
    }
    return List.of(treaties);
  }
}
