package org.nnlab.cli.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.explain.Block;
import org.nnlab.core.explain.Block.Cell;

/** A table as aligned columns: numbers to the right, words and names to the left. */
final class TextTable {
  private static final String GAP = "  ";

  private TextTable() {}

  static List<String> lines(Block.Table table, String indent) {
    int columns = table.headers().size();
    int[] widths = new int[columns];
    boolean[] right = new boolean[columns];
    List<List<String>> texts = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      widths[c] = table.headers().get(c).length();
    }
    for (List<Cell> row : table.rows()) {
      List<String> text = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String cell = TextRenderer.cell(row.get(c));
        widths[c] = Math.max(widths[c], cell.length());
        right[c] |= row.get(c) instanceof Cell.Number;
        text.add(cell);
      }
      texts.add(text);
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(table.headers(), widths, right, indent));
    for (List<String> text : texts) {
      lines.add(line(text, widths, right, indent));
    }
    return lines;
  }

  private static String line(List<String> cells, int[] widths, boolean[] right, String indent) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(c == 0 ? "" : GAP).append(right[c] ? pad + cell : cell + pad);
    }
    return line.toString().stripTrailing();
  }
}
