package org.nnlab.core.train;

import java.util.List;
import java.util.Optional;
import org.nnlab.api.Parameter;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.model.ParameterCopy;
import org.nnlab.core.stats.EpochStats;

/**
 * Keeps a copy of the model and of the run's progress as they were at the end of the last
 * completed epoch, so that a run interrupted in the middle of an epoch can save exactly that
 * epoch, from which a resumed run goes on as if nothing had happened.
 */
public final class EpochSnapshot implements TrainingListener {
  private final TrainingLoop loop;
  private final List<Parameter> parameters;
  private final double[][] values;
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
    this.parameters = loop.experiment().network().parameters();
    this.values = new double[parameters.size()][];
    for (int p = 0; p < values.length; p++) {
      values[p] = new double[parameters.get(p).size()];
    }
    take();
  }

  @Override
  public void onEpochEnd(EpochStats stats, TrainingControl control) {
    take();
  }

  private void take() {
    for (int p = 0; p < values.length; p++) {
      ParameterCopy.valuesInto(parameters.get(p), values[p]);
    }
    loop.captureProgress(saved);
    taken = true;
  }

  /**
   * Puts the model back as it was at the end of the last completed epoch.
   *
   * @return the progress of that epoch, to save with the model
   */
  public Progress restore() {
    for (int p = 0; p < values.length; p++) {
      ParameterCopy.setValues(parameters.get(p), values[p]);
    }
    return loop.progress(saved);
  }

  /** The progress of the last snapshot, if one was taken after an epoch. */
  public Optional<Progress> last() {
    return taken ? Optional.of(loop.progress(saved)) : Optional.empty();
  }
}
