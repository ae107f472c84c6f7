/**
 * Using a trained model on new data: the model built from a saved (or hand-written) configuration
 * without its training data, evaluation metrics streamed over a CSV file, and predictions written
 * row by row.
 */
package org.nnlab.core.eval;
