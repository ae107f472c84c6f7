/**
 * Reading a model configuration: YAML with locations, validation into immutable records, and the
 * one exception type for bad user input.
 */
package org.nnlab.core.config;
