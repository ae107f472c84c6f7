package org.nnlab.core.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/** The target columns of a trained model's CSV data, and how they are encoded for its loss. */
public sealed interface TargetColumns {

  /** The target columns' names. */
  List<String> names();

  /** The width of an encoded target row: the model's outputs. */
  int outputs();

  /**
   * Numbers, one column per output: the targets of regression.
   *
   * @param names one column per output, in output order
   */
  record Values(List<String> names) implements TargetColumns {
    /** Creates the record, copying the list. */
    public Values {
      names = List.copyOf(names);
      checkArgument(!names.isEmpty(), "at least one target column");
    }

    @Override
    public int outputs() {
      return names.size();
    }
  }

  /**
   * One column of class labels, encoded one-hot over the classes, or as 0 or 1 for a model with
   * one output for two classes.
   *
   * @param name the column
   * @param classes the class names, in output order
   * @param indices whether the classes have no names, so that a label is a class index from 0
   *     (written {@code 2} or {@code 2.0}) and the class names are those indices
   * @param outputs the number of classes, or 1 for two classes in one output
   */
  record Labels(String name, List<String> classes, boolean indices, int outputs)
      implements TargetColumns {
    /** Creates the record, copying the list. */
    public Labels {
      classes = List.copyOf(classes);
      checkArgument(outputs == classes.size() || (outputs == 1 && classes.size() == 2),
          "%s outputs for %s classes", outputs, classes.size());
    }

    @Override
    public List<String> names() {
      return List.of(name);
    }
  }

  /**
   * One column per class, read as numbers: a one-hot row (or any row whose largest column is
   * the class), as training on such columns with a softmax loss reads them.
   *
   * @param names one column per class, in output order; they are the class names
   */
  record OneHot(List<String> names) implements TargetColumns {
    /** Creates the record, copying the list. */
    public OneHot {
      names = List.copyOf(names);
      checkArgument(names.size() >= 2, "at least two classes");
    }

    @Override
    public int outputs() {
      return names.size();
    }
  }
}
