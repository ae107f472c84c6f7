package org.nnlab.core.registry;

import java.util.List;
import java.util.Optional;

/**
 * What asking a provider for its options gave: the options, or why they cannot be known.
 *
 * @param options the options its {@code create} reads, in the order read; empty on failure
 * @param failure why the provider could not be asked, in one line, if it could not
 */
public record ProbedOptions(List<PluginOption> options, Optional<String> failure) {
  /** Creates the record, copying the list. */
  public ProbedOptions {
    options = List.copyOf(options);
  }

  static ProbedOptions of(List<PluginOption> options) {
    return new ProbedOptions(options, Optional.empty());
  }

  static ProbedOptions failed(String why) {
    return new ProbedOptions(List.of(), Optional.of(why));
  }
}
