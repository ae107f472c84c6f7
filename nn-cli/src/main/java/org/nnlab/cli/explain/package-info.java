/**
 * How {@code nn explain} prints an {@link org.nnlab.core.explain.Explanation}: as plain text for
 * the terminal, or as Markdown with LaTeX formulas for GitHub and Jupyter.
 */
package org.nnlab.cli.explain;
