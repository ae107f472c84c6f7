package org.nnlab.core.train;

import java.util.Optional;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.model.ModelSnapshot;
import org.nnlab.core.stats.EpochStats;

/**
 * Keeps a copy of the model (parameters and buffers, such as batch_norm's running statistics)
 * and of the run's progress as they were at the end of the last completed epoch, so that a run
 * interrupted in the middle of an epoch can save exactly that epoch, from which a resumed run
 * goes on as if nothing had happened.
 */
public final class EpochSnapshot implements TrainingListener {
  private final TrainingLoop loop;
  private final ModelSnapshot model;
  // Recorded after every epoch without allocating; made a Progress only when asked for.
  private final TrainingLoop.SavedProgress saved = new TrainingLoop.SavedProgress();
  private boolean taken;

  /**
   * Takes the first snapshot, of the run as it starts (or resumes).
   *
   * @param loop the loop to follow; add this listener to it
   */
  public EpochSnapshot(TrainingLoop loop) {
    this.loop = loop;
    this.model = new ModelSnapshot(loop.experiment().network());
    take();
  }

  @Override
  public void onEpochEnd(EpochStats stats, TrainingControl control) {
    take();
  }

  private void take() {
    model.take();
    loop.captureProgress(saved);
    taken = true;
  }

  /**
   * Puts the model back as it was at the end of the last completed epoch.
   *
   * @return the progress of that epoch, to save with the model
   */
  public Progress restore() {
    model.restore();
    return loop.progress(saved);
  }

  /** The progress of the last snapshot, if one was taken after an epoch. */
  public Optional<Progress> last() {
    return taken ? Optional.of(loop.progress(saved)) : Optional.empty();
  }
}
