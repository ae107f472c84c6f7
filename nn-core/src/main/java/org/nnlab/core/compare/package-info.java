/**
 * Comparative experiments: a grid of configuration variants times several seeds, run in
 * parallel with results independent of the parallelism, aggregated per grid point, and written
 * as tidy CSV and JSON.
 */
package org.nnlab.core.compare;
