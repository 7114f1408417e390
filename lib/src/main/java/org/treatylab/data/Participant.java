package org.treatylab.data;

import java.time.LocalDate;
import org.treatylab.base.Checks;

/**
 * One state's record under one treaty (a row of {@code treaty_participation.csv}), as the UN Treaty
 * Collection status page gives it.
 *
 * @param treatyId treaty id, e.g. {@code mbt}
 * @param iso3 the state
 * @param nameOnPage the participant's name on the page
 * @param signature signature date, or null
 * @param consent date of deposit of ratification / accession / succession etc., or null
 * @param consentKind ratification, accession, succession, acceptance, approval, consent to be bound, formal confirmation
 * @param consentWithdrawn the page shows the consent in brackets (withdrawn)
 * @param withdrawalNotified withdrawal notification deposited, or null
 * @param withdrawalEffective withdrawal effective (past or pending), or null
 * @param entryIntoForce entry into force for the state, computed from the treaty's rule, or null
 */
public record Participant(String treatyId, String iso3, String nameOnPage, LocalDate signature, LocalDate consent,
    String consentKind, boolean consentWithdrawn, LocalDate withdrawalNotified, LocalDate withdrawalEffective,
    LocalDate entryIntoForce) {

  /**
   * The first day the state is no longer bound: the withdrawal's effective date; for a withdrawal the
   * page shows without an effective date, the notification date; null when it has not withdrawn.
   */
  public LocalDate leftOn() {
    if (withdrawalEffective != null) {
      return withdrawalEffective;
    }
    return consentWithdrawn ? withdrawalNotified : null;
  }

  /** True when the state's consent is deposited by {@code date} and no withdrawal is effective by then. */
  public boolean isPartyAt(LocalDate date) {
    Checks.notNull(date, "date");
    return consent != null && !consent.isAfter(date) && !hasLeftBy(date);
  }

  /** True when the state has signed by {@code date} and has not withdrawn by then. */
  public boolean isSignatoryAt(LocalDate date) {
    Checks.notNull(date, "date");
    return signature != null && !signature.isAfter(date) && !hasLeftBy(date);
  }

  private boolean hasLeftBy(LocalDate date) {
    LocalDate left = leftOn();
    return left != null && !left.isAfter(date);
  }
}
