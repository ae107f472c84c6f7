package org.nnlab.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.Batch;
import org.nnlab.core.train.TrainingControl;
import org.nnlab.core.train.TrainingListener;

/**
 * What {@code nn train}'s progress line shows: the current epoch and its batches, samples per
 * second, and the time left for the run, estimated from the batches done so far in this session.
 * Counting is lock-free and allocation-free on the training thread; the line is drawn by {@link
 * StatusLine}'s own thread.
 */
final class TrainProgress implements TrainingListener {
  private static final int WIDTH = 20;

  private final int epochs;
  private final int batchesPerEpoch;
  private final long batchesLeftAtStart;
  private final long started = System.nanoTime();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong samples = new AtomicLong();
  private volatile int epoch;
  private volatile int batchInEpoch;

  TrainProgress(int firstEpoch, int epochs, int batchesPerEpoch) {
    this.epochs = epochs;
    this.batchesPerEpoch = batchesPerEpoch;
    this.epoch = firstEpoch;
    this.batchesLeftAtStart = (long) (epochs - firstEpoch + 1) * batchesPerEpoch;
  }

  @Override
  public void onEpochStart(int epoch) {
    this.epoch = epoch;
    this.batchInEpoch = 0;
  }

  @Override
  public void afterStep(Batch batch) {
    batchInEpoch = batch.index();
    // Only the training thread writes: an ordered store, without a locked read-modify-write.
    batches.lazySet(batches.get() + 1);
    samples.lazySet(samples.get() + batch.inputs().rows());
  }

  @Override
  public void onEpochEnd(EpochStats stats, TrainingControl control) {
    batchInEpoch = batchesPerEpoch;
  }

  /** The line as it reads now. */
  String line() {
    double seconds = (System.nanoTime() - started) / 1e9;
    long done = batches.get();
    int filled = (int) Math.round((double) batchInEpoch / batchesPerEpoch * WIDTH);
    String rate = seconds > 0 && done > 0
        ? String.format(Locale.ROOT, "%,.0f samples/s", samples.get() / seconds) : "- samples/s";
    String left = done > 0 ? duration(seconds * (batchesLeftAtStart - done) / done) : "--:--";
    return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %d/%d batches | %s | %s left", epoch,
        epochs, "#".repeat(filled), "-".repeat(WIDTH - filled), batchInEpoch, batchesPerEpoch,
        rate, left);
  }

  static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }
}
