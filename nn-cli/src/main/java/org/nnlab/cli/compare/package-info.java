/**
 * The {@code nn compare} presentation: the terminal table, the progress bar, the PNG charts and
 * the self-contained HTML report.
 */
package org.nnlab.cli.compare;
