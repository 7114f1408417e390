package org.treatylab.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.treatylab.data.Participant;
import org.treatylab.data.State;
import org.treatylab.data.Treaties;
import org.treatylab.data.Treaty;
import tech.tablesaw.api.BooleanColumn;
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

  private Holdouts(LocalDate date, List<Holdout> states) {
    this.date = date;
    this.states = List.copyOf(states);
  }

  /** Returns the MBT holdouts at {@code date} with their CCW, APII and CCM status at that date. */
  public static Holdouts ofMineBanAt(LocalDate date) {
    Treaty mbt = Treaties.mineBan();
    return of(date, mbt.outsideAt(date), mbt.signatoriesAt(date), Treaties.ccw().partiesAt(date),
        Treaties.ccwAmendedProtocolII().partiesAt(date), Treaties.clusterMunitions().partiesAt(date));
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
    return new Holdouts(date, out);
  }

  private static Set<String> codes(List<Participant> ps) {
    return ps.stream().map(Participant::iso3).collect(Collectors.toSet());
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
    return (int) states.stream().filter(p).count();
  }

  /** Returns only the holdouts that satisfy {@code p}. */
  public Holdouts where(Predicate<Holdout> p) {
    return new Holdouts(date, states.stream().filter(p).toList());
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
