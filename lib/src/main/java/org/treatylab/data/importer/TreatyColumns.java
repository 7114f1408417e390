package org.treatylab.data.importer;

import java.util.List;

/** Column names of the treaty datasets, shared by the importer and the data package descriptor. */
final class TreatyColumns {
  private TreatyColumns() {}

  static final List<String> TREATIES = List.of("treaty_id", "untc_number", "short_name", "full_name", "family",
      "place_adopted", "date_adopted", "date_opened_for_signature", "instruments_for_eif", "eif_rule",
      "eif_rule_citation", "date_entry_into_force", "entry_into_force_text", "status_as_at",
      "header_signatories", "header_parties", "row_signatories", "row_parties", "header_check",
      "source_id", "source_url", "source_file");

  static final List<String> PARTICIPATION = List.of("treaty_id", "iso3", "name_on_page", "signature_date",
      "signature_kind", "signature_withdrawn", "provisional_application_date", "provisional_application_withdrawn",
      "consent_date", "consent_code", "consent_kind", "consent_withdrawn", "withdrawal_notified",
      "withdrawal_effective", "withdrawal_status", "withdrawal_reference", "entry_into_force", "eif_basis",
      "end_notes", "notes", "source_id", "source_url", "status_as_at", "source_file", "source_line");
}
