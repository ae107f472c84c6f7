package org.nnlab.core.config;

/** Builds dotted key paths such as {@code model.layers[1].units} for messages. */
public final class KeyPaths {
  private KeyPaths() {}

  /** Appends a mapping key: {@code child("model", "inputs")} is {@code model.inputs}. */
  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Appends a list index: {@code index("model.layers", 1)} is {@code model.layers[1]}. */
  public static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
