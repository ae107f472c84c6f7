package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;

/**
 * {@code --weight}: one parameter entry's gradient by the chain rule, with only the equations it
 * needs, and its update. In a network too large to write out, the chain stops at the layer above
 * the entry's: the δ of the layers further up arrive there as values.
 */
final class ChainSteps {
  private final Anatomy anatomy;
  private final LossSteps losses;
  private final BackwardSteps backward;
  private final UpdateSteps update;
  private final boolean small;

  ChainSteps(Anatomy anatomy, LossSteps losses, BackwardSteps backward, UpdateSteps update,
      boolean small) {
    this.anatomy = anatomy;
    this.losses = losses;
    this.backward = backward;
    this.update = update;
    this.small = small;
  }

  List<Section> sections(WeightNames.Entry entry) {
    Symbol symbol = anatomy.symbol(entry.parameter(), entry.index());
    int layer = anatomy.layerOf(entry.parameter());
    int last = anatomy.layers();
    List<Equation> all = new ArrayList<>();
    for (Section section : List.of(losses.section(), backward.section())) {
      section.blocks().stream().filter(Equation.class::isInstance)
          .forEach(block -> all.add((Equation) block));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Prose("the equations dL/d" + symbol.text() + " needs, from the loss down; "
        + "each δ = dL/dz is computed once and serves every weight of its unit"));
    boolean cut = !small && layer + 1 < last;
    if (cut) {
      blocks.add(new Prose("layers " + (layer + 2) + " to " + last + " are not written out: "
          + "they reach layer " + (layer + 1) + "'s δ as its dL/dh values; the gradient's path "
          + "below follows them layer by layer"));
    }
    WeightChain chain = new WeightChain(all, last);
    blocks.addAll(chain.of(symbol, quantity -> !cut || chain.layer(quantity) <= layer
        || chain.layer(quantity) == layer + 1 && quantity instanceof Expr.Ref ref
            && ref.symbol().kind() == Symbol.Kind.DELTA));
    return List.of(new Section("The chain rule for " + symbol.text(), blocks),
        update.single(entry.parameter(), entry.index()));
  }
}
