package org.nnlab.core.registry;

import java.util.Collection;
import java.util.Optional;
import org.nnlab.api.Provider;

/**
 * A provider's registered name and the nn-api version it was built for, as it reports them.
 *
 * @param name what {@code name()} returns, possibly {@code null}
 * @param version what {@code apiVersion()} returns, possibly {@code null}
 */
record ProviderIdentity(String name, String version) {

  /**
   * Learns a provider's name and version: from the class file when its methods return
   * constants, so that no plugin code runs; otherwise by creating the provider and asking it,
   * each step on a thread of its own within {@link TimeLimit#DESCRIBE}.
   *
   * @param instance the provider class
   * @param source its jar, for problems
   * @param problems receives why the provider could not tell, when it could not
   * @return the identity, or empty when creating or asking the provider failed
   */
  static Optional<ProviderIdentity> of(
      PluginInstance instance, String source, Collection<PluginProblem> problems) {
    Optional<String> name = ConstantReturns.of(instance.type(), "name");
    Optional<String> version = ConstantReturns.of(instance.type(), "apiVersion");
    if (name.isPresent() && version.isPresent()) {
      return Optional.of(new ProviderIdentity(name.get(), version.get()));
    }
    String className = instance.type().getName();
    Optional<String> failure = instance.create(TimeLimit.DESCRIBE);
    if (failure.isPresent()) {
      problems.add(new PluginProblem(source, className, failure.get()));
      return Optional.empty();
    }
    TimeLimit.Answer<String> askedName = name.map(TimeLimit.Answer::of)
        .orElseGet(() -> instance.ask("name()", Provider::name));
    if (!askedName.returned()) {
      problems.add(new PluginProblem(source, className,
          PluginInstance.failed("name()", askedName)));
      return Optional.empty();
    }
    TimeLimit.Answer<String> askedVersion = version.map(TimeLimit.Answer::of)
        .orElseGet(() -> instance.ask("apiVersion()", Provider::apiVersion));
    if (!askedVersion.returned()) {
      problems.add(new PluginProblem(source, className,
          PluginInstance.failed("apiVersion()", askedVersion)));
      return Optional.empty();
    }
    return Optional.of(new ProviderIdentity(askedName.value(), askedVersion.value()));
  }
}
