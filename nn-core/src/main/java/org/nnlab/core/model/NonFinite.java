package org.nnlab.core.model;

import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.ProviderInfo;

/**
 * Finds values that are not finite, and tells a plugin's fault from divergence: a plugin that
 * is not built in and makes NaN or infinity out of finite inputs is named as faulty; a built-in
 * that does so is the run diverging (a weight grew too large), reported as before.
 */
public final class NonFinite {
  private NonFinite() {}

  /**
   * Finds the first value that is not finite.
   *
   * @param values the values
   * @param count how many of them to look at
   * @return its index, or −1 when all are finite
   */
  public static int first(double[] values, int count) {
    for (int i = 0; i < count; i++) {
      if (!Double.isFinite(values[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Finds the first entry of a matrix, in either precision, that is NaN or infinite.
   *
   * @return its index, or -1 when all are finite
   */
  public static int first(Matrix matrix) {
    return matrix.precision() == Precision.FLOAT64
        ? first(matrix.data(), matrix.size()) : first(matrix.floats(), matrix.size());
  }

  private static int first(float[] values, int count) {
    for (int i = 0; i < count; i++) {
      if (!Float.isFinite(values[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Finds the first value of a parameter, in either precision, that is NaN or infinite.
   *
   * @return its index, or -1 when all are finite
   */
  public static int firstValue(Parameter parameter) {
    return parameter.precision() == Precision.FLOAT64
        ? first(parameter.values(), parameter.size())
        : first(parameter.floatValues(), parameter.size());
  }

  /**
   * Finds the first gradient of a parameter, in either precision, that is NaN or infinite.
   *
   * @return its index, or -1 when all are finite
   */
  public static int firstGradient(Parameter parameter) {
    return parameter.precision() == Precision.FLOAT64
        ? first(parameter.gradients(), parameter.size())
        : first(parameter.floatGradients(), parameter.size());
  }

  /** Names a value that is not finite: {@code NaN}, {@code +Inf} or {@code -Inf}. */
  public static String describe(double value) {
    return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  }

  /**
   * Checks what a plugin made from finite inputs.
   *
   * @param plugin the plugin that made the values
   * @param method the method that made them, such as {@code forward()}
   * @param layer the 1-based layer, or 0 when none
   * @param values the values it made
   * @param count how many there are
   * @param what what the values are, such as {@code an output}
   * @return whether every value is finite
   * @throws PluginCallException when one is not and the plugin is not built in
   */
  public static boolean check(
      ProviderInfo plugin, String method, int layer, double[] values, int count, String what) {
    int bad = first(values, count);
    if (bad < 0) {
      return true;
    }
    if (!plugin.builtIn()) {
      throw PluginCallException.notFinite(plugin, method, layer,
          what + " of " + describe(values[bad]));
    }
    return false;
  }

  /** Checks the output matrix a plugin made from finite inputs, as {@link #check} does. */
  static boolean check(ProviderInfo plugin, String method, int layer, Matrix output) {
    return check(plugin, method, layer, output, "an output");
  }

  /**
   * Like {@link #check(ProviderInfo, String, int, double[], int, String)} for a matrix in either
   * precision.
   */
  public static boolean check(
      ProviderInfo plugin, String method, int layer, Matrix values, String what) {
    int bad = first(values);
    return bad < 0 || refuse(plugin, method, layer, what, values.get(bad / values.cols(),
        bad % values.cols()));
  }

  /** Checks a parameter's gradients, in either precision, as a plugin's output. */
  static boolean checkGradients(ProviderInfo plugin, String method, int layer, Parameter p) {
    int bad = firstGradient(p);
    return bad < 0
        || refuse(plugin, method, layer, "a " + p.name() + " gradient", p.gradient(bad));
  }

  private static boolean refuse(
      ProviderInfo plugin, String method, int layer, String what, double value) {
    if (!plugin.builtIn()) {
      throw PluginCallException.notFinite(plugin, method, layer, what + " of " + describe(value));
    }
    return false;
  }
}
