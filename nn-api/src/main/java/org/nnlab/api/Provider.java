package org.nnlab.api;

import java.util.List;

/**
 * What every plugin provider has: the name a configuration uses for it, and the API version it
 * was compiled against.
 *
 * <p>Implementations must have a public no-argument constructor (a {@link java.util.ServiceLoader}
 * requirement), must be stateless, and must be safe to call from several threads at once.
 * nnlab creates a provider only when a configuration uses it or a listing describes it; finding
 * it runs none of its code.
 */
public interface Provider {

  /**
   * The name a model configuration uses to select this plugin, for example {@code "sigmoid"}.
   *
   * <p>Must match {@code [a-z][a-z0-9_]*} and be unique among providers of the same kind. Two
   * providers of one name are an error: neither silently replaces the other. Return a constant,
   * such as {@code return "sigmoid";}: nnlab reads it from the class file without running the
   * plugin. A computed name makes nnlab create the provider each time it starts, to ask it.
   *
   * @return the registered name, never {@code null}
   */
  String name();

  /**
   * The nnlab API version this provider was compiled against.
   *
   * <p>Implement it as {@code return NnApi.VERSION;} and nothing else: the compiler copies the
   * constant into your class, which records the version you built against. The runtime refuses a
   * provider whose version is not {@linkplain NnApi#isCompatible compatible} with its own.
   *
   * @return a version string {@code "MAJOR.MINOR"}
   */
  String apiVersion();

  /**
   * One line saying what this plugin computes, shown by {@code nn plugins}.
   *
   * @return a short description; empty by default
   */
  default String description() {
    return "";
  }

  /**
   * Describes the options {@code create} reads, for the JSON Schema that {@code nn schema}
   * writes for editors: what each means and, for numbers, the range it accepts.
   *
   * <p>nnlab finds the options' names, kinds and defaults by calling {@code create} with options
   * that answer every getter with its default, so an option read there and not described here is
   * still offered to the user, only without this line and range. Describe only options that
   * {@code create} reads. Return constants: the method is called on a thread of its own within a
   * time limit, like {@link #description()}.
   *
   * @return one description per option, in the order to show them; empty by default
   * @since 2.1
   */
  default List<OptionDescription> describeOptions() {
    return List.of();
  }
}
