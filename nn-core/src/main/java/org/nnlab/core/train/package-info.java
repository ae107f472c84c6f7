/**
 * Training: an experiment prepared from a configuration, mini-batch epochs, divergence detection,
 * and the verdict on gradient flow.
 */
package org.nnlab.core.train;
