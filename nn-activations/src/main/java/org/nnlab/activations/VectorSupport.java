package org.nnlab.activations;

/**
 * Whether the Vector API ({@code jdk.incubator.vector}) is in this JVM's boot layer. Kept apart
 * from {@link VectorLanes}, whose loading needs the module: the activations read this flag first.
 */
final class VectorSupport {
  /** True when {@link VectorLanes} can be loaded. */
  static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private VectorSupport() {}
}
