package org.nnlab.core.config;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.init.BiasInit;
import org.nnlab.core.init.InitScheme;

/**
 * Declares {@code bias_init} keys: a choice of {@link BiasInit}'s names. A weight scheme's name,
 * or a typo of one, is refused with a pointer to {@code init}, where it belongs.
 */
final class BiasInitKey {
  private static final String NAME = "bias_init";

  private BiasInitKey() {}

  /**
   * A {@code bias_init} key.
   *
   * @param defaultValue the default name, or {@code null} for none
   * @param description one line saying what it means
   * @return the key
   */
  static ConfigKey<String> of(String defaultValue, String description) {
    List<String> names = BiasInit.configNames();
    return ConfigKey.of(NAME, new ValueForm.Choice(names), description, (node, path) -> {
      String written = Values.name(node, path);
      if (!names.contains(written)) {
        throw new ConfigException(node.location(), path, unknown(written, names));
      }
      return written;
    }).withDefault(defaultValue);
  }

  /**
   * The message for a name that is no bias init, such as {@code unknown bias init
   * 'xavier_normall'; 'xavier_normal' is a weight init scheme (did you mean init:
   * xavier_normal?); known bias inits: standard, zeros}.
   */
  static String unknown(String written, List<String> names) {
    List<String> weightOnly = InitScheme.configNames().stream()
        .filter(name -> !names.contains(name)).toList();
    Optional<String> weightScheme = Names.closest(written, names).isPresent() ? Optional.empty()
        : Names.closest(written, weightOnly);
    if (weightScheme.isEmpty()) {
      return Names.unknown("bias init", written, names);
    }
    String scheme = weightScheme.get();
    return "unknown bias init " + Excerpt.quoted(written) + "; " + Excerpt.quoted(scheme)
        + " is a weight init scheme (did you mean init: " + scheme + "?); known bias inits: "
        + Excerpt.list(names.stream().sorted().toList());
  }
}
