package org.nnlab.api.internal;

import org.nnlab.api.InvalidOptionException;

/**
 * An option value refused by {@link OptionRules}, remembering which value was at fault, so that
 * the YAML reader can point at the very item of a list ({@code weights[1]}) where it was written.
 */
public final class RefusedOption extends InvalidOptionException {
  private static final long serialVersionUID = 1L;

  /** The option's name. */
  private final String option;
  /** The list indices of the refused item. */
  private final String index;
  private final transient OptionValue value;

  /**
   * Creates the exception; its {@link #key()} is {@code option + index}.
   *
   * @param option the option's name
   * @param index the list indices of the refused item, such as {@code "[1]"}, or {@code ""} when
   *     the option's value itself is refused
   * @param value the refused value or item
   * @param expected what a valid value looks like
   * @param found what was found instead
   */
  public RefusedOption(
      String option, String index, OptionValue value, String expected, String found) {
    super(option + index, expected, found);
    this.option = option;
    this.index = index;
    this.value = value;
  }

  /**
   * The option's name, without indices.
   *
   * @return the name as written
   */
  public String option() {
    return option;
  }

  /**
   * The list indices of the refused item within the option's value.
   *
   * @return such as {@code "[1][0]"}, or {@code ""} for the value itself
   */
  public String index() {
    return index;
  }

  /**
   * The refused value or item.
   *
   * @return the value, as the reader of the options supplied it
   */
  public OptionValue value() {
    return value;
  }
}
