package org.nnlab.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.config.YamlNode;

/**
 * An experiment grid: the cross product of its axes, each point run with {@code seeds}
 * consecutive seeds starting at the configuration's own.
 *
 * @param axes the varied settings; empty means the configuration as written
 * @param seeds how many seeds per point, at least 1
 */
public record Grid(List<GridAxis> axes, int seeds) {
  /** The most runs one comparison may have. */
  public static final int MAX_RUNS = 10_000;

  /** Creates the record, copying the list. */
  public Grid {
    axes = List.copyOf(axes);
  }

  /** The points, first axis varying slowest. */
  public List<GridPoint> points() {
    List<GridPoint> points = new ArrayList<>();
    int total = 1;
    for (GridAxis axis : axes) {
      total *= axis.values().size();
    }
    for (int index = 0; index < total; index++) {
      List<String> paths = new ArrayList<>();
      List<YamlNode> values = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      int rest = index;
      int stride = total;
      for (GridAxis axis : axes) {
        stride /= axis.values().size();
        int choice = rest / stride;
        rest %= stride;
        paths.add(axis.path());
        values.add(axis.values().get(choice));
        labels.add(axis.labels().get(choice));
      }
      points.add(new GridPoint(index, paths, values, labels));
    }
    return points;
  }

  /** The number of runs: points times seeds. */
  public long runCount() {
    long count = seeds;
    for (GridAxis axis : axes) {
      count *= axis.values().size();
    }
    return count;
  }
}
