package org.nnlab.core.report;

/**
 * Where an array of a saved model was put in its sidecar file, written in the YAML in its place.
 *
 * @param sidecar the sidecar file being written
 * @param offset the index of the array's first number among the sidecar's numbers
 * @param array the array, for its shape
 */
record SidecarRef(Sidecar sidecar, long offset, NumberArray array) {

  /** The sidecar's file name, relative to the YAML's folder. */
  String file() {
    return sidecar.fileName();
  }
}
