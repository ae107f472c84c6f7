package org.nnlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Holds a share of a data set out of training, as {@code validation.fraction} asks: drawn from
 * the run's seed and, for classification, stratified, so that each class keeps its share.
 *
 * <p>Each class (or, for regression, the whole set) gives {@code round(fraction × count)} of its
 * samples, chosen by a seeded shuffle of its sample numbers. Both parts keep the data's order.
 */
public final class ValidationSplit {
  private ValidationSplit() {}

  /**
   * The two parts of a split.
   *
   * @param training the samples trained on
   * @param validation the samples held out
   */
  public record Parts(Dataset training, Dataset validation) {}

  /**
   * Splits a data set.
   *
   * @param data the data to split
   * @param fraction the share to hold out, in (0, 1)
   * @param random the split's own seeded stream
   * @return the parts; either may be empty when the data is tiny, which the caller refuses
   */
  public static Parts split(Dataset data, double fraction, SplittableRandom random) {
    List<List<Integer>> groups = groups(data);
    boolean[] heldOut = new boolean[data.size()];
    for (List<Integer> group : groups) {
      int[] members = group.stream().mapToInt(Integer::intValue).toArray();
      for (int i = members.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = members[i];
        members[i] = members[j];
        members[j] = swap;
      }
      long count = Math.round(fraction * members.length);
      for (int i = 0; i < count; i++) {
        heldOut[members[i]] = true;
      }
    }
    int[] validation = indices(heldOut, true);
    int[] training = indices(heldOut, false);
    return new Parts(
        data.rows(training, data.description() + " (" + DataLoader.count(training.length,
            "sample") + " trained on)"),
        data.rows(validation, DataLoader.count(validation.length, "sample") + " held out"));
  }

  private static List<List<Integer>> groups(Dataset data) {
    List<List<Integer>> groups = new ArrayList<>();
    if (!data.classification()) {
      List<Integer> all = new ArrayList<>();
      for (int r = 0; r < data.size(); r++) {
        all.add(r);
      }
      groups.add(all);
      return groups;
    }
    int classes = Math.max(2, data.targets().cols());
    for (int k = 0; k < classes; k++) {
      groups.add(new ArrayList<>());
    }
    for (int r = 0; r < data.size(); r++) {
      groups.get(data.classOf(r)).add(r);
    }
    return groups;
  }

  private static int[] indices(boolean[] flags, boolean value) {
    return IntStream.range(0, flags.length).filter(i -> flags[i] == value)
        .toArray();
  }
}
