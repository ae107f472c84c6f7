package org.nnlab.core.config;

/**
 * Where something was written: a file and, when known, a 1-based line and column.
 *
 * @param file the file as the user named it, or a description such as {@code "--set"}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) {

  /** Returns a location that names only a file. */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  /** Formats as {@code file:line:column}, or just {@code file} when the position is unknown. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
