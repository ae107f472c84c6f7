/** The {@code nn} command line: train, plugins, and their output. */
package org.nnlab.cli;
