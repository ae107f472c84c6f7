package org.nnlab.core.explain;

import java.util.Optional;

/**
 * What to explain.
 *
 * @param sample a 1-based sample of the training data to explain alone, as a batch of one;
 *     empty for the first sample training takes
 * @param batch whether to explain training's whole first batch: each sample's gradient and
 *     their mean
 * @param weight one parameter entry whose chain alone to show, such as {@code L2.w[1][2]}
 */
public record ExplainRequest(Optional<Integer> sample, boolean batch, Optional<String> weight) {
  /** The default: the first sample training takes, every weight. */
  public static final ExplainRequest FIRST_SAMPLE =
      new ExplainRequest(Optional.empty(), false, Optional.empty());
}
