/**
 * What training writes, and how: the JSON report, the trained model as a YAML configuration with
 * its large arrays in a sidecar file, and the file machinery behind them, which destroys nothing
 * (atomic replacement, links followed, devices and FIFOs written through, temporaries of killed
 * processes removed, whole folders moved into place, a lock on an output folder).
 */
package org.nnlab.core.report;
