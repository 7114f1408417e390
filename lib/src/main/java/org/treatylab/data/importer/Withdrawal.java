package org.treatylab.data.importer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state's withdrawal from (denunciation of) a treaty, as an end note on a UNTC page records it.
 *
 * @param notified the date the notification was deposited
 * @param effective the date the withdrawal takes or took effect, or null when the note gives none
 * @param pending true when the note says it "will take effect" (after the page's status date)
 * @param reference the depositary notification number (C.N.…), or empty
 * @param noteNumber the end note it comes from
 */
public record Withdrawal(LocalDate notified, LocalDate effective, boolean pending, String reference, int noteNumber) {
  private static final Pattern NOTIFIED = Pattern.compile(
      "On (" + UntcDates.DATE.pattern() + "),? the Government of .{0,80}?"
          + "(?:deposited with the Secretary-General a notification of withdrawal"
          + "|(?:notified|informed) the Secretary-General[^.]{0,60}?(?:denunciation|denounce))");
  private static final Pattern EFFECTIVE = Pattern.compile(
      "(took|will take) effect for .{0,80}? on (" + UntcDates.DATE.pattern() + ")"
          + "|with effect from (" + UntcDates.DATE.pattern() + ")");
  private static final Pattern CN = Pattern.compile("C\\.N\\.\\d+\\.\\d{4}\\s*\\.TREATIES-[A-Z0-9.-]+ of " + UntcDates.DATE.pattern());

  /**
   * Reads a withdrawal of the treaty itself from an end note. Withdrawals of reservations or
   * declarations are not withdrawals from the treaty and give empty.
   */
  public static Optional<Withdrawal> fromNote(int noteNumber, String text) {
    Matcher n = NOTIFIED.matcher(text);
    if (!n.find()) {
      return Optional.empty();
    }
    LocalDate notified = UntcDates.parse(n.group(1)).orElse(null);
    if (notified == null) {
      return Optional.empty();
    }
    Matcher e = EFFECTIVE.matcher(text);
    LocalDate effective = null;
    boolean pending = false;
    if (e.find(n.start())) {
      String date = e.group(2) != null ? e.group(2) : e.group(e.groupCount() - 3);
      effective = UntcDates.first(date).orElse(null);
      pending = "will take".equals(e.group(1));
    }
    Matcher cn = CN.matcher(text);
    String reference = cn.find() ? cn.group().replace(" .TREATIES", ".TREATIES") : "";
    return Optional.of(new Withdrawal(notified, effective, pending, reference, noteNumber));
  }
}
