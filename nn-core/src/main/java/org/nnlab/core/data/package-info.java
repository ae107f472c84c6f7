/**
 * Training data: inline rows, CSV files and synthetic sets, checked against the model's shape and
 * encoded for its loss.
 */
package org.nnlab.core.data;
