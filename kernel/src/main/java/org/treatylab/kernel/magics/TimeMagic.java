package org.treatylab.kernel.magics;

import java.util.List;
import java.util.Locale;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.spi.CellHost;

/**
 * {@code %time code} and {@code %%time}: runs the code, then prints the wall time it took. Returns
 * the code's value rendered as display data ({@code %time 6 * 7} shows 42), or null when it has none.
 */
public final class TimeMagic implements LineMagic<DisplayData, BaseKernel>, CellMagic<DisplayData, BaseKernel> {
  @Override
  public DisplayData eval(BaseKernel kernel, List<String> args) {
    return time(CellHost.of(kernel), String.join(" ", args));
  }

  @Override
  public DisplayData eval(BaseKernel kernel, List<String> args, String body) {
    return time(CellHost.of(kernel), body);
  }

  private static DisplayData time(CellHost host, String code) {
    long start = System.nanoTime();
    Object value;
    try {
      value = host.evalRaw(code);
    } finally {
      double ms = (System.nanoTime() - start) / 1e6;
      System.out.println(
          ms < 1000
              ? String.format(Locale.ROOT, "Wall time: %.1f ms", ms)
              : String.format(Locale.ROOT, "Wall time: %.2f s", ms / 1000));
    }
    if (value == null) {
      return null;
    }
    return value instanceof DisplayData d ? d : host.render(value);
  }
}
