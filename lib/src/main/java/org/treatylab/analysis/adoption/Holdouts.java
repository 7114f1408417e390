package org.treatylab.analysis.adoption;

import org.treatylab.base.Checks;
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
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
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
 * {@code states.csv} and {@code un_membership.csv} (UN Treaty Collection status pages as at 3 February
 * 2026; UN membership).
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
    StringColumn iso = StringColumn.create("iso3");
    StringColumn name = StringColumn.create("name");
    StringColumn category = StringColumn.create("category");
    BooleanColumn apii = BooleanColumn.create("apii_party");
    StringColumn conflict = StringColumn.create("armed_conflict");
    StringColumn adversary = StringColumn.create("adversary_iso3");
    StringColumn reason = StringColumn.create("stated_reason");
    for (String c : CATEGORIES) {
      for (Holdout h : states) {
        if (!category(h.iso3()).equals(c)) {
          continue;
        }
        Integer i = row.get(h.iso3());
        iso.append(h.iso3());
        name.append(h.name());
        category.append(c);
        apii.append(h.apiiParty());
        conflict.append(i == null ? "" : facts.stringColumn("armed_conflict").get(i));
        adversary.append(i == null ? "" : facts.stringColumn("adversary_iso3").get(i));
        reason.append(i == null ? "" : facts.stringColumn("stated_reason").get(i));
      }
    }
    return Table.create("MBT holdouts at " + date + " by category (facts and sources: holdouts.csv)",
        iso, name, category, apii, conflict, adversary, reason);
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
    StringColumn what = StringColumn.create("category");
    IntColumn n = IntColumn.create("states");
    DoubleColumn share = DoubleColumn.create("share of holdouts (%)");
    IntColumn apii = IntColumn.create("APII parties");
    StringColumn codes = StringColumn.create("states (ISO3)");
    List<String> all = new ArrayList<>(CATEGORIES);
    if (countIn(NOT_CLASSIFIED) > 0) {
      all.add(NOT_CLASSIFIED);
    }
    for (String c : all) {
      Holdouts in = where(h -> category(h.iso3()).equals(c));
      what.append(c);
      n.append(in.count());
      share.append(count() == 0 ? 0 : Math.round(1000.0 * in.count() / count()) / 10.0);
      apii.append(in.apiiParties());
      codes.append(in.states().stream().map(Holdout::iso3).collect(Collectors.joining(" ")));
    }
    return Table.create("MBT holdouts at " + date + " by the paper's categories", what, n, share, apii, codes);
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
    return Table.create("MBT holdouts at " + date,
        StringColumn.create("iso3", states.stream().map(Holdout::iso3)),
        StringColumn.create("name", states.stream().map(Holdout::name)),
        StringColumn.create("region", states.stream().map(Holdout::region)),
        BooleanColumn.create("mbt_signatory", states.stream().map(Holdout::mbtSignatory).toList()),
        BooleanColumn.create("ccw_party", states.stream().map(Holdout::ccwParty).toList()),
        BooleanColumn.create("apii_party", states.stream().map(Holdout::apiiParty).toList()),
        BooleanColumn.create("ccm_party", states.stream().map(Holdout::ccmParty).toList()));
  }

  /** Returns the counts: holdouts, MBT signatories, CCW, APII and CCM parties among them, and outside the CCW. */
  public Table summary() {
    StringColumn what = StringColumn.create("holdouts");
    IntColumn n = IntColumn.create("states");
    what.append("outside the MBT");
    n.append(count());
    what.append("of which MBT signatories");
    n.append(mbtSignatories());
    what.append("of which CCW parties");
    n.append(ccwParties());
    what.append("of which APII parties");
    n.append(apiiParties());
    what.append("of which CCM parties");
    n.append(ccmParties());
    what.append("of which outside the CCW");
    n.append(count() - ccwParties());
    return Table.create("MBT holdouts at " + date, what, n);
  }

  @Override
  public String toString() {
    return count() + " states outside the MBT at " + date + "; " + apiiParties() + " of them are APII parties";
  }
}
