package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code datapackage.json} entries of the treaty datasets: schema with types, descriptions and
 * constraints, sources, licence note, and the caveats carried over from the sources' provenance notes.
 */
final class TreatyDataPackage {
  private TreatyDataPackage() {}


  /** The descriptors of states.csv, un_membership.csv and state_names.csv. */
  static List<ObjectNode> stateResources() {
    return List.of(states(), membership(), names());
  }

  /** The descriptors of treaties.csv and treaty_participation.csv. */
  static List<ObjectNode> treatyResources() {
    return List.of(treaties(), participation());
  }

  private static ObjectNode treaties() {
    ObjectNode r = resource("treaties", "treaties.csv", "Treaties: UNTC status page header facts",
        "One row per treaty: UNTC number, names, adoption, opening for signature, entry into force, the "
            + "instruments its entry into force needed, and the rule for each later party; counts printed on "
            + "the page next to the counts computed from its rows.");
    ArrayNode f = fields(r, "treaty_id");
    f.add(DataPackage.field("treaty_id", "string", "short stable id, e.g. mbt, ccm, ccw-apii", true));
    f.add(DataPackage.field("untc_number", "string", "depositary number (MTDSG), e.g. XXVI-5", true));
    f.add(DataPackage.field("short_name", "string", "short name (hand-kept catalogue)", true));
    f.add(DataPackage.field("full_name", "string", "title as on the page", true));
    f.add(DataPackage.field("family", "string", "landmines and cluster munitions | arms control | human rights", true));
    f.add(DataPackage.field("place_adopted", "string", "place printed under the title", false));
    f.add(DataPackage.field("date_adopted", "date", "date printed under the title (adoption / conclusion)", false));
    f.add(DataPackage.field("date_opened_for_signature", "date", "first date the page's Note gives for opening for signature; empty when the Note gives none (never typed in by hand)", false));
    f.add(DataPackage.field("instruments_for_eif", "integer", "instruments needed for entry into force (hand-kept, cited in eif_rule_citation)", true));
    f.add(DataPackage.field("eif_rule", "string", "rule for a later party's entry into force, counted from its deposit (see EntryIntoForceRule)", true));
    f.add(DataPackage.field("eif_rule_citation", "string", "treaty articles of the two facts above", true));
    f.add(DataPackage.field("date_entry_into_force", "date", "treaty's entry into force (page header); empty = not in force", false));
    f.add(DataPackage.field("entry_into_force_text", "string", "the page's entry-into-force line as printed", true));
    f.add(DataPackage.field("status_as_at", "date", "the page's STATUS AS AT date", true));
    f.add(DataPackage.field("header_signatories", "integer", "'Signatories' count printed in the header (empty when not printed)", false));
    f.add(DataPackage.field("header_parties", "integer", "'Parties' count printed in the header", false));
    f.add(DataPackage.field("row_signatories", "integer", "signatures in the table not in brackets (incl. non-state participants)", true));
    f.add(DataPackage.field("row_parties", "integer", "consents in the table not in brackets (incl. non-state participants)", true));
    f.add(DataPackage.field("header_check", "string", "whether header and row counts agree; for an instrument read from a column of the page's table of further consents (CCW Protocols I-III), that the page prints no count for it, how many rows are marked, and which parties to the treaty have no row in that table", true));
    sourceFields(f);
    f.add(DataPackage.field("source_file", "string", "saved page the row was read from, relative to shared/sources/treaties", true));
    return r;
  }

  private static ObjectNode participation() {
    ObjectNode r = resource("treaty_participation", "treaty_participation.csv",
        "Treaty participation: signatures, consents and withdrawals by state",
        "One row per (treaty, state) on the UNTC status page, with the dates as deposited, the consent kind, "
            + "withdrawals from the end notes, and the treaty's entry into force for the state computed from the "
            + "treaty's rule (the page gives deposit dates only).");
    ArrayNode f = fields(r, "treaty_id", "iso3");
    f.add(DataPackage.field("treaty_id", "string", "treaty (treaties.csv)", true));
    f.add(DataPackage.field("iso3", "string", "state, ISO 3166-1 alpha-3 (states.csv)", true));
    f.add(DataPackage.field("name_on_page", "string", "participant name as printed on the page (today's name)", true));
    f.add(DataPackage.field("signature_date", "date", "signature (or succession to signature)", false));
    f.add(DataPackage.field("signature_kind", "string", "signature | succession to signature", false));
    f.add(DataPackage.field("signature_withdrawn", "boolean", "the signature is in [brackets] on the page (state later withdrew)", true));
    f.add(DataPackage.field("provisional_application_date", "date", "notification of provisional application (code n; CCM, ATT)", false));
    f.add(DataPackage.field("provisional_application_withdrawn", "boolean", "that date is in brackets", true));
    f.add(DataPackage.field("consent_date", "date", "deposit of the instrument of ratification, accession, succession, acceptance, approval or consent to be bound", false));
    f.add(DataPackage.field("consent_code", "string", "code after the date on the page: empty (ratification), a, d, A, AA, P, c", false));
    f.add(DataPackage.field("consent_kind", "string", "the code in words", false));
    f.add(DataPackage.field("consent_withdrawn", "boolean", "the consent is in [brackets] on the page (state has withdrawn)", true));
    f.add(DataPackage.field("withdrawal_notified", "date", "deposit of the notification of withdrawal / denunciation (end note)", false));
    f.add(DataPackage.field("withdrawal_effective", "date", "date the withdrawal took or will take effect (end note); from this date the state is no longer a party", false));
    f.add(DataPackage.field("withdrawal_status", "string", "effective | pending at status date | withdrawn, effective date not on the page", false));
    f.add(DataPackage.field("withdrawal_reference", "string", "depositary notification C.N. number", false));
    f.add(DataPackage.field("entry_into_force", "date", "entry into force for this state: the later of the treaty's entry into force and the rule applied to consent_date (computed)", false));
    f.add(DataPackage.field("eif_basis", "string", "how entry_into_force was obtained, or why it is empty", false));
    f.add(DataPackage.field("end_notes", "string", "end-note numbers attached to the name, ';'-separated", false));
    f.add(DataPackage.field("notes", "string", "end notes pointing to the UNTC 'Historical Information' (e.g. Serbia acceded as Serbia and Montenegro)", false));
    sourceFields(f);
    f.add(DataPackage.field("status_as_at", "date", "the page's STATUS AS AT date", true));
    f.add(DataPackage.field("source_file", "string", "saved page, relative to shared/sources/treaties", true));
    f.add(DataPackage.field("source_line", "integer", "HTML line of the row in that file", true));
    ArrayNode caveats = r.putArray("caveats");
    caveats.add("Current-status pages, not a history: names are today's (Türkiye, Eswatini, North Macedonia, Netherlands (Kingdom of the)); Serbia's MBT accession of 18 Sep 2003 was made as Serbia and Montenegro; Montenegro and South Sudan are successions (d).");
    caveats.add("A 'party' in the library's counts is a state whose consent is deposited and not withdrawn with effect at the date; this is what the page's 'Parties' count counts. Entry into force for the state is the separate column entry_into_force.");
    caveats.add("MBT: 121 signatures are dated 3-4 Dec 1997 (82 + 39); Kenya signed 5 Dec 1997 at UN headquarters, making 122 by 5 Dec; the often-quoted '122' is one of these two counts.");
    caveats.add("MBT: Poland's withdrawal (notified 20 Aug 2025) takes effect 20 Feb 2026, after the status date, 'subject to the condition' of art. 20(3); Poland is in the page's 'Parties 162'. Dates after the status date are projections.");
    caveats.add("MBT: Ukraine's 2025 steps (decree on withdrawal 29 Jun 2025; parliament vote to suspend 15 Jul 2025, per news reports) are not recorded by the depositary as at 3 Feb 2026; the page records only communications C.N.121.2016 and C.N.285.2018.");
    caveats.add("CCW Amended Protocol II: sorted consents make Norway (20 Apr 1998) the 20th and Lithuania (3 Jun 1998) the 21st, yet entry into force was 3 Dec 1998 = six months after 3 Jun 1998; one early date on today's page apparently did not count or was re-dated (unresolved).");
    caveats.add("CCW Protocols I-III (ccw-pi, ccw-pii, ccw-piii) are read from the CCW page's table 'Consent to be bound by Protocols I, II, and III', which marks acceptance with an x; per its end note 8, acceptance was notified with the state's consent to the Convention unless a date is printed, so consent_date and consent_code are the Convention's (the notes column says so) except France and the United States for Protocol III (dated notifications, code P). The table uses older names (Turkey, Cape Verde, The former Yugoslav Republic of Macedonia) and has no row for two Convention parties (Cameroon, Dominican Republic); no signatures are recorded for the protocols.");
    caveats.add("Successions (d): the state is bound from the date of succession, which the page does not give, so entry_into_force is empty for them.");
    caveats.add("The European Union (a participant in some human-rights instruments) is not a state and is not kept; the header counts include it.");
    caveats.add("Withdrawals from human-rights protocols described in prose (e.g. ICCPR-OP1 denunciations and re-accessions) are read only where the end note gives the dates in the usual form.");
    return r;
  }

  private static ObjectNode states() {
    ObjectNode r = resource("states", "states.csv", "States: UN members, non-member treaty participants and former members, with regions",
        "The 193 UN member states, the four non-members that join treaties (Holy See, State of Palestine, Cook Islands, Niue), "
            + "and former members (Czechoslovakia, GDR, Yugoslavia, South Yemen), with UN M49 regions and the grouping the papers use.");
    ArrayNode f = fields(r, "iso3");
    f.add(DataPackage.field("iso3", "string", "ISO 3166-1 alpha-3; former states ISO 3166-3 alpha-3 (CSK, DDR, YUG, YMD)", true));
    f.add(DataPackage.field("name", "string", "name on the UN member list (Wikipedia), else the ISO name", true));
    f.add(DataPackage.field("m49_code", "string", "UN M49 numeric code", false));
    f.add(DataPackage.field("m49_region", "string", "UN M49 region", true));
    f.add(DataPackage.field("m49_sub_region", "string", "UN M49 sub-region", true));
    f.add(DataPackage.field("m49_intermediate_region", "string", "UN M49 intermediate region (Africa and the Americas only)", false));
    f.add(DataPackage.field("paper_group", "string", "Africa | Latin America and the Caribbean | Pacific Islands (M49 Oceania less Australia and New Zealand) | other", true));
    f.add(DataPackage.field("sub_saharan_africa", "boolean", "M49 sub-region 'Sub-Saharan Africa'. Sudan is false: M49 places it in Northern Africa. Analyses that follow sources counting Sudan as sub-Saharan (e.g. some Landmine Monitor lists) must add SDN explicitly.", true));
    f.add(DataPackage.field("un_member", "boolean", "UN member state today", true));
    f.add(DataPackage.field("un_admission_date", "date", "date of admission (current members; for former members their admission)", false));
    f.add(DataPackage.field("current", "boolean", "false for former states", true));
    f.add(DataPackage.field("non_member_note", "string", "why a non-member or former member is listed", false));
    sourceFields(f);
    r.putArray("caveats").add("M49 regions as in the lukes/ISO-3166 table (2024-06-19), a copy of the UNSD M49 overview; the 2019 UNSD CSV is used only for names.");
    return r;
  }

  private static ObjectNode membership() {
    ObjectNode r = resource("un_membership", "un_membership.csv", "UN membership over time",
        "Spells of UN membership (admitted, left) for current and former members, to count 'all states' at a date "
            + "(e.g. 185 members in 1997: 184 current members plus the contested Yugoslavia seat).");
    ArrayNode f = fields(r, "state_code", "admitted");
    f.add(DataPackage.field("state_code", "string", "ISO3 (states.csv)", true));
    f.add(DataPackage.field("name", "string", "name", true));
    f.add(DataPackage.field("admitted", "date", "start of the spell", true));
    f.add(DataPackage.field("left", "date", "first day no longer a member; empty = still a member", false));
    f.add(DataPackage.field("kind", "string", "member | former member", true));
    f.add(DataPackage.field("note", "string", "disagreement between the two member lists, interruption, or continuity note", false));
    sourceFields(f);
    ArrayNode c = r.putArray("caveats");
    c.add("Admission dates of current members from Wikipedia 'Member states of the United Nations' (via ohwada/World_Countries, 2023), cross-checked with onofreicl/ethos; the only disagreement (Thailand: ethos 15 Dec 1946) is in the note, the project uses 16 Dec 1946 (Wikipedia, the UN document, and a third list agree).");
    c.add("Former members and interruptions (Czechoslovakia, GDR, Yugoslavia to 1 Nov 2000, South Yemen, Syria within the UAR 1958-61) are a hand-kept table citing the UN's 'Growth in United Nations membership' page; not in any source file here.");
    c.add("Gaps: Zanzibar (member 16 Dec 1963 - 26 Apr 1964) is not listed; Indonesia's 1965-66 absence is treated as continuous membership, as the UN does; continuing states (USSR->Russian Federation, Serbia and Montenegro->Serbia) are a single spell under today's code.");
    c.add("No status date of its own: the member lists are of 2023 and 2024. The library (States.statusDate) answers for dates up to the treaty data's status date (treaties.csv status_as_at) and refuses later ones, and counts no UN members before the first admission (the UN's founding).");
    return r;
  }

  private static ObjectNode names() {
    ObjectNode r = resource("state_names", "state_names.csv", "Spellings of state names with their ISO3 code",
        "Every unambiguous spelling met in the country sources and the hand-kept historical names; read by StateNameResolver.standard().");
    ArrayNode f = fields(r, "name");
    f.add(DataPackage.field("name", "string", "a spelling", true));
    f.add(DataPackage.field("iso3", "string", "ISO3 code it means", true));
    f.add(DataPackage.field("source_id", "string", "source file of the spelling (treatylab:state_name_aliases.csv:<line> = hand-kept, cited there)", true));
    return r;
  }

  private static ObjectNode resource(String name, String path, String title, String description) {
    ObjectNode r = DataPackage.newResource();
    r.put("name", name);
    r.put("path", path);
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("encoding", "utf-8");
    r.put("title", title);
    r.put("description", description);
    r.set("dialect", DataPackage.csvDialect());
    r.put("importer", "org.treatylab.data.importer.ImportData");
    ArrayNode sources = r.putArray("sources");
    if (name.startsWith("treat")) {
      ObjectNode s = sources.addObject();
      s.put("title", "UN Treaty Collection status pages, STATUS AS AT 03-02-2026 (saved copies: mgaldino/treaties-ideal-point @ 746a24fa)");
      s.put("path", "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en");
      s.put("retrieved", "2026-02-03");
    } else {
      addSource(sources, "UN M49 regions with ISO 3166 codes (lukes/ISO-3166-Countries-with-Regional-Codes @ 145f1ad3, CC BY-SA 4.0)",
          "https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes");
      addSource(sources, "UN member states with admission dates, from Wikipedia (ohwada/World_Countries @ 02b76a4a, CC BY-SA)",
          "https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations");
      addSource(sources, "Second UN member list (onofreicl/ethos @ 14c796c0)", "https://github.com/onofreicl/ethos");
      addSource(sources, "world-countries 5.1.0 (mledoze/countries, ODbL 1.0): spellings", "https://github.com/mledoze/countries");
      addSource(sources, "UNSD M49 overview (odsti/datasets @ 77401fdc): names", "https://unstats.un.org/unsd/methodology/m49/overview");
      addSource(sources, "UN, Growth in United Nations membership (hand-kept former members)", "https://www.un.org/en/about-us/growth-in-un-membership");
    }
    SourceTerms.of(name).forEach(r.putArray("licenses")::add);
    return r;
  }

  private static void addSource(ArrayNode sources, String title, String path) {
    ObjectNode s = sources.addObject();
    s.put("title", title);
    s.put("path", path);
  }

  private static ArrayNode fields(ObjectNode resource, String... primaryKey) {
    ObjectNode schema = resource.putObject("schema");
    ArrayNode pk = schema.putArray("primaryKey");
    for (String k : primaryKey) {
      pk.add(k);
    }
    schema.putArray("missingValues").add("");
    return schema.putArray("fields");
  }

  private static void sourceFields(ArrayNode f) {
    f.add(DataPackage.field("source_id", "string", "source reference: file or untc:<number>@<status date>", true));
    f.add(DataPackage.field("source_url", "string", "address of the source", false));
  }
}
