package org.treatylab.data;

import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Norm-affirming events of the Ottawa Process (landmines, 1995–1997) and the Oslo Process (cluster
 * munitions, 2006–2008): conferences, declarations, adoption and signing, with counts of states,
 * grades and quotes, for rebuilding Petrova's (2019) Figures 3 and 4.
 *
 * <p>Sources: ICRC news releases 1995–1997, Japanese MFA, Canadian House of Commons, Norwegian and
 * Austrian MFAs, APMBC and CCM Implementation Support Units, Cluster Munition Coalition, ICBL, IFRC,
 * UNODA, Landmine and Cluster Munition Monitor, as quoted in the project's shared
 * {@code sources/events/EVENTS.md}. Signatures are complete only in the treaty data; these counts cover
 * what came before signing. Two kinds of count are computed here rather than stored: attendance as
 * participants plus observers (from {@code n_observers}) and the number of states a sentence names
 * (from {@code named_states}); see {@link #withCounts}.
 */
public final class Events {
  private static final Set<String> OTTAWA_LISTS = Set.of("MBT_sign_1997");

  private Events() {}

  /** Returns the events of the Ottawa Process (landmines), as {@code events.csv} holds them ({@link NormEvents#table()}). */
  public static NormEvents ottawaProcess() {
    return process("landmines", true);
  }

  /** Returns the events of the Oslo Process (cluster munitions), as {@code events.csv} holds them ({@link NormEvents#table()}). */
  public static NormEvents osloProcess() {
    return process("cluster-munitions", false);
  }

  private static NormEvents process(String process, boolean ottawa) {
    CuratedTable stored = CuratedRows.rowsWhere("events", "process", process);
    CuratedTable events = stored.with(withCounts(stored.table()));
    CuratedTable lists = CuratedTable.load("event_state_lists");
    Table l = lists.table();
    Table mine = l.where(ottawa ? l.stringColumn("list_id").isIn(OTTAWA_LISTS) : l.stringColumn("list_id").isNotIn(OTTAWA_LISTS));
    return new NormEvents(events, lists.with(mine));
  }

  /**
   * Fills the counts {@code events.csv} leaves to the library because they are no fact of a source: the
   * attendance that is participants plus observers ({@code n_high} = {@code n_low} + {@code n_observers}),
   * and the count of the states a sentence names ({@code n_low} = {@code n_high} = {@code n_preferred} =
   * the number of {@code named_states}, plus {@code n_already} where the sentence counts states already on
   * record: "ten countries already supporting a ban" and Norway).
   */
  static Table withCounts(Table stored) {
    Table t = stored.copy();
    IntColumn low = t.intColumn("n_low");
    IntColumn high = t.intColumn("n_high");
    IntColumn preferred = t.intColumn("n_preferred");
    IntColumn observers = t.intColumn("n_observers");
    StringColumn named = t.stringColumn("named_states");
    IntColumn already = t.intColumn("n_already");
    for (int i = 0; i < t.rowCount(); i++) {
      if (!observers.isMissing(i) && high.isMissing(i)) {
        high.set(i, low.getInt(i) + observers.getInt(i));
      }
      if (!named.isMissing(i) && !named.get(i).isEmpty()) {
        int n = named.get(i).split("; ").length + (already.isMissing(i) ? 0 : already.getInt(i));
        for (IntColumn c : new IntColumn[] {low, high, preferred}) {
          if (c.isMissing(i)) {
            c.set(i, n);
          }
        }
      }
    }
    return t;
  }
}
