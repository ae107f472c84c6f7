package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.explain.Block.Cell;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;
import org.nnlab.core.explain.Block.Table;

/**
 * A batch as the seed notes' table teaches it: each sample's loss and gradient, each from a pass
 * of the same network code over that sample alone, and the batch's loss and gradient, from the
 * pass over the whole batch, as their means; then one update.
 */
final class BatchSteps {
  private static final int MAX_COLUMNS = 8;

  private final Anatomy anatomy;
  private final Trace batch;
  private final List<Trace> samples;
  private final int[] rows;

  BatchSteps(Anatomy anatomy, Trace batch, List<Trace> samples, int[] rows) {
    this.anatomy = anatomy;
    this.batch = batch;
    this.samples = List.copyOf(samples);
    this.rows = rows.clone();
  }

  Section samples() {
    List<Block> blocks = new ArrayList<>();
    int inputs = batch.inputs().cols();
    int outputs = batch.targets().cols();
    boolean columns = inputs + 2 * outputs <= MAX_COLUMNS;
    List<String> headers = new ArrayList<>(List.of("sample"));
    if (columns) {
      addNames(headers, "x", inputs);
      addNames(headers, "t", outputs);
      addNames(headers, "L" + anatomy.layers() + ".h", outputs);
    }
    headers.add("loss");
    List<List<Cell>> table = new ArrayList<>();
    List<Expr> losses = new ArrayList<>();
    for (int s = 0; s < samples.size(); s++) {
      Trace sample = samples.get(s);
      List<Cell> row = new ArrayList<>(List.of(Cell.text(Integer.toString(rows[s] + 1))));
      if (columns) {
        addValues(row, sample.inputs().toArray()[0]);
        addValues(row, sample.targets().toArray()[0]);
        addValues(row, sample.layer(anatomy.layers()).h().toArray()[0]);
      }
      row.add(Cell.number(sample.loss()));
      table.add(row);
      losses.add(Expr.num(sample.loss()));
    }
    blocks.add(new Prose("each sample's output and loss from a pass over that sample alone"));
    blocks.add(new Table(headers, table));
    blocks.add(new Prose("the batch's loss, from the pass over all " + samples.size()
        + " samples together, is the mean of theirs"));
    blocks.add(Equation.of(Expr.ref(Symbol.loss()), batch.loss(),
        new Expr.Quotient(Expr.plus(losses), Expr.num(samples.size()))));
    return new Section("The batch: " + samples.size() + " samples, one update", blocks);
  }

  /** Each listed entry's per-sample gradients and the batch gradient as their mean. */
  Section gradients(List<WeightNames.Entry> entries) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Prose("each term is one sample's gradient (in the order of the table above); "
        + "the value is the batch's gradient from the pass over the whole batch, the one the "
        + "update uses"));
    for (WeightNames.Entry entry : entries) {
      int l = anatomy.layerOf(entry.parameter());
      int q = anatomy.positionInLayer(entry.parameter());
      List<Expr> terms = new ArrayList<>();
      for (Trace sample : samples) {
        terms.add(Expr.num(sample.layer(l).gradients().get(q)[entry.index()]));
      }
      blocks.add(Equation.of(new Expr.Partial(Symbol.loss(),
          anatomy.symbol(entry.parameter(), entry.index())),
          batch.layer(l).gradients().get(q)[entry.index()],
          new Expr.Quotient(Expr.plus(terms), Expr.num(samples.size()))));
    }
    return new Section("The batch's gradient: the mean of the samples' gradients", blocks);
  }

  private static void addNames(List<String> headers, String name, int count) {
    for (int j = 1; j <= count; j++) {
      headers.add(name + "[" + j + "]");
    }
  }

  private static void addValues(List<Cell> row, double[] values) {
    for (double value : values) {
      row.add(Cell.number(value));
    }
  }
}
