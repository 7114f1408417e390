package org.treatylab.data.importer;

/**
 * Bad input found while importing a raw source: names the file, the line (or row) and the field, so
 * that the person re-running an importer can find and fix the input.
 */
public class ImportException extends RuntimeException {
  private final String file;
  private final int line;
  private final String field;

  /**
   * Creates an error about one field of one line of a source file.
   *
   * @param file the source file, as given to the importer
   * @param line the 1-based line or row number, or 0 when the problem concerns the whole file
   * @param field the field (column) name, or {@code null} when no single field is at fault
   * @param message what is wrong, in words a user understands
   */
  public ImportException(String file, int line, String field, String message) {
    // One line whatever the input: a line break copied from a bad file would split the error.
    super((file + (line > 0 ? ":" + line : "") + (field != null ? ": field '" + field + "'" : "") + ": " + message)
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r"));
    this.file = file;
    this.line = line;
    this.field = field;
  }

  /** Returns the source file the error is about. */
  public String file() {
    return file;
  }

  /** Returns the 1-based line or row, or 0 for the whole file. */
  public int line() {
    return line;
  }

  /** Returns the field at fault, or {@code null}. */
  public String field() {
    return field;
  }
}
