package org.treatylab.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exercise calls refuse an unknown or null id with the nearest id, and answer NaN with feedback. */
class ExercisesRefusalsTest {
  @Test
  void anUnknownIdSuggestsTheNearestOne() {
    // before: "no exercise 'mbt-partie'; the exercises are [...]" without a suggestion; null gave "no exercise 'null'"
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exercises.question("mbt-partie"));
    assertTrue(e.getMessage().startsWith("unknown exercise id 'mbt-partie' (id) — did you mean mbt-parties-2010?"),
        e.getMessage());
    assertTrue(e.getMessage().contains("cwc-one-third"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Exercises.check("cwc-one-thrid", 1));
    assertEquals("id is null; pass a value",
        assertThrows(NullPointerException.class, () -> Exercises.hint(null)).getMessage());
    assertTrue(Exercises.question("mbt-parties-2010").startsWith("How many states"));
  }

  @Test
  void aNaNAnswerGetsFeedbackNotANumberFormatException() {
    // before: NumberFormatException "Infinite or NaN" from formatting the answer
    Feedback f = Exercises.check("mbt-parties-2010", Double.NaN);
    assertFalse(f.correct());
    assertTrue(f.toString().contains("the number NaN is not a whole number; a computation gave no number"), f.toString());
    assertFalse(Exercises.check("mbt-parties-2010", "NaN").correct());
  }
}
