package io.github.spencerpark.jupyter.kernel.display;

/** IJava's name for a MIME bundle; the same data as the kernel's own display data. */
public class DisplayData extends org.dflib.jjava.jupyter.kernel.display.DisplayData {
  /** An empty bundle. */
  public DisplayData() {
    super();
  }

  /** A bundle with {@code text/plain} only. */
  public DisplayData(String text) {
    super(text);
  }

  /** A copy of the kernel's bundle. */
  public DisplayData(org.dflib.jjava.jupyter.kernel.display.DisplayData data) {
    super(data);
  }
}
