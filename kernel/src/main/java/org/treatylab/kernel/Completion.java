package org.treatylab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;

/** Completion, inspection and is-complete answers from JShell's source analysis. */
final class Completion {
  /** The snippet of a cell that holds the cursor, and the cursor inside it. */
  record Located(String snippet, int offset, int cursor) {}

  private Completion() {}

  /** Finds the snippet that holds {@code at}: JShell analyses one snippet at a time. */
  static Located locate(SourceCodeAnalysis analysis, String code, int at) {
    int start = 0;
    String remaining = code;
    while (true) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (!info.completeness().isComplete() || info.remaining().isEmpty()) {
        break;
      }
      int end = code.length() - info.remaining().length();
      if (end >= at) {
        break;
      }
      start = end;
      remaining = info.remaining();
    }
    String snippet = code.substring(start);
    return new Located(snippet, start, Math.max(0, Math.min(at - start, snippet.length())));
  }

  static ReplacementOptions complete(SourceCodeAnalysis analysis, String code, int at) {
    Located located = locate(analysis, code, at);
    int[] anchor = new int[1];
    List<SourceCodeAnalysis.Suggestion> suggestions =
        analysis.completionSuggestions(located.snippet(), located.cursor(), anchor);
    Set<String> options = new LinkedHashSet<>();
    // suggestions that match the expected type first, as JShell ranks them
    suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
        .forEach(s -> options.add(s.continuation()));
    suggestions.forEach(s -> options.add(s.continuation()));
    return new ReplacementOptions(new ArrayList<>(options), located.offset() + anchor[0], at);
  }

  static String isComplete(SourceCodeAnalysis analysis, String code) {
    String remaining = code;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      Completeness c = info.completeness();
      if (c == Completeness.EMPTY) {
        return BaseKernel.IS_COMPLETE_YES;
      }
      if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
        return "    ";
      }
      if (c == Completeness.UNKNOWN) {
        return BaseKernel.IS_COMPLETE_BAD;
      }
      remaining = info.remaining();
    }
    return BaseKernel.IS_COMPLETE_YES;
  }
}
