package org.nnlab.core.config;

import org.nnlab.api.internal.Excerpt;
/**
 * A YAML scalar: a number, a boolean, null, or text.
 *
 * @param value a {@link Double}, {@link Long}, {@link java.math.BigInteger}, {@link Boolean},
 *     {@link String}, or {@code null} for YAML's null
 * @param text the scalar as written
 * @param location where it was written
 */
public record YamlScalar(Object value, String text, Location location) implements YamlNode {

  /** Tells whether this scalar is a number, integer or not. */
  public boolean isNumber() {
    return value instanceof Number;
  }

  /** Tells whether this scalar is an integer. */
  public boolean isInteger() {
    return value instanceof Long || value instanceof java.math.BigInteger;
  }

  /** Tells whether this scalar is YAML's null ({@code ~}, {@code null} or nothing). */
  public boolean isNull() {
    return value == null;
  }

  @Override
  public String describe() {
    if (value == null) {
      return "nothing";
    }
    return value instanceof String ? Excerpt.quoted(text) : Excerpt.of(text);
  }

  @Override
  public YamlScalar copy() {
    return this;
  }
}
