package org.treatylab.data.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a UNTC participant table, as printed. Square brackets on the page mean the action was
 * undone later (the state withdrew); they are kept as the {@code …Withdrawn} flags.
 *
 * @param line the line of the row's {@code <tr>} in the HTML file (for error messages)
 * @param name the participant's name as on the page, footnote numbers removed
 * @param footnotes end-note numbers attached to the name
 * @param signature signature date, or null
 * @param signatureCode {@code d} for succession to signature, else empty
 * @param signatureWithdrawn the signature is in brackets
 * @param provisional provisional application date ({@code n}), or null
 * @param provisionalWithdrawn the provisional application is in brackets
 * @param consent date of the instrument of ratification, accession etc., or null
 * @param consentCode the code after the consent date: empty (ratification), a, d, A, AA, P, c
 * @param consentWithdrawn the consent is in brackets
 */
public record ParticipantRow(
    int line,
    String name,
    List<Integer> footnotes,
    LocalDate signature,
    String signatureCode,
    boolean signatureWithdrawn,
    LocalDate provisional,
    boolean provisionalWithdrawn,
    LocalDate consent,
    String consentCode,
    boolean consentWithdrawn) {}
