package org.nnlab.cli;

/** The exit codes of {@code nn}, each defined once. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;

  /** Training failed: it diverged, or a run of a comparison failed. */
  public static final int TRAINING_FAILED = 1;

  /** Bad usage or bad input: configuration, data, command-line values, files. */
  public static final int BAD_INPUT = 2;

  /** A bug in nnlab or a plugin; the message asks for a report. */
  public static final int INTERNAL_ERROR = 70;

  /** Interrupted by Ctrl-C (SIGINT, 128 + 2); what finished is written. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
