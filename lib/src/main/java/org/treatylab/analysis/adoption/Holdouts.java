package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
import org.treatylab.base.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.treatylab.data.Datasets;
import org.treatylab.data.Participant;
import org.treatylab.data.State;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.Table;

/**
 * The states outside the Mine Ban Treaty at a date, with their standing in the other weapons
 * treaties: signatory of the MBT, party to the CCW, to CCW Amended Protocol II (mines, booby-traps
 * and other devices) and to the Convention on Cluster Munitions.
 *
 * <p>It measures the reach of the proposal of Varda and Popadić (2025) to ban "dumb" (non-self-
 * destructing) anti-personnel mines through Amended Protocol II: an MBT holdout that is an APII party
 * is within that proposal's reach; one outside the CCW altogether is not.
 *
 * <p>Holdouts are UN members at the date that are not MBT parties then ({@link Treaty#outsideAt});
 * parties are net of withdrawals effective by the date. Data: {@code treaty_participation.csv},
 * {@code states.csv} and {@code un_membership.csv} (UN Treaty Collection status pages, cited with their
 * date by {@link Treaty#source()}; UN membership).
 *
 * <pre>{@code
 * Holdouts h = Holdouts.ofMineBanAt(LocalDate.of(2025, 12, 31));
 * h.count();          // MBT holdouts
 * h.apiiParties();    // … of which parties to Amended Protocol II
 * h.table();
 * }</pre>
 */
public final class Holdouts {
  /**
   * One holdout.
   *
   * @param iso3 ISO3 code
   * @param name name on the UN member list
   * @param region UN M49 region
   * @param mbtSignatory signed the MBT but is not a party (e.g. Marshall Islands before 2025)
   * @param ccwParty party to the CCW
   * @param apiiParty party to CCW Amended Protocol II
   * @param ccmParty party to the Convention on Cluster Munitions
   */
  public record Holdout(String iso3, String name, String region, boolean mbtSignatory, boolean ccwParty,
      boolean apiiParty, boolean ccmParty) {}

  private final LocalDate date;
  private final List<Holdout> states;
  private final Map<String, String> categories;

  private Holdouts(LocalDate date, List<Holdout> states, Map<String, String> categories) {
    this.date = date;
    this.states = List.copyOf(states);
    this.categories = categories;
  }

  /**
   * Returns the MBT holdouts at {@code date} with their CCW, APII and CCM status at that date.
   *
   * @param date not after the data's status date, not before the MBT's adoption (18 September 1997:
   *     before it every state was "outside" a treaty that did not exist)
   */
  public static Holdouts ofMineBanAt(LocalDate date) {
    Treaty mbt = Treaties.mineBan();
    mbt.requireKnown(date, "date");
    if (date.isBefore(mbt.adopted())) {
      throw new IllegalArgumentException("date " + date + " is before the " + mbt.shortName() + "'s adoption "
          + mbt.adopted() + ": no state could have joined it; ask about a date from " + mbt.adopted());
    }
    return ofLists(date, mbt.outsideAt(date), mbt.signatoriesAt(date), Treaties.ccw().partiesAt(date),
        Treaties.ccwAmendedProtocolII().partiesAt(date), Treaties.clusterMunitions().partiesAt(date))
        .withCategories(categoriesFromDataset());
  }

  private static Holdouts ofLists(LocalDate date, List<State> outside, List<Participant> mbtSignatories,
      List<Participant> ccw, List<Participant> apii, List<Participant> ccm) {
    return of(date, outside, mbtSignatories, ccw, apii, ccm);
  }

  /**
   * Returns holdouts from given lists (for tests and other treaties): {@code outside} are the states
   * outside the treaty, the other lists the participants whose status is reported.
   */
  static Holdouts of(LocalDate date, List<State> outside, List<Participant> mbtSignatories, List<Participant> ccw,
      List<Participant> apii, List<Participant> ccm) {
    Set<String> sig = codes(mbtSignatories);
    Set<String> ccwSet = codes(ccw);
    Set<String> apiiSet = codes(apii);
    Set<String> ccmSet = codes(ccm);
    List<Holdout> out = new ArrayList<>();
    for (State s : outside) {
      out.add(new Holdout(s.iso3(), s.name(), s.m49Region(), sig.contains(s.iso3()), ccwSet.contains(s.iso3()),
          apiiSet.contains(s.iso3()), ccmSet.contains(s.iso3())));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return new Holdouts(date, out, Map.of());
  }

  private static Set<String> codes(List<Participant> ps) {
    return ps.stream().map(Participant::iso3).collect(Collectors.toSet());
  }


  /** The categories of Varda and Popadić (2025) as {@code holdouts.csv} derives them, in order. */
  public static final List<String> CATEGORIES = List.of("great power", "armed conflict",
      "near-peer adversary or contested border", "other or unsourced");

  /** The label of holdouts that have no row in {@code holdouts.csv} (other dates than its status date). */
  public static final String NOT_CLASSIFIED = "not classified (no row in holdouts.csv)";

  /**
   * Returns the category of each state in {@code holdouts.csv}: the first of great power (permanent
   * member of the Security Council), armed conflict, near-peer adversary or contested border whose
   * sourced fact is present, else other or unsourced. The facts and their sources are in that file.
   */
  public static Map<String, String> categoriesFromDataset() {
    Table t = Datasets.csv("holdouts.csv");
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      out.put(t.stringColumn("iso3").get(i), t.stringColumn("category").get(i));
    }
    return out;
  }

  /**
   * Returns a holdout's category from {@code holdouts.csv} ({@link #NOT_CLASSIFIED} if no row).
   *
   * @param iso3 a holdout's ISO3 code (any case)
   * @throws IllegalArgumentException for an unknown code, or a state that is not a holdout at the date
   */
  public String categoryOf(String iso3) {
    String code = org.treatylab.data.States.iso3(iso3);
    if (states.stream().noneMatch(h -> h.iso3().equals(code))) {
      throw new IllegalArgumentException(code + " is not among the " + count() + " MBT holdouts at " + date
          + " (a party, or not a UN member then); ask about one of states()");
    }
    return category(code);
  }

  /** The category of a holdout's own code (already a listed state, or a synthetic one in tests). */
  private String category(String iso3) {
    return categories.getOrDefault(iso3, NOT_CLASSIFIED);
  }

  /** Returns holdouts classified with {@code categories} (ISO3 → category) instead of the dataset's (for tests). */
  Holdouts withCategories(Map<String, String> categories) {
    return new Holdouts(date, states, categories);
  }

  /**
   * Returns one row per holdout with its category and the facts behind it, read from {@code holdouts.csv}
   * (each fact's source and address are in that file), with its APII status.
   */
  public Table categories() {
    Table facts = Datasets.csv("holdouts.csv");
    Map<String, Integer> row = new LinkedHashMap<>();
    for (int i = 0; i < facts.rowCount(); i++) {
      row.put(facts.stringColumn("iso3").get(i), i);
    }
    List<Holdout> byCategory = new ArrayList<>();
    for (String c : CATEGORIES) {
      states.stream().filter(h -> category(h.iso3()).equals(c)).forEach(byCategory::add);
    }
    // a holdout that holdouts.csv does not list has empty facts
    return Tables.of("MBT holdouts at " + date + " by category (facts and sources: holdouts.csv)", byCategory)
        .text("iso3", Holdout::iso3)
        .text("name", Holdout::name)
        .text("category", h -> category(h.iso3()))
        .bool("apii_party", Holdout::apiiParty)
        .text("armed_conflict", h -> fact(facts, row.get(h.iso3()), "armed_conflict"))
        .text("adversary_iso3", h -> fact(facts, row.get(h.iso3()), "adversary_iso3"))
        .text("stated_reason", h -> fact(facts, row.get(h.iso3()), "stated_reason"))
        .build();
  }

  /** Returns the holdout's fact in {@code column} of holdouts.csv's row {@code i}, or "" when it has no row. */
  private static String fact(Table facts, Integer i, String column) {
    return i == null ? "" : facts.stringColumn(column).get(i);
  }

  /**
   * Returns how many holdouts are in {@code category}.
   *
   * @param category one of {@link #CATEGORIES} or {@link #NOT_CLASSIFIED}
   * @throws IllegalArgumentException for another name ("unknown holdout category 'great powers' — did you
   *     mean great power? …")
   */
  public int countIn(String category) {
    Checks.notNull(category, "category");
    List<String> known = new ArrayList<>(CATEGORIES);
    known.add(NOT_CLASSIFIED);
    if (!known.contains(category)) {
      throw Checks.unknown("holdout category", "category", category, known, null);
    }
    return countWhere(h -> category(h.iso3()).equals(category));
  }

  /** Returns the share of holdouts in one of the three security categories (not other or unsourced). */
  public double securityShare() {
    return count() == 0 ? 0 : (double) countWhere(h -> CATEGORIES.subList(0, 3).contains(category(h.iso3()))) / count();
  }

  /**
   * Returns one row per category: how many holdouts, their share of all holdouts, how many of them are
   * APII parties, and their ISO3 codes.
   */
  public Table byCategory() {
    List<String> all = new ArrayList<>(CATEGORIES);
    if (countIn(NOT_CLASSIFIED) > 0) {
      all.add(NOT_CLASSIFIED);
    }
    return Tables.of("MBT holdouts at " + date + " by the paper's categories", all)
        .text("category", c -> c)
        .integer("states", c -> in(c).count())
        .number("share of holdouts (%)", "%", c -> count() == 0 ? 0 : Math.round(1000.0 * in(c).count() / count()) / 10.0)
        .integer("APII parties", "states", c -> in(c).apiiParties())
        .text("states (ISO3)", c -> in(c).states().stream().map(Holdout::iso3).collect(Collectors.joining(" ")))
        .build();
  }

  /** Returns the holdouts in {@code category}. */
  private Holdouts in(String category) {
    return where(h -> category(h.iso3()).equals(category));
  }

  /** Returns the date. */
  public LocalDate date() {
    return date;
  }

  /** Returns the holdouts, by name. */
  public List<Holdout> states() {
    return states;
  }

  /** Returns the number of holdouts. */
  public int count() {
    return states.size();
  }

  /** Returns how many holdouts are parties to CCW Amended Protocol II (the APII proposal's reach). */
  public int apiiParties() {
    return countWhere(Holdout::apiiParty);
  }

  /** Returns how many holdouts are parties to the CCW. */
  public int ccwParties() {
    return countWhere(Holdout::ccwParty);
  }

  /** Returns how many holdouts are parties to the CCM. */
  public int ccmParties() {
    return countWhere(Holdout::ccmParty);
  }

  /** Returns how many holdouts signed the MBT without becoming parties. */
  public int mbtSignatories() {
    return countWhere(Holdout::mbtSignatory);
  }

  /** Returns how many holdouts satisfy {@code p}. */
  public int countWhere(Predicate<Holdout> p) {
    Checks.notNull(p, "p");
    return (int) states.stream().filter(p).count();
  }

  /** Returns only the holdouts that satisfy {@code p}. */
  public Holdouts where(Predicate<Holdout> p) {
    Checks.notNull(p, "p");
    return new Holdouts(date, states.stream().filter(p).toList(), categories);
  }

  /** Returns one row per holdout: ISO3, name, region, MBT signatory, CCW, APII, CCM party. */
  public Table table() {
    return Tables.of("MBT holdouts at " + date, states)
        .text("iso3", Holdout::iso3)
        .text("name", Holdout::name)
        .text("region", Holdout::region)
        .bool("mbt_signatory", Holdout::mbtSignatory)
        .bool("ccw_party", Holdout::ccwParty)
        .bool("apii_party", Holdout::apiiParty)
        .bool("ccm_party", Holdout::ccmParty)
        .build();
  }

  /** Returns the counts: holdouts, MBT signatories, CCW, APII and CCM parties among them, and outside the CCW. */
  public Table summary() {
    return Tables.of("MBT holdouts at " + date, List.of(
            Map.entry("outside the MBT", count()),
            Map.entry("of which MBT signatories", mbtSignatories()),
            Map.entry("of which CCW parties", ccwParties()),
            Map.entry("of which APII parties", apiiParties()),
            Map.entry("of which CCM parties", ccmParties()),
            Map.entry("of which outside the CCW", count() - ccwParties())))
        .text("holdouts", Map.Entry::getKey)
        .integer("states", Map.Entry::getValue)
        .build();
  }

  @Override
  public String toString() {
    return count() + " states outside the MBT at " + date + "; " + apiiParties() + " of them are APII parties";
  }
}
