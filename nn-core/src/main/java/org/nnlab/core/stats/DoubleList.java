package org.nnlab.core.stats;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of doubles stored unboxed: a view of a range of an array that nothing
 * writes after the list is made. It equals, hashes and prints as any list of the same {@link
 * Double}s does. An epoch's statistics are kept for the whole run, so {@link LayerStats} holds
 * them this way: a few objects per epoch instead of a boxed value per layer and statistic.
 */
final class DoubleList extends AbstractList<Double> implements RandomAccess {
  private final double[] values;
  private final int from;
  private final int size;

  DoubleList(double[] values, int from, int size) {
    Objects.checkFromIndexSize(from, size, values.length);
    this.values = values;
    this.from = from;
    this.size = size;
  }

  /** {@code list} itself when it is a {@code DoubleList}, else an unboxed copy of it. */
  static List<Double> copyOf(List<Double> list) {
    if (list instanceof DoubleList) {
      return list;
    }
    double[] copy = new double[list.size()];
    int i = 0;
    for (Double value : list) {
      copy[i++] = value; // a null element throws, as List.copyOf does
    }
    return new DoubleList(copy, 0, copy.length);
  }

  @Override
  public Double get(int index) {
    Objects.checkIndex(index, size);
    return values[from + index];
  }

  @Override
  public int size() {
    return size;
  }
}
