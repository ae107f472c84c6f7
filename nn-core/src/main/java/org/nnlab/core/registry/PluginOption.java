package org.nnlab.core.registry;

import java.util.Optional;
import org.nnlab.api.OptionDescription;

/**
 * One option a plugin reads, found by calling its {@code create} with options that answer every
 * getter with its default ({@link RecordingOptions}), and what the provider says about it.
 *
 * @param key the option's name
 * @param kind the getter that read it
 * @param defaultValue the default the getter was given: a finite {@link Double}, an
 *     {@link Integer}, a {@link Boolean} or a {@link String}; empty for none
 * @param required whether it was read with a required getter while nothing was written
 * @param description the provider's description of it, if any
 */
public record PluginOption(String key, OptionKind kind, Optional<Object> defaultValue,
    boolean required, Optional<OptionDescription> description) {}
