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
 * @param instrumentTables the page's further tables of consents to instruments annexed to the treaty (the CCW
 *     page's "Consent to be bound by Protocols I, II, and III"), empty on most pages
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
    Map<Integer, String> endNotes,
    List<InstrumentTable> instrumentTables) {

  /**
   * A table of consents to the instruments annexed to the treaty, one column per instrument, as printed.
   *
   * @param heading the table's heading (e.g. "Consent to be bound by Protocols I, II, and III, adopted on …")
   * @param headingNotes end-note numbers attached to the heading
   * @param line the HTML line of the table's first row
   * @param columns the instrument columns (e.g. "Protocol I"), without the "Participant" column
   * @param rows the participant rows
   */
  public record InstrumentTable(String heading, List<Integer> headingNotes, int line, List<String> columns,
      List<InstrumentRow> rows) {}

  /**
   * One row of an {@link InstrumentTable}.
   *
   * @param line the HTML line of the row
   * @param name the participant's name as printed there (names on these tables are often older ones)
   * @param footnotes end-note numbers attached to the name
   * @param marks per column of the table, the mark, or null where the cell is empty
   */
  public record InstrumentRow(int line, String name, List<Integer> footnotes, List<Mark> marks) {}

  /**
   * An "x" in an instrument column: the participant accepted the instrument.
   *
   * @param notified the date printed in brackets after the "x" ("x (18 July 2002)"), or null when the
   *     acceptance came with the participant's instrument of consent to the treaty (the page's end note)
   */
  public record Mark(LocalDate notified) {}

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
