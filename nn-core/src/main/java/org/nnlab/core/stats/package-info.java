/**
 * Per-epoch training statistics: loss, accuracy, and for every layer the gradient and weight
 * norms, update ratios, and the activation derivatives that explain them.
 */
package org.nnlab.core.stats;
