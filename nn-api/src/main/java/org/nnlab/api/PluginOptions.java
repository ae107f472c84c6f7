package org.nnlab.api;

import java.util.Optional;
import java.util.Set;

/**
 * The options written next to a plugin's name in a model configuration, for example
 * {@code learning_rate} and {@code momentum} in {@code optimizer: {type: sgd, learning_rate: 0.1}}.
 *
 * <p>Every getter checks the type of the value it reads and throws {@link InvalidOptionException}
 * when it does not fit; the runtime turns that exception into a message that names the file, line
 * and key. A key that the provider never reads is reported to the user as unknown, so a provider
 * must read every option it supports, even when the value equals its default.
 *
 * <p>Numbers are always finite: NaN and infinities are refused before the provider sees them.
 */
public interface PluginOptions {

  /**
   * Tells whether the option is present.
   *
   * @param key the option's name
   * @return {@code true} when the configuration sets it
   */
  boolean has(String key);

  /**
   * The keys present in the configuration, in the order written.
   *
   * @return an unmodifiable set
   */
  Set<String> keys();

  /**
   * Reads a number.
   *
   * @param key the option's name
   * @param defaultValue the value when the option is absent
   * @return the finite value written, or {@code defaultValue}
   * @throws InvalidOptionException when the value is not a finite number
   */
  double number(String key, double defaultValue);

  /**
   * Reads a number that must be present.
   *
   * @param key the option's name
   * @return the finite value written
   * @throws InvalidOptionException when the option is absent or not a finite number
   */
  double requiredNumber(String key);

  /**
   * Reads a whole number.
   *
   * @param key the option's name
   * @param defaultValue the value when the option is absent
   * @return the value written, or {@code defaultValue}
   * @throws InvalidOptionException when the value is not an integer that fits an {@code int}
   */
  int integer(String key, int defaultValue);

  /**
   * Reads a whole number that must be present.
   *
   * @param key the option's name
   * @return the value written
   * @throws InvalidOptionException when the option is absent or not an integer that fits an
   *     {@code int}
   */
  int requiredInteger(String key);

  /**
   * Reads a true/false option.
   *
   * @param key the option's name
   * @param defaultValue the value when the option is absent
   * @return the value written, or {@code defaultValue}
   * @throws InvalidOptionException when the value is not {@code true} or {@code false}
   */
  boolean flag(String key, boolean defaultValue);

  /**
   * Reads a text option.
   *
   * @param key the option's name
   * @param defaultValue the value when the option is absent
   * @return the value written, or {@code defaultValue}
   * @throws InvalidOptionException when the value is not a plain scalar
   */
  String text(String key, String defaultValue);

  /**
   * Reads a list of numbers, such as a layer's biases.
   *
   * @param key the option's name
   * @return a fresh array, or empty when the option is absent
   * @throws InvalidOptionException when the value is not a list of finite numbers
   */
  Optional<double[]> vector(String key);

  /**
   * Reads a list of equally long lists of numbers, such as a layer's weights.
   *
   * @param key the option's name
   * @return fresh arrays indexed {@code [row][column]}, or empty when the option is absent
   * @throws InvalidOptionException when the value is not a rectangular list of lists of finite
   *     numbers
   */
  Optional<double[][]> matrix(String key);
}
