package org.treatylab.data;

import java.util.Set;
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
 * what came before signing.
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
    CuratedTable events = CuratedRows.rowsWhere("events", "process", process);
    CuratedTable lists = CuratedTable.load("event_state_lists");
    Table l = lists.table();
    Table mine = l.where(ottawa ? l.stringColumn("list_id").isIn(OTTAWA_LISTS) : l.stringColumn("list_id").isNotIn(OTTAWA_LISTS));
    return new NormEvents(events, lists.with(mine));
  }
}
