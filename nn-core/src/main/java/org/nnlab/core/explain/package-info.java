/**
 * {@code nn explain}: one step of training written out as the chain rule, every number read from
 * the network's own buffers after the trainer's forward pass, loss, backward pass and optimizer
 * step. {@link org.nnlab.core.explain.Explainer} builds an {@link
 * org.nnlab.core.explain.Explanation}, sections of equations and tables over named quantities
 * ({@link org.nnlab.core.explain.Symbol}) and formulas ({@link org.nnlab.core.explain.Expr});
 * the command line renders it as text or Markdown.
 */
package org.nnlab.core.explain;
