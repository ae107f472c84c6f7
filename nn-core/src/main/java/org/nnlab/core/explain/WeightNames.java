package org.nnlab.core.explain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nnlab.api.Parameter;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.api.internal.Suggestions;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;

/**
 * Reads the {@code --weight} option: a parameter entry named as the derivation names it, such as
 * {@code L2.w[1][2]} (layer 2, unit 1, input 2) or {@code L2.b[1]}, counted from 1; for the seed
 * notes' 2-2-2 network also {@code w1} to {@code w8}.
 */
final class WeightNames {
  static final String OPTION = "--weight";

  private static final Pattern NAME = Pattern.compile(
      "L(\\d{1,9})\\.([A-Za-z_][A-Za-z0-9_]*)\\[(\\d{1,9})](?:\\[(\\d{1,9})])?");
  private static final Pattern NOTES = Pattern.compile("w([1-8])");

  /**
   * One entry of one parameter.
   *
   * @param parameter the parameter's position in the network
   * @param index the entry, row-major
   */
  record Entry(int parameter, int index) {}

  private WeightNames() {}

  static Entry parse(String text, Anatomy anatomy) {
    Matcher notes = NOTES.matcher(text);
    if (anatomy.notesNetwork() && notes.matches()) {
      int n = Integer.parseInt(notes.group(1)) - 1;
      int layer = n / 4 + 1;
      return new Entry(anatomy.find(layer, "w").orElseThrow(), n % 4);
    }
    Matcher name = NAME.matcher(text);
    if (!name.matches()) {
      throw refused("expected a parameter entry such as L1.w[1][2] or L1.b[1] (layer, unit and "
          + "input counted from 1)" + (anatomy.notesNetwork() ? " or one of w1 to w8" : "")
          + ", found " + Excerpt.quoted(text));
    }
    int layer = Integer.parseInt(name.group(1));
    if (layer < 1 || layer > anatomy.layers()) {
      throw refused("the network has layers 1 to " + anatomy.layers() + ", found layer " + layer
          + " in " + Excerpt.quoted(text));
    }
    String label = name.group(2);
    List<String> labels = anatomy.labels(layer);
    Optional<Integer> parameter = anatomy.find(layer, label);
    if (parameter.isEmpty()) {
      throw refused(labels.isEmpty() ? "layer " + layer + " has no parameters"
          : "layer " + layer + " has no parameter '" + label + "'"
              + Suggestions.closest(label, labels).map(s -> "; did you mean 'L" + layer + "." + s
                  + "'?").orElse(";") + " its parameters: " + String.join(", ", labels));
    }
    return entry(anatomy, parameter.get(), name, text);
  }

  private static Entry entry(Anatomy anatomy, int p, Matcher name, String text) {
    Parameter parameter = anatomy.parameter(p);
    String prefix = "L" + name.group(1) + "." + name.group(2);
    int i = Integer.parseInt(name.group(3));
    boolean vector = anatomy.vector(p);
    if (vector != (name.group(4) == null)) {
      throw refused(vector ? prefix + " is a vector: write " + prefix + "[i], i from 1 to "
          + parameter.cols() + ", found " + Excerpt.quoted(text)
          : prefix + " is a matrix: write " + prefix + "[i][j], i from 1 to " + parameter.rows()
              + " and j from 1 to " + parameter.cols() + ", found " + Excerpt.quoted(text));
    }
    if (vector) {
      if (i < 1 || i > parameter.cols()) {
        throw refused(prefix + "[i] has i from 1 to " + parameter.cols() + ", found '" + text
            + "'");
      }
      return new Entry(p, i - 1);
    }
    int j = Integer.parseInt(name.group(4));
    if (i < 1 || i > parameter.rows() || j < 1 || j > parameter.cols()) {
      boolean dense = anatomy.dense(anatomy.layerOf(p));
      throw refused(prefix + "[i][j] has i from 1 to " + parameter.rows() + (dense ? " (units)"
          : "") + " and j from 1 to " + parameter.cols() + (dense ? " (inputs)" : "")
          + ", found " + Excerpt.quoted(text));
    }
    return new Entry(p, (i - 1) * parameter.cols() + j - 1);
  }

  private static ConfigException refused(String problem) {
    return new ConfigException(Location.ofFile(OPTION), "", problem);
  }
}
