/**
 * What nnlab's YAML reader and the test kit share, so that a plugin's options behave the same in
 * a contract test as in a configuration file: the rules that turn a written value into a number,
 * an integer, a flag, text, a vector or a matrix; the record of which keys a plugin read; the
 * "did you mean" suggestion for an unknown name; and the shortening of what a message quotes.
 *
 * <p><b>Not part of the API.</b> This package is excluded from the compatibility promise of
 * {@link org.nnlab.api.NnApi#VERSION}: it may change in any release. A plugin uses
 * {@link org.nnlab.api.PluginOptions} only.
 */
package org.nnlab.api.internal;
