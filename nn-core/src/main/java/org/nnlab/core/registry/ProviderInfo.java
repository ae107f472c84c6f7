package org.nnlab.core.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nnlab.api.Provider;
import org.nnlab.core.config.ControlCharacters;

/**
 * One discovered provider and where it came from. Its name was read without running the
 * plugin's code; the provider itself is created when first needed.
 */
public final class ProviderInfo {
  private final PluginKind<?> kind;
  private final String name;
  private final PluginInstance instance;
  private final String source;
  private final boolean builtIn;

  /**
   * Creates the record of a provider.
   *
   * @param kind the kind of plugin
   * @param name its registered name
   * @param instance its class, and the instance once created
   * @param source the jar file or class folder that supplied the class: for a plugin, the jar
   *     as its plugin folder names it
   * @param builtIn whether it ships with nnlab rather than coming from a plugin folder
   */
  ProviderInfo(
      PluginKind<?> kind, String name, PluginInstance instance, String source, boolean builtIn) {
    this.kind = kind;
    this.name = name;
    this.instance = instance;
    this.source = source;
    this.builtIn = builtIn;
  }

  /** The kind of plugin. */
  public PluginKind<?> kind() {
    return kind;
  }

  /** The registered name. */
  public String name() {
    return name;
  }

  /** The provider's class name. */
  public String className() {
    return instance.type().getName();
  }

  /** The jar file or class folder that supplied the class. */
  public String source() {
    return source;
  }

  /** Whether it ships with nnlab rather than coming from a plugin folder. */
  public boolean builtIn() {
    return builtIn;
  }

  /**
   * Where the provider came from, for messages and listings: the plugin jar's path, or
   * {@code built in, <jar name>} for the plugins that ship with nnlab.
   */
  public String where() {
    if (!builtIn) {
      return source;
    }
    Path file = Path.of(source).getFileName();
    return "built in, " + (source.endsWith(".jar") && file != null ? file : source);
  }

  /**
   * Names the plugin for a message: kind, name, class and jar, such as {@code activation 'swish'
   * (com.acme.Swish, plugins/swish.jar)}.
   */
  public String describe() {
    return kind.noun() + " '" + name + "' (" + className() + ", " + where() + ")";
  }

  /**
   * The provider, created on first use by its public no-argument constructor on the calling
   * thread.
   *
   * @throws IllegalStateException when it cannot be created; {@link #create} says why
   */
  public Provider provider() {
    create();
    return instance.provider();
  }

  /**
   * Creates the provider on the calling thread unless that was done already.
   *
   * @return empty when it exists, else why it cannot be created, with its jar and class
   */
  public Optional<PluginProblem> create() {
    return instance.create(null).map(this::problem);
  }

  /**
   * Creates the provider for a listing, giving its static initializer and constructor
   * {@link TimeLimit#DESCRIBE} on a thread of their own.
   *
   * @return empty when it exists, else why it cannot be created, with its jar and class
   */
  public Optional<PluginProblem> createForListing() {
    return instance.create(TimeLimit.DESCRIBE).map(this::problem);
  }

  /**
   * The provider's one-line description, asked with a time limit; a plugin whose description
   * fails or does not answer says so. Control characters are escaped.
   *
   * @return the description, empty when there is none or the provider cannot be created
   */
  public String description() {
    if (createForListing().isPresent()) {
      return "";
    }
    TimeLimit.Answer<String> answer = instance.ask("description()", Provider::description);
    if (!answer.returned()) {
      return "(" + PluginInstance.failed("description()", answer) + ")";
    }
    String text = answer.value();
    return text == null ? "" : ControlCharacters.escape(text.strip().replaceAll("\\s+", " "));
  }

  /**
   * The options the provider's {@code create} reads, with what the provider says of each: found
   * by calling {@code describeOptions()} and {@code create} with options that answer every getter
   * with its default ({@link OptionProbe}), on a thread of their own within
   * {@link TimeLimit#DESCRIBE}, after creating the provider as {@link #createForListing} does.
   *
   * @return the options, or why they cannot be known
   */
  public ProbedOptions options() {
    Optional<PluginProblem> problem = createForListing();
    if (problem.isPresent()) {
      return ProbedOptions.failed(problem.get().reason());
    }
    Provider created = instance.provider();
    TimeLimit.Answer<List<PluginOption>> answer =
        TimeLimit.call(() -> OptionProbe.options(created), TimeLimit.DESCRIBE);
    return answer.returned() ? ProbedOptions.of(answer.value())
        : ProbedOptions.failed(PluginInstance.failed("describeOptions() or create()", answer));
  }

  private PluginProblem problem(String reason) {
    return new PluginProblem(source, className(), reason);
  }

  @Override
  public String toString() {
    return describe();
  }
}
