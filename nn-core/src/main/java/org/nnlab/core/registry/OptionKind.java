package org.nnlab.core.registry;

/** How a plugin reads an option: the {@link org.nnlab.api.PluginOptions} getter it calls. */
public enum OptionKind {
  /** {@code number} or {@code requiredNumber}: a finite number. */
  NUMBER,
  /** {@code integer} or {@code requiredInteger}: an integer that fits an {@code int}. */
  INTEGER,
  /** {@code flag}: {@code true} or {@code false}. */
  FLAG,
  /** {@code text}: any scalar, taken as written. */
  TEXT,
  /** {@code vector}: a list of numbers. */
  VECTOR,
  /** {@code matrix}: a list of equally long lists of numbers. */
  MATRIX
}
