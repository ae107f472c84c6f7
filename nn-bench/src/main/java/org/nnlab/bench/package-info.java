/** JMH benchmarks: matrix kernels and whole training epochs, with allocation measured by JMH's GC profiler. */
package org.nnlab.bench;
