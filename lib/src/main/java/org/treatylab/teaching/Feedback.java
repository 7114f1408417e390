package org.treatylab.teaching;

/**
 * What a student sees after checking an answer: right or not, and why. Renders in a notebook as
 * a coloured line (see the library's notebook display).
 *
 * @param exercise the exercise id
 * @param question the question
 * @param correct whether the answer is right (within the exercise's tolerance)
 * @param message praise, or an explanation of what went wrong and a hint
 */
public record Feedback(String exercise, String question, boolean correct, String message) {
  @Override
  public String toString() {
    return (correct ? "✔ " : "✘ ") + exercise + ": " + message;
  }
}
