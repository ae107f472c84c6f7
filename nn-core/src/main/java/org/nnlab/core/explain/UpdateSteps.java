package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnlab.core.explain.Block.Cell;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;
import org.nnlab.core.explain.Block.Table;

/**
 * The optimizer's step for each parameter entry, with the optimizer's actual rule: for nnlab's
 * {@code sgd} without momentum w+ = w − η g; with momentum (PyTorch's form) v+ = μ v + g, then
 * w+ = w − η v+, with v before and after. Any other optimizer is shown by what it did: each
 * entry's value before and after, its gradient, and the optimizer's state arrays.
 */
final class UpdateSteps {
  private static final String VELOCITY = "v";

  private final Anatomy anatomy;
  private final StepTrace step;
  private final NotesNames names;

  UpdateSteps(Anatomy anatomy, StepTrace step, NotesNames names) {
    this.anatomy = anatomy;
    this.step = step;
    this.names = names;
  }

  /** The step for every parameter entry of the network. */
  Section section() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Prose(rule()));
    if (step.sgd()) {
      for (int p = 0; p < step.before().size(); p++) {
        for (int k = 0; k < step.before().get(p).length; k++) {
          blocks.addAll(entry(p, k));
        }
      }
    } else {
      blocks.add(table(allEntries()));
    }
    return new Section(title(), blocks);
  }

  String title() {
    return "Update: step " + step.number() + " of " + step.optimizer();
  }

  /** The step for one entry alone, with the optimizer's rule. */
  Section single(int p, int k) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Prose(rule()));
    blocks.addAll(entry(p, k));
    return new Section(title(), blocks);
  }

  /** The step for one entry, {@code k} of network parameter {@code p}. */
  List<Block> entry(int p, int k) {
    if (!step.sgd()) {
      return List.of(table(List.of(new int[] {p, k})));
    }
    Symbol w = anatomy.symbol(p, k);
    double before = step.before().get(p)[k];
    double gradient = step.gradients().get(p)[k];
    double after = step.after().get(p)[k];
    Expr eta = new Expr.Constant(Expr.Name.LEARNING_RATE);
    Expr updated = new Expr.Updated(w);
    Expr partial = new Expr.Partial(Symbol.loss(), w);
    if (step.momentum() == 0) {
      return List.of(Equation.of(updated, after,
          new Expr.Difference(Expr.ref(w), Expr.times(eta, partial)),
          new Expr.Difference(Expr.num(before), Expr.times(Expr.num(step.learningRate()),
              Expr.num(gradient)))).named(names.of(updated)));
    }
    double v = step.stateBefore()[p][0][k];
    double vAfter = step.stateAfter()[p][0][k];
    Expr velocity = new Expr.State(VELOCITY, w, true);
    return List.of(
        Equation.of(velocity, vAfter, new Expr.Sum(List.of(Expr.times(
            new Expr.Constant(Expr.Name.MOMENTUM), new Expr.State(VELOCITY, w, false)), partial)),
            new Expr.Sum(List.of(Expr.times(Expr.num(step.momentum()), Expr.num(v)),
                Expr.num(gradient)))),
        Equation.of(updated, after, new Expr.Difference(Expr.ref(w), Expr.times(eta, velocity)),
            new Expr.Difference(Expr.num(before), Expr.times(Expr.num(step.learningRate()),
                Expr.num(vAfter)))).named(names.of(updated)));
  }

  private String rule() {
    String options = step.options().entrySet().stream()
        .map(e -> e.getKey() + " " + (e.getValue() instanceof Number n
            ? ExplainNumbers.format(n.doubleValue()) : e.getValue()))
        .collect(Collectors.joining(", "));
    if (!step.sgd()) {
      return "optimizer '" + step.optimizer() + "'" + (options.isEmpty() ? "" : " (" + options
          + ")") + ": its own rule, shown by what it did: each value before and after its step, "
          + "the gradient, and its state (" + step.stateBefore().length + " parameters, "
          + stateArrays() + " state arrays each)";
    }
    String rate = "η = " + ExplainNumbers.format(step.learningRate());
    return step.momentum() == 0 ? "sgd: w+ = w - η × dL/dw, " + rate
        : "sgd with momentum, as PyTorch: v+ = μ × v + dL/dw, then w+ = w - η × v+, " + rate
            + ", μ = " + ExplainNumbers.format(step.momentum())
            + "; v is the velocity kept between steps";
  }

  private int stateArrays() {
    double[][][] state = step.stateBefore();
    return state.length == 0 ? 0 : state[0].length;
  }

  private List<int[]> allEntries() {
    List<int[]> entries = new ArrayList<>();
    for (int p = 0; p < step.before().size(); p++) {
      for (int k = 0; k < step.before().get(p).length; k++) {
        entries.add(new int[] {p, k});
      }
    }
    return entries;
  }

  private Table table(List<int[]> entries) {
    List<String> headers = new ArrayList<>(List.of("parameter", "before", "dL/dw", "after"));
    int arrays = stateArrays();
    for (int a = 1; a <= arrays; a++) {
      headers.add("state " + a + " before");
      headers.add("state " + a + " after");
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int[] entry : entries) {
      int p = entry[0];
      int k = entry[1];
      List<Cell> row = new ArrayList<>(List.of(Cell.name(anatomy.symbol(p, k)),
          Cell.number(step.before().get(p)[k]), Cell.number(step.gradients().get(p)[k]),
          Cell.number(step.after().get(p)[k])));
      for (int a = 0; a < arrays; a++) {
        row.add(Cell.number(step.stateBefore()[p][a][k]));
        row.add(Cell.number(step.stateAfter()[p][a][k]));
      }
      rows.add(row);
    }
    return new Table(headers, rows);
  }
}
