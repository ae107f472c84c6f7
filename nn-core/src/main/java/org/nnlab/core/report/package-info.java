/**
 * What training writes: the JSON report, the trained model as a YAML configuration, and the
 * atomic file writes behind both.
 */
package org.nnlab.core.report;
