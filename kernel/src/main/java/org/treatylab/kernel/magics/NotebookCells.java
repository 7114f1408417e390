package org.treatylab.kernel.magics;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The code cells of a Jupyter notebook file, in order, for {@code %load notebook.ipynb}. */
final class NotebookCells {
  private NotebookCells() {}

  static List<String> codeCells(String json, Path file) {
    JsonObject notebook;
    try {
      notebook = JsonParser.parseString(json).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + file + "' is not a Jupyter notebook (not JSON: " + e.getMessage() + ")");
    }
    JsonElement cells = notebook.get("cells");
    if (cells == null || !cells.isJsonArray()) {
      throw new IllegalArgumentException(
          "'" + file + "' is not a Jupyter notebook of format 4 (it has no \"cells\" list)");
    }
    List<String> code = new ArrayList<>();
    for (JsonElement c : cells.getAsJsonArray()) {
      JsonObject cell = c.getAsJsonObject();
      if (!cell.has("cell_type") || !"code".equals(cell.get("cell_type").getAsString())) {
        continue;
      }
      JsonElement source = cell.get("source");
      StringBuilder text = new StringBuilder();
      if (source != null && source.isJsonArray()) {
        for (JsonElement line : (JsonArray) source) {
          text.append(line.getAsString());
        }
      } else if (source != null) {
        text.append(source.getAsString());
      }
      if (!text.toString().isBlank()) {
        code.add(text.toString());
      }
    }
    return code;
  }
}
