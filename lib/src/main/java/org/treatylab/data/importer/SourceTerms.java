package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The terms of use of each curated dataset's sources, written as Frictionless {@code licenses} on the
 * resource. Stated as the sources give them: an open licence only where the source grants one
 * (world-countries: ODbL; the M49 table and Wikipedia: CC BY-SA), otherwise "terms of the source" with
 * the address of those terms. Facts (dates, counts) are compiled with attribution on every row.
 */
final class SourceTerms {
  private SourceTerms() {}

  static final ObjectNode UNTC = DataPackage.license(null, "https://www.un.org/en/about-us/terms-of-use",
      "Terms of the source: United Nations Treaty Collection status pages (depositary facts of public record; "
          + "United Nations terms of use). No open licence known.");
  static final ObjectNode MONITOR = DataPackage.license(null, "https://the-monitor.org",
      "Terms of the source: Landmine and Cluster Munition Monitor (ICBL-CMC) reports and press releases, and the "
          + "other pages named per row (UN, UNICEF, US State Department, journals, press); figures with short "
          + "quotations and attribution. No open licence known.");
  static final ObjectNode EVENTS = DataPackage.license(null, "https://www.icrc.org/en/terms-and-conditions",
      "Terms of each source named per row: ICRC documents and news releases, UN and conference records, press "
          + "reports; facts with short quotations and attribution. No open licence known.");
  static final ObjectNode M49 = DataPackage.license("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
      "UN M49 regions with ISO 3166 codes (lukes/ISO-3166-Countries-with-Regional-Codes) and Wikipedia's UN member "
          + "list: CC BY-SA 4.0, share-alike applies to this derived table; ISO 3166 codes and UNSD M49 under the "
          + "terms of ISO and UNSD.");
  static final ObjectNode WORLD_COUNTRIES = DataPackage.license("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/",
      "world-countries 5.1.0 (mledoze/countries): Open Database License 1.0.");
  static final ObjectNode HAND_KEPT = DataPackage.license(null, "curated-inputs/README.md",
      "Hand-kept facts, each citing its source (UN Charter, Geneva Academy RULAC, UCDP via press, official "
          + "statements, Territory Center); terms of those sources. No open licence known.");
  static final ObjectNode PAPERS = DataPackage.license(null, "curated-inputs/claims-source.csv",
      "Short quotations of the three papers for criticism and review; the papers remain under their publishers' "
          + "copyright (World Politics: Cambridge University Press; The Review of International Affairs: "
          + "Institute of International Politics and Economics, Belgrade).");

  static final ObjectNode CLAIMS_EVIDENCE = DataPackage.license(null, "https://the-monitor.org",
      "Terms of each source named per row: Landmine Monitor reports, press (BBC, CBS, Reuters and others), "
          + "government and UN pages; figures with short quotations and attribution. No open licence known.");

  static final ObjectNode PUBLIC_RECORDS = DataPackage.license(null, "curated-inputs/CLAIMS-EVIDENCE-25.md",
      "Terms of each page named per row: Landmine and Cluster Munition Monitor, UN, ICRC, HRW, Amnesty, government "
          + "and press pages; values with short quotations and attribution. No open licence known.");

  /** The licences of each dataset, by resource name. */
  static final Map<String, List<ObjectNode>> BY_DATASET = Map.ofEntries(
      Map.entry("treaties", List.of(UNTC)),
      Map.entry("treaty_participation", List.of(UNTC)),
      Map.entry("states", List.of(M49, WORLD_COUNTRIES, UNTC)),
      Map.entry("un_membership", List.of(M49, UNTC)),
      Map.entry("state_names", List.of(M49, WORLD_COUNTRIES)),
      Map.entry("monitor_casualties", List.of(MONITOR)),
      Map.entry("monitor_civilian_child_shares", List.of(MONITOR)),
      Map.entry("monitor_funding", List.of(MONITOR)),
      Map.entry("monitor_clearance", List.of(MONITOR)),
      Map.entry("monitor_cost_parameters", List.of(MONITOR)),
      Map.entry("monitor_stockpiles", List.of(MONITOR)),
      Map.entry("monitor_ssa_lists", List.of(MONITOR, M49)),
      Map.entry("events", List.of(EVENTS)),
      Map.entry("event_state_lists", List.of(EVENTS)),
      Map.entry("holdouts", List.of(HAND_KEPT, UNTC)),
      Map.entry("state_borders", List.of(WORLD_COUNTRIES)),
      Map.entry("areas", List.of(HAND_KEPT, WORLD_COUNTRIES)),
      Map.entry("claims_evidence", List.of(CLAIMS_EVIDENCE)),
      Map.entry("claims_evidence_casualties", List.of(CLAIMS_EVIDENCE, MONITOR)),
      Map.entry("claims_evidence_searches", List.of(CLAIMS_EVIDENCE)),
      Map.entry("claims_evidence_lists", List.of(CLAIMS_EVIDENCE)),
      Map.entry("claims_public_records", List.of(PUBLIC_RECORDS)),
      Map.entry("claims_public_record_lists", List.of(PUBLIC_RECORDS)),
      Map.entry("claims_public_record_searches", List.of(HAND_KEPT)),
      Map.entry("claims", List.of(PAPERS)));

  /** Returns the licences of a dataset; a dataset without stated terms is an error, not a silent gap. */
  static List<ObjectNode> of(String dataset) {
    List<ObjectNode> l = BY_DATASET.get(dataset);
    if (l == null) {
      throw new IllegalStateException("no terms of use stated for dataset '" + dataset
          + "': add them to SourceTerms.BY_DATASET");
    }
    return l;
  }
}
