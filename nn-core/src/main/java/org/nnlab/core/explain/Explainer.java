package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nnlab.api.Matrix;
import org.nnlab.api.Precision;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.EngineKeys;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.RootKeys;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.model.Network;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingStep;

/**
 * Explains training's next step of an experiment: runs the trainer's own forward pass, loss,
 * backward pass and optimizer step (a {@link TrainingStep}) on the rows asked for, copies every
 * buffer, and writes the derivation with those numbers.
 *
 * <p>A network of at most {@value #FULL_DERIVATION_LIMIT} parameters is written out entry by
 * entry; a larger one is summarized per layer, and {@code --weight} writes out one entry's chain.
 * The experiment's parameters are changed by the step, as training would change them.
 */
public final class Explainer {
  /** The most parameters whose derivation is written out one by one. */
  public static final int FULL_DERIVATION_LIMIT = 300;

  private final Experiment experiment;
  private final Anatomy anatomy;
  private final TrainingStep step;
  private final Headline headline;
  private final NotesNames names;
  private final LossKind loss;

  private Explainer(Experiment experiment) {
    this.experiment = experiment;
    this.anatomy = new Anatomy(experiment.network());
    this.step = new TrainingStep(experiment);
    this.headline = new Headline(experiment, step);
    this.names = new NotesNames(anatomy.notesNetwork());
    this.loss = LossKind.of(experiment);
  }

  /**
   * Explains one step.
   *
   * @throws ConfigException for a sample out of range, an unknown weight name, or a network too
   *     large for what was asked
   */
  public static Explanation explain(Experiment experiment, ExplainRequest request) {
    if (experiment.network().precision() != Precision.FLOAT64) {
      throw new ConfigException(experiment.config().tree().keyLocation(RootKeys.ENGINE.name()),
          RootKeys.ENGINE.name() + "." + EngineKeys.PRECISION.name(), "nn explain derives every "
              + "number in float64, but this configuration computes in "
              + experiment.network().precision().configName() + "; explain it with --set "
              + RootKeys.ENGINE.name() + "." + EngineKeys.PRECISION.name() + "="
              + Precision.FLOAT64.configName());
    }
    return new Explainer(experiment).explain(request);
  }

  private Explanation explain(ExplainRequest request) {
    experiment.config().model().layers().stream().flatMap(l -> l.residual().stream())
        .findFirst().ifPresent(residual -> {
          throw new ConfigException(residual.location(), residual.path(), "nn explain derives "
              + "a chain of layers and does not trace skip connections; explain the network "
              + "without residual");
        });
    Optional<WeightNames.Entry> weight = request.weight()
        .map(name -> WeightNames.parse(name, anatomy));
    boolean small = experiment.network().parameterCount() <= FULL_DERIVATION_LIMIT;
    if (request.batch() && request.sample().isPresent()) {
      throw new ConfigException(Location.ofFile("--batch"), "", "explains the whole first "
          + "batch and --sample one sample alone; give one of them");
    }
    request.sample().ifPresent(this::checkSample);
    if (request.batch()) {
      if (!small && weight.isEmpty()) {
        throw new ConfigException(Location.ofFile("--batch"), "", tooLarge());
      }
      return batch(weight);
    }
    if (!small && weight.isEmpty()) {
      return summary(request.sample().map(s -> new int[] {s - 1}));
    }
    int row = request.sample().map(s -> s - 1).orElse(step.firstBatch()[0]);
    return sample(row, request.sample().isEmpty(), weight, small);
  }

  private String tooLarge() {
    return String.format(Locale.ROOT, "the network has %,d parameters, too many to show every "
        + "sample's gradient of each (at most %d); name one with --weight, such as --weight %s",
        experiment.network().parameterCount(), FULL_DERIVATION_LIMIT,
        anatomy.symbol(0, 0).text());
  }

  private void checkSample(int sample) {
    int size = experiment.data().size();
    if (sample < 1 || sample > size) {
      throw new ConfigException(Location.ofFile("--sample"), "", String.format(Locale.ROOT,
          "expected a sample number from 1 to %,d (the training data's rows), found %d", size,
          sample));
    }
  }

  private Explanation sample(int row, boolean first, Optional<WeightNames.Entry> weight,
      boolean small) {
    Trace trace = pass(new int[] {row});
    StepTrace made = StepTrace.make(experiment, step);
    LossSteps losses = new LossSteps(loss, lossName(), huberDelta(), trace, anatomy.layers(),
        names);
    BackwardSteps backward = new BackwardSteps(anatomy, trace, names, losses.outputGradients());
    UpdateSteps update = new UpdateSteps(anatomy, made, names);
    List<Section> sections = new ArrayList<>();
    if (weight.isPresent()) {
      sections.addAll(new ChainSteps(anatomy, losses, backward, update, small)
          .sections(weight.get()));
    } else {
      sections.add(ForwardSteps.of(anatomy, trace, names));
      sections.add(losses.section());
      sections.add(backward.section());
      sections.add(update.section());
    }
    addPath(sections, trace);
    List<String> about = new ArrayList<>(List.of(headline.sample(row, first)));
    about.addAll(headline.notes(true, anatomy.notesNetwork()));
    return Explanation.numbered(headline.title(), about, sections);
  }

  private Explanation batch(Optional<WeightNames.Entry> weight) {
    int[] rows = step.firstBatch();
    List<Trace> samples = samplePasses(rows);
    Trace trace = pass(rows);
    StepTrace made = StepTrace.make(experiment, step);
    BatchSteps batch = new BatchSteps(anatomy, trace, samples, rows);
    UpdateSteps update = new UpdateSteps(anatomy, made, names);
    List<WeightNames.Entry> entries = weight.map(List::of).orElseGet(this::allEntries);
    List<Section> sections = new ArrayList<>(List.of(batch.samples(), batch.gradients(entries)));
    sections.add(weight.map(w -> update.single(w.parameter(), w.index()))
        .orElseGet(update::section));
    addPath(sections, trace);
    List<String> about = new ArrayList<>(List.of(headline.batch()));
    about.addAll(headline.notes(true, anatomy.notesNetwork()));
    return Explanation.numbered(headline.title(), about, sections);
  }

  // The whole first batch, or one sample alone.
  private Explanation summary(Optional<int[]> sample) {
    Trace trace = pass(sample.orElse(step.firstBatch()));
    StepTrace made = StepTrace.make(experiment, step);
    List<Section> sections = new ArrayList<>(new LayerSummary(anatomy, trace, made)
        .sections(lossName()));
    addPath(sections, trace);
    List<String> about = new ArrayList<>(List.of(sample.map(row -> headline.sample(row[0],
        false)).orElseGet(headline::batch), String.format(Locale.ROOT,
        "%,d parameters are more than the %d written out one by one, so each layer is "
            + "summarized; --weight NAME writes out one weight's chain",
        experiment.network().parameterCount(), FULL_DERIVATION_LIMIT)));
    about.addAll(headline.notes(false, false));
    return Explanation.numbered(headline.title(), about, sections);
  }

  private void addPath(List<Section> sections, Trace trace) {
    GradientPath path = PathSteps.path(anatomy, trace);
    if (path.last() > path.first()) {
      sections.add(PathSteps.section(anatomy, trace));
    }
  }

  private List<WeightNames.Entry> allEntries() {
    List<WeightNames.Entry> entries = new ArrayList<>();
    for (int p = 0; p < experiment.network().parameters().size(); p++) {
      for (int k = 0; k < anatomy.parameter(p).size(); k++) {
        entries.add(new WeightNames.Entry(p, k));
      }
    }
    return entries;
  }

  // Each sample alone, with the layers' random streams put back afterwards, so that the batch's
  // own pass draws what training's would.
  private List<Trace> samplePasses(int[] rows) {
    List<NetworkLayer> layers = experiment.network().layers();
    long[] positions = layers.stream().mapToLong(layer -> layer.stream().position()).toArray();
    List<Trace> traces = new ArrayList<>();
    for (int row : rows) {
      traces.add(pass(new int[] {row}));
    }
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).stream().restore(positions[l]);
    }
    return traces;
  }

  private Trace pass(int[] rows) {
    Dataset picked = experiment.data().rows(rows, "explained");
    Matrix inputs = picked.inputs();
    Matrix targets = picked.targets();
    double value = step.pass(inputs, targets);
    Network network = experiment.network();
    return Trace.capture(network, inputs, targets, value, step.outputGradient());
  }

  private double huberDelta() {
    return experiment.resolvedLoss().get("delta") instanceof Number delta
        ? delta.doubleValue() : Double.NaN;
  }

  private String lossName() {
    return experiment.config().loss().name();
  }
}
