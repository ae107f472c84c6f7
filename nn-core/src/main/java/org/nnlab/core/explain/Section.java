package org.nnlab.core.explain;

import java.util.List;

/**
 * A titled part of an explanation, such as the forward pass.
 *
 * @param title the heading
 * @param blocks what it holds, in order
 */
public record Section(String title, List<Block> blocks) {
  /** Creates the section, copying the blocks. */
  public Section {
    blocks = List.copyOf(blocks);
  }
}
