package org.nnlab.optimizers;

import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.PluginOptions;

/** Reads an optimizer's numeric settings with their ranges, as PyTorch checks them. */
final class Settings {
  private Settings() {}

  /** A number above 0. */
  static double positive(PluginOptions options, String key, double defaultValue) {
    double value = options.number(key, defaultValue);
    if (!(value > 0)) {
      throw new InvalidOptionException(key, "a positive number", value);
    }
    return value;
  }

  /** A number of at least 0. */
  static double notNegative(PluginOptions options, String key, double defaultValue) {
    double value = options.number(key, defaultValue);
    if (!(value >= 0)) {
      throw new InvalidOptionException(key, "a number of at least 0", value);
    }
    return value;
  }

  /** A number in [0, 1). */
  static double share(PluginOptions options, String key, double defaultValue) {
    double value = options.number(key, defaultValue);
    if (!(value >= 0 && value < 1)) {
      throw new InvalidOptionException(key, "a number in [0, 1)", value);
    }
    return value;
  }
}
