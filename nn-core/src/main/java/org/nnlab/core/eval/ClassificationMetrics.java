package org.nnlab.core.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.core.train.Accuracy;
import org.nnlab.core.train.OutputTransform;

/**
 * The confusion matrix of a classifier and the measures scikit-learn's {@code
 * classification_report} gives from it, with the same definitions: per class, precision = TP /
 * (TP + FP), recall = TP / (TP + FN), F1 = 2 P R / (P + R), each 0 when its denominator is 0
 * ({@code zero_division=0}); support = the number of true samples of the class.
 *
 * <p>The macro average is the unweighted mean over the classes that occur in the true labels
 * or the predictions (a class that is in neither, as when a test file lacks it and nothing was
 * predicted as it, is left out, as scikit-learn does when it is not given the labels); the
 * weighted average weighs each class by its support. A row's class is counted as training's
 * accuracy counts it ({@link Accuracy#classOf} for targets, {@link OutputTransform#classOf} for
 * outputs).
 */
public final class ClassificationMetrics {
  private final List<String> classes;
  private final OutputTransform transform;
  private final long[][] confusion;
  private long samples;

  /**
   * Creates empty metrics.
   *
   * @param classes the class names, in output order, at least two
   * @param transform what the loss does to the outputs, which decides their class
   */
  public ClassificationMetrics(List<String> classes, OutputTransform transform) {
    checkArgument(classes.size() >= 2, "at least two classes, found %s", classes.size());
    this.classes = List.copyOf(classes);
    this.transform = transform;
    this.confusion = new long[classes.size()][classes.size()];
  }

  /** Counts a batch: each row's true class from its targets, its predicted one from its outputs. */
  public void add(Matrix outputs, Matrix targets) {
    for (int r = 0; r < outputs.rows(); r++) {
      add(Accuracy.classOf(targets, r), transform.classOf(outputs, r));
    }
  }

  /** Counts one sample. */
  public void add(int trueClass, int predictedClass) {
    confusion[trueClass][predictedClass]++;
    samples++;
  }

  /** The class names, in output order. */
  public List<String> classes() {
    return classes;
  }

  /** The number of samples counted. */
  public long samples() {
    return samples;
  }

  /** Counts by true class (rows) and predicted class (columns), a copy. */
  public long[][] confusionMatrix() {
    long[][] copy = new long[confusion.length][];
    for (int k = 0; k < copy.length; k++) {
      copy[k] = confusion[k].clone();
    }
    return copy;
  }

  /** The share of samples whose predicted class is the true one. */
  public double accuracy() {
    long correct = 0;
    for (int k = 0; k < confusion.length; k++) {
      correct += confusion[k][k];
    }
    return samples == 0 ? Double.NaN : (double) correct / samples;
  }

  /** The true samples of class k. */
  public long support(int k) {
    long sum = 0;
    for (long count : confusion[k]) {
      sum += count;
    }
    return sum;
  }

  private long predicted(int k) {
    long sum = 0;
    for (long[] row : confusion) {
      sum += row[k];
    }
    return sum;
  }

  /** TP / (TP + FP) for class k, 0 when nothing was predicted as k. */
  public double precision(int k) {
    return ratio(confusion[k][k], predicted(k));
  }

  /** TP / (TP + FN) for class k, 0 when the class has no true samples. */
  public double recall(int k) {
    return ratio(confusion[k][k], support(k));
  }

  /** 2 P R / (P + R) for class k, 0 when both are 0. */
  public double f1(int k) {
    double p = precision(k);
    double r = recall(k);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The macro average, over the classes that occur in the true labels or the predictions. */
  public Average macro() {
    double p = 0;
    double r = 0;
    double f = 0;
    int counted = 0;
    for (int k = 0; k < classes.size(); k++) {
      if (support(k) > 0 || predicted(k) > 0) {
        p += precision(k);
        r += recall(k);
        f += f1(k);
        counted++;
      }
    }
    return new Average(p / counted, r / counted, f / counted, samples);
  }

  /** The average weighted by each class's support. */
  public Average weighted() {
    double p = 0;
    double r = 0;
    double f = 0;
    for (int k = 0; k < classes.size(); k++) {
      long support = support(k);
      p += support * precision(k);
      r += support * recall(k);
      f += support * f1(k);
    }
    return new Average(p / samples, r / samples, f / samples, samples);
  }

  private static double ratio(long count, long total) {
    return total == 0 ? 0.0 : (double) count / total;
  }

  /**
   * An average over classes.
   *
   * @param precision the averaged precision
   * @param recall the averaged recall
   * @param f1 the averaged F1
   * @param support the samples it covers: all of them
   */
  public record Average(double precision, double recall, double f1, long support) {}
}
