package org.nnlab.api.internal;

import java.util.List;

/**
 * One value written for a plugin option, as {@link OptionRules} sees it: a scalar, a list of
 * values, or something else (a mapping, YAML's null). YAML nodes and the Java values of the test
 * kit are both seen through this view.
 */
public interface OptionValue {

  /**
   * The value of a scalar.
   *
   * @return a {@link Number}, {@link Boolean} or {@link String}; {@code null} when this value is
   *     a list, a mapping or YAML's null
   */
  Object scalar();

  /**
   * Tells whether this value is a list.
   *
   * @return {@code true} for a list, empty or not
   */
  boolean isList();

  /**
   * The items of a list, in order.
   *
   * @return the items; empty when this value is not a list
   */
  List<OptionValue> items();

  /**
   * The text of a scalar as written: {@code 1e3} stays {@code "1e3"}.
   *
   * @return the text; only meaningful when {@link #scalar()} is not {@code null}
   */
  String text();

  /**
   * A short description for messages: {@code 'fast'} for text, the number or flag as written,
   * {@code a list}, {@code an empty list}, {@code a mapping}, or {@code nothing}.
   *
   * @return the description
   */
  String describe();

  /**
   * The numbers of a value kept packed, as a saved model's large arrays are, so that reading them
   * needs no object per number.
   *
   * @return the numbers of a packed list, or {@code null} for any other value
   */
  default double[] packedNumbers() {
    return null;
  }

  /**
   * The rows of a value kept packed, as a saved model's large arrays are.
   *
   * @return the rows of a packed list of rows, or {@code null} for any other value
   */
  default double[][] packedRows() {
    return null;
  }
}
