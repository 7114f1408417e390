package org.treatylab.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;
import org.treatylab.base.Tables;

/**
 * One-line loaders for the treaties in {@code datasets/treaties.csv}: the landmine and
 * cluster-munition treaties, the CCW and its protocols, other arms-control treaties and the core UN
 * human-rights instruments ({@link #all()} and {@link #ids()} list them; {@link #inFamily} picks a family).
 *
 * <p><b>Source.</b> United Nations Treaty Collection, Multilateral Treaties Deposited with the
 * Secretary-General, status pages ({@code treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=…}) as
 * at each treaty's {@link Treaty#statusDate() status date} (column {@code status_as_at}), imported by
 * {@code org.treatylab.data.importer.ImportData} ({@code tools/import-data}). Each row
 * carries {@code source_id} and {@code source_url}; {@link Treaty#source()} gives the citation.
 *
 * <p><b>Unit.</b> {@code treaty_participation.csv}: one row per treaty and state, with signature,
 * consent (date and kind), withdrawal (notified, effective), and entry into force for the state
 * computed from the treaty's rule.
 *
 * <p><b>Caveats</b> (details in {@code datapackage.json}): names are today's; withdrawals that take effect
 * after the status date are pending there ({@link Treaty#withdrawals()}); steps a state announced but did
 * not deposit are not recorded by the depositary; the APII 20th/21st consent puzzle; the MBT's "122
 * signatures" counts Kenya's of 5 December 1997.
 *
 * <pre>{@code
 * Treaty mbt = Treaties.mineBan();
 * int parties = mbt.partiesAt(LocalDate.of(2024, 12, 31)).size();   // parties at the end of 2024
 * mbt.source();                                                      // the status page and its date
 * Table russia = Treaties.recordOf("RUS");
 * }</pre>
 */
public final class Treaties {
  private Treaties() {}

  /** The Mine Ban Treaty (Ottawa Convention, UNTC XXVI-5): adopted Oslo 18 Sep 1997, opened 3 Dec 1997, in force 1 Mar 1999. */
  public static Treaty mineBan() {
    return byId("mbt");
  }

  /** The Convention on Cluster Munitions (XXVI-6): adopted Dublin 30 May 2008, opened 3 Dec 2008, in force 1 Aug 2010. */
  public static Treaty clusterMunitions() {
    return byId("ccm");
  }

  /** The Convention on Certain Conventional Weapons (XXVI-2), 10 Oct 1980. */
  public static Treaty ccw() {
    return byId("ccw");
  }

  /**
   * CCW Protocol I on non-detectable fragments (10 Oct 1980), read from the CCW page's (XXVI-2) table of
   * consents to Protocols I–III: consent dates are the Convention's unless the page prints another.
   */
  public static Treaty ccwProtocolI() {
    return byId("ccw-pi");
  }

  /**
   * The CCW's original Protocol II on mines, booby-traps and other devices (10 Oct 1980; amended in 1996,
   * {@link #ccwAmendedProtocolII()}), read from the CCW page's (XXVI-2) table of consents to Protocols I–III.
   */
  public static Treaty ccwProtocolII() {
    return byId("ccw-pii");
  }

  /** CCW Protocol III on incendiary weapons (10 Oct 1980), read from the CCW page's (XXVI-2) table of consents to Protocols I–III. */
  public static Treaty ccwProtocolIII() {
    return byId("ccw-piii");
  }

  /** CCW Amended Protocol II on mines, booby-traps and other devices (XXVI-2-b), 3 May 1996. */
  public static Treaty ccwAmendedProtocolII() {
    return byId("ccw-apii");
  }

  /** CCW Protocol IV on blinding laser weapons (XXVI-2-a), 13 Oct 1995. */
  public static Treaty ccwProtocolIV() {
    return byId("ccw-piv");
  }

  /** CCW Protocol V on explosive remnants of war (XXVI-2-d), 28 Nov 2003. */
  public static Treaty ccwProtocolV() {
    return byId("ccw-pv");
  }

  /**
   * Common names accepted by {@link #byId} besides the ids and the catalogue's short names (any case).
   * Kept small and unambiguous: each names one treaty.
   */
  private static final Map<String, String> COMMON_NAMES = Map.ofEntries(
      Map.entry("ottawa", "mbt"), Map.entry("ottawa convention", "mbt"), Map.entry("ottawa treaty", "mbt"),
      Map.entry("mine ban", "mbt"), Map.entry("mine ban convention", "mbt"), Map.entry("apmbc", "mbt"),
      Map.entry("oslo", "ccm"), Map.entry("oslo convention", "ccm"), Map.entry("cluster munitions", "ccm"),
      Map.entry("convention on cluster munitions", "ccm"),
      Map.entry("apii", "ccw-apii"), Map.entry("amended protocol ii", "ccw-apii"),
      Map.entry("protocol v", "ccw-pv"), Map.entry("protocol iv", "ccw-piv"),
      Map.entry("arms trade treaty", "att"), Map.entry("chemical weapons convention", "cwc"),
      Map.entry("nuclear ban", "tpnw"), Map.entry("ban treaty", "tpnw"));

  /** Treaties built once per {@link Datasets#generation()}: they are immutable, and notebooks ask often. */
  private record Catalogue(long generation, Map<String, Treaty> byId, Map<String, String> aliases) {}

  private static volatile Catalogue catalogue;

  private static Catalogue catalogue() {
    Catalogue c = catalogue;
    long generation = Datasets.generation();
    if (c == null || c.generation() != generation) {
      synchronized (Treaties.class) {
        c = catalogue;
        if (c == null || c.generation() != generation) {
          Map<String, List<Participant>> parts = participantsByTreaty();
          Map<String, Treaty> byId = new java.util.LinkedHashMap<>();
          Map<String, String> aliases = new TreeMap<>();
          for (Row r : table()) {
            Treaty t = treaty(r, parts.getOrDefault(r.getString("treaty_id"), List.of()));
            byId.put(t.id(), t);
            aliases.put(t.id().toLowerCase(Locale.ROOT), t.id());
            aliases.put(t.shortName().toLowerCase(Locale.ROOT), t.id());
          }
          COMMON_NAMES.forEach((name, id) -> {
            if (byId.containsKey(id)) {
              aliases.putIfAbsent(name, id);
            }
          });
          c = new Catalogue(generation, java.util.Collections.unmodifiableMap(byId), Map.copyOf(aliases));
          catalogue = c;
        }
      }
    }
    return c;
  }

  /**
   * A treaty by its id: {@code mbt, ccm, ccw, ccw-pi, ccw-pii, ccw-piii, ccw-apii, ccw-piv, ccw-pv, ccw-art1, att, cwc, ctbt, tpnw,
   * enmod}, and the human-rights instruments {@code cat, cat-op, ced, cedaw, cedaw-op, cerd, cmw, crc,
   * crc-op-ac, crc-op-ic, crc-op-sc, crpd, crpd-op, iccpr, iccpr-op1, iccpr-op2, icescr, icescr-op} —
   * {@link #ids()} lists them with their names. Any case; the catalogue's short names ("Mine Ban
   * Treaty") and a few common names ({@code "ottawa"} → {@code mbt}, {@code "oslo"} → {@code ccm}) are
   * accepted too. Built once from {@code treaties.csv} and {@code treaty_participation.csv} and cached.
   *
   * @param id the treaty's id or name, not null
   * @throws NoSuchElementException with the nearest id and a pointer to {@link #ids()}
   */
  public static Treaty byId(String id) {
    Checks.notNull(id, "id");
    Catalogue c = catalogue();
    String key = c.aliases().get(id.strip().toLowerCase(Locale.ROOT));
    if (key == null) {
      String hint = Checks.nearest(id.strip().toLowerCase(Locale.ROOT), c.aliases().keySet())
          .map(a -> " — did you mean " + c.aliases().get(a) + " (" + c.byId().get(c.aliases().get(a)).shortName() + ")?")
          .orElse("");
      throw new NoSuchElementException("unknown treaty id '" + id + "'" + hint + " Known ids: "
          + String.join(", ", c.byId().keySet()) + " (Treaties.ids() lists them with their names)");
    }
    return c.byId().get(key);
  }

  /** Every treaty in {@code treaties.csv}, in id order. */
  public static List<Treaty> all() {
    return List.copyOf(catalogue().byId().values());
  }

  /**
   * The treaty ids with their names: a table of {@code id}, {@code short_name}, {@code family},
   * {@code untc_number} and {@code status_date}, one row per treaty in {@code treaties.csv}.
   */
  public static Table ids() {
    return Tables.of("treaty ids", catalogue().byId().values())
        .text("id", Treaty::id)
        .text("short_name", Treaty::shortName)
        .text("family", Treaty::family)
        .text("untc_number", Treaty::untcNumber)
        .date("status_date", Treaty::statusDate)
        .build();
  }

  /**
   * Returns the treaties of the given families as the catalogue names them ({@code "landmines and
   * cluster munitions"}, {@code "arms control"}, {@code "human rights"}), in id order.
   *
   * @throws IllegalArgumentException naming the families when one is unknown
   */
  public static List<Treaty> inFamily(String... families) {
    Checks.notNull(families, "families");
    List<String> known = catalogue().byId().values().stream().map(Treaty::family).distinct().sorted().toList();
    for (String f : families) {
      Checks.notNull(f, "families");
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown family '" + f + "'; families: " + known);
      }
    }
    List<String> wanted = List.of(families);
    return catalogue().byId().values().stream().filter(t -> wanted.contains(t.family())).toList();
  }

  /** Returns the treaties table: one row per treaty ({@code treaties.csv}). */
  public static Table table() {
    return Datasets.typed("treaties.csv");
  }

  /** {@code treaty_participation.csv} as a table: every treaty and state. */
  public static Table participationTable() {
    return Datasets.typed("treaty_participation.csv");
  }

  /**
   * A state's record across all treaties: one row per treaty, with its signature, consent,
   * withdrawal and entry into force (empty where it has none), and whether it is a party at each
   * page's status date.
   *
   * @param iso3 ISO3 code, e.g. {@code RUS} (any case; checked against {@code states.csv})
   * @throws IllegalArgumentException for a code {@code states.csv} does not list, with a suggestion
   */
  public static Table recordOf(String iso3) {
    String code = States.iso3(iso3);
    Map<String, Participant> mine = catalogue().byId().values().stream().flatMap(t -> t.participants().stream())
        .filter(p -> p.iso3().equals(code)).collect(Collectors.toMap(Participant::treatyId, p -> p));
    // one entry per row of treaties.csv; the state's participant is null where it has no record
    record Entry(String treatyId, String shortName, LocalDate statusAsAt, Participant p) {}
    List<Entry> entries = new ArrayList<>();
    for (Row t : table()) {
      entries.add(new Entry(t.getString("treaty_id"), t.getString("short_name"), t.getDate("status_as_at"),
          mine.get(t.getString("treaty_id"))));
    }
    return Tables.of("record of " + code, entries)
        .text("treaty_id", Entry::treatyId)
        .text("short_name", Entry::shortName)
        .date("signature_date", e -> e.p() == null ? null : e.p().signature())
        .date("consent_date", e -> e.p() == null ? null : e.p().consent())
        .text("consent_kind", e -> e.p() == null ? "" : e.p().consentKind())
        .date("withdrawal_effective", e -> e.p() == null ? null : e.p().withdrawalEffective())
        .date("entry_into_force", e -> e.p() == null ? null : e.p().entryIntoForce())
        .bool("party_at_status_date", e -> e.p() != null && e.p().isPartyAt(e.statusAsAt()))
        .build();
  }

  private static Treaty treaty(Row r, List<Participant> participants) {
    TreatySource source = new TreatySource(r.getString("full_name") + " (" + r.getString("untc_number") + ")",
        r.getString("source_url"), r.getDate("status_as_at"), r.getString("source_id"));
    return new Treaty(r.getString("treaty_id"), r.getString("untc_number"), r.getString("short_name"),
        r.getString("full_name"), r.getString("family"), date(r, "date_adopted"), date(r, "date_opened_for_signature"),
        date(r, "date_entry_into_force"), r.getInt("instruments_for_eif"), source, r.getDate("status_as_at"),
        participants);
  }

  private static Map<String, List<Participant>> participantsByTreaty() {
    Map<String, List<Participant>> out = new TreeMap<>();
    for (Row r : participationTable()) {
      Participant p = new Participant(r.getString("treaty_id"), r.getString("iso3"), r.getString("name_on_page"),
          date(r, "signature_date"), date(r, "consent_date"), r.getString("consent_kind"),
          r.getBoolean("consent_withdrawn"), date(r, "withdrawal_notified"), date(r, "withdrawal_effective"),
          date(r, "entry_into_force"));
      out.computeIfAbsent(p.treatyId(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  private static LocalDate date(Row r, String column) {
    return r.isMissing(column) ? null : r.getDate(column);
  }
}
