package org.nnlab.cli.compare;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.nnlab.cli.NumberText;

/**
 * Tick labels of the log-scale axes in the tables' notation ({@code 3.16e-01}, see
 * {@link NumberText#scientific}), whatever the default locale.
 */
final class TableNumberFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    return toAppendTo.append(NumberText.scientific(number));
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return format((double) number, toAppendTo, pos);
  }

  // Tick labels are only ever formatted; parsing reports failure as NumberFormat specifies.
  @Override
  public Number parse(String source, ParsePosition parsePosition) {
    parsePosition.setErrorIndex(parsePosition.getIndex());
    return null;
  }
}
