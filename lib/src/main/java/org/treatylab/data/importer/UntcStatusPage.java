package org.treatylab.data.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one UN Treaty Collection status page says, before any interpretation.
 *
 * @param file the file name the page was read from
 * @param untcNumber the depositary's number, e.g. {@code XXVI-5}
 * @param chapter the chapter number used in the page address (26 for disarmament, 4 for human rights)
 * @param statusAsAt the "STATUS AS AT" date
 * @param title the treaty's full title
 * @param place where it was concluded or adopted
 * @param concluded the date printed under the title (conclusion / adoption)
 * @param entryIntoForceText the "Entry into force" line as printed
 * @param entryIntoForce the first date on that line, or null (not in force)
 * @param headerSignatories the "Signatories" count, or null when not printed
 * @param headerParties the "Parties" count
 * @param noteText the "Note" paragraph (opening for signature etc.)
 * @param columns the participant table's column headings
 * @param rows the participant rows
 * @param endNotes end notes by number
 */
public record UntcStatusPage(
    String file,
    String untcNumber,
    int chapter,
    LocalDate statusAsAt,
    String title,
    String place,
    LocalDate concluded,
    String entryIntoForceText,
    LocalDate entryIntoForce,
    Integer headerSignatories,
    Integer headerParties,
    String noteText,
    List<String> columns,
    List<ParticipantRow> rows,
    Map<Integer, String> endNotes) {

  /** The page's address on the UN Treaty Collection web site. */
  public String url() {
    return "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=" + untcNumber
        + "&chapter=" + chapter + "&clang=_en";
  }

  /** Signatures on the page not in brackets: what the depositary's "Signatories" count counts. */
  public long rowSignatories() {
    return rows.stream().filter(r -> r.signature() != null && !r.signatureWithdrawn()).count();
  }

  /** Consents on the page not in brackets: what the depositary's "Parties" count counts. */
  public long rowParties() {
    return rows.stream().filter(r -> r.consent() != null && !r.consentWithdrawn()).count();
  }
}
