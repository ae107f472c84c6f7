package org.nnlab.core.explain;

import java.util.List;
import java.util.Optional;

/** One piece of a section: an equation, a sentence, or a table. */
public sealed interface Block {

  /**
   * One line of the derivation: {@code lhs = form = form = value}, each form the same quantity
   * written out further (the symbols, then their numbers), and the value as the network's code
   * computed it.
   *
   * @param lhs what is computed
   * @param alias the seed notes' name for it, when the network is the notes' 2-2-2 network
   * @param forms the written-out forms, possibly none
   * @param value the value read from the network's buffers, parameters or loss
   * @param note a short remark shown after the value, such as where a plugin's value came from;
   *     empty for none
   */
  record Equation(Expr lhs, Optional<Alias> alias, List<Expr> forms, double value, String note)
      implements Block {
    /** Creates the equation, copying the forms. */
    public Equation {
      forms = List.copyOf(forms);
    }

    /** An equation without an alias or note. */
    public static Equation of(Expr lhs, double value, Expr... forms) {
      return new Equation(lhs, Optional.empty(), List.of(forms), value, "");
    }

    /** The same equation with the notes' name. */
    public Equation named(Optional<Alias> name) {
      return new Equation(lhs, name, forms, value, note);
    }

    /** The same equation with a remark. */
    public Equation noted(String remark) {
      return new Equation(lhs, alias, forms, value, remark);
    }
  }

  /**
   * A sentence or short paragraph, plain text that reads the same in both formats.
   *
   * @param text the words
   */
  record Prose(String text) implements Block {}

  /**
   * A table.
   *
   * @param headers the column headings
   * @param rows the rows, each as many cells as there are headings
   */
  record Table(List<String> headers, List<List<Cell>> rows) implements Block {
    /** Creates the table, copying the lists. */
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A table cell: words, a number, or a formula such as a name. */
  sealed interface Cell {
    /** Words. */
    record Text(String text) implements Cell {}

    /** A number, formatted by the renderer. */
    record Number(double value) implements Cell {}

    /** A formula, typically one name. */
    record Formula(Expr expr) implements Cell {}

    /** Words. */
    static Cell text(String text) {
      return new Text(text);
    }

    /** A number. */
    static Cell number(double value) {
      return new Number(value);
    }

    /** A name. */
    static Cell name(Symbol symbol) {
      return new Formula(new Expr.Ref(symbol));
    }
  }

  /**
   * A name as the seed notes write it, in both notations.
   *
   * @param text as plain text, such as {@code w5}
   * @param latex as LaTeX, such as {@code w_{5}}
   */
  record Alias(String text, String latex) {}
}
