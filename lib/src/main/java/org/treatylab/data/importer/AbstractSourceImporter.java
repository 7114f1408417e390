package org.treatylab.data.importer;

import java.util.List;

/**
 * A {@link SourceImporter} whose name, source and lookups are fixed when it is made, so that an
 * implementation states them once in its constructor and writes only {@link #read}.
 */
public abstract class AbstractSourceImporter implements SourceImporter {
  private final String name;
  private final String source;
  private final List<String> lookups;

  /**
   * @param name the curated dataset's resource name
   * @param source the one file read (relative to the sources folder, or {@code curated-inputs/<file>})
   * @param lookups other files only looked things up in
   */
  protected AbstractSourceImporter(String name, String source, String... lookups) {
    this.name = name;
    this.source = source;
    this.lookups = List.of(lookups);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final List<String> lookups() {
    return lookups;
  }
}
