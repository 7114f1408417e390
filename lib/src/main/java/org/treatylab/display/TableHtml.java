package org.treatylab.display;

import tech.tablesaw.api.Table;

/**
 * Renders a Tablesaw table for a notebook: HTML with a caption giving the table's name and shape, and
 * only the first and last rows of a long table, so that a 10,000-row table does not flood the page.
 */
public final class TableHtml {
  /** Rows shown from the top of a long table. */
  public static final int HEAD_ROWS = 15;
  /** Rows shown from the bottom of a long table. */
  public static final int TAIL_ROWS = 5;

  private TableHtml() {}

  /** Returns the caption: name, rows and columns, and how many rows are shown. */
  public static String caption(Table table) {
    int rows = table.rowCount();
    String shape = rows + (rows == 1 ? " row" : " rows") + " × " + table.columnCount()
        + (table.columnCount() == 1 ? " column" : " columns");
    String name = table.name() == null || table.name().isBlank() ? "" : table.name() + ": ";
    String shown = rows > HEAD_ROWS + TAIL_ROWS
        ? " (showing the first " + HEAD_ROWS + " and last " + TAIL_ROWS + ")"
        : "";
    return name + shape + shown;
  }

  /**
   * Formats a number for reading: whole numbers without decimals, others rounded to four decimal
   * places without trailing zeros (0.15135135135135136 → 0.1514); from 10,000 up with thousands
   * separators (110000000 → 110,000,000), always as in {@code Locale.ROOT}. Display only: the table
   * keeps its full values, and CSV exports write them plain.
   */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Math.abs(v) >= 10_000 && Math.abs(v) < 1e15) {
      java.text.DecimalFormat grouped =
          new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
      grouped.setRoundingMode(java.math.RoundingMode.HALF_UP);
      return grouped.format(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String cell(Table table, int c, int r) {
    if (table.column(c) instanceof tech.tablesaw.api.DoubleColumn d) {
      return d.isMissing(r) ? "" : number(d.getDouble(r));
    }
    return table.column(c).getString(r);
  }

  /** A copy for printing as text, with numbers formatted by {@link #number}. */
  private static Table readable(Table table) {
    Table out = Table.create(table.name());
    for (int c = 0; c < table.columnCount(); c++) {
      if (table.column(c) instanceof tech.tablesaw.api.DoubleColumn) {
        tech.tablesaw.api.StringColumn s = tech.tablesaw.api.StringColumn.create(table.column(c).name());
        for (int r = 0; r < table.rowCount(); r++) {
          s.append(cell(table, c, r));
        }
        out.addColumns(s);
      } else {
        out.addColumns(table.column(c).copy());
      }
    }
    return out;
  }

  /** Returns the table as an HTML {@code <table>} with a caption. */
  public static String html(Table table) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<table class=\"treatylab-table\">\n<caption style=\"caption-side:top;text-align:left\">")
        .append(escape(caption(table)))
        .append("</caption>\n<thead><tr>");
    for (String name : table.columnNames()) {
      out.append("<th>").append(escape(name)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    int rows = table.rowCount();
    boolean cut = rows > HEAD_ROWS + TAIL_ROWS;
    for (int r = 0; r < rows; r++) {
      if (cut && r == HEAD_ROWS) {
        out.append("<tr><td colspan=\"").append(table.columnCount()).append("\">… ")
            .append(rows - HEAD_ROWS - TAIL_ROWS).append(" more rows …</td></tr>\n");
        r = rows - TAIL_ROWS;
      }
      out.append("<tr>");
      for (int c = 0; c < table.columnCount(); c++) {
        out.append("<td>").append(escape(cell(table, c, r))).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>").toString();
  }

  /** Returns the table as aligned text, cut like the HTML, with the caption on top. */
  public static String text(Table table) {
    int rows = table.rowCount();
    Table shown = rows > HEAD_ROWS + TAIL_ROWS
        ? table.first(HEAD_ROWS).append(table.last(TAIL_ROWS))
        : table;
    return caption(table) + "\n" + readable(shown).printAll();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
