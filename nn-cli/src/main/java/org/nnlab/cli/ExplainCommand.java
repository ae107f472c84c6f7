package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nnlab.api.internal.Suggestions;
import org.nnlab.cli.explain.MarkdownRenderer;
import org.nnlab.cli.explain.TextRenderer;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;
import org.nnlab.core.explain.ExplainRequest;
import org.nnlab.core.explain.Explainer;
import org.nnlab.core.explain.Explanation;
import org.nnlab.core.train.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn explain}: one step of training written out as the chain rule, with the numbers. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Write out the next step of training CONFIG as the chain rule, with the numbers.",
      "Every number is read from "
          + "the trainer's own forward pass, loss, backward pass and optimizer step: each "
          + "unit's sum and activation, the loss terms, each weight's gradient as a product of "
          + "local derivatives, the update, and the gradient's path layer by layer. A network "
          + "of more than " + Explainer.FULL_DERIVATION_LIMIT + " parameters is summarized per "
          + "layer; --weight writes out one weight's chain.",
      "Exit codes: 0 success, 1 a plugin failed, 2 bad usage or input, 70 internal error."
    })
final class ExplainCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("text", "markdown");

  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The model's YAML file, or a "
      + "model saved by 'nn train --save' (its next step is explained).")
  Path config;

  @Option(names = "--sample", paramLabel = "N", description = "Explain sample N of the training "
      + "data (from 1) alone, as a batch of one; default: the first sample training takes.")
  Integer sample;

  @Option(names = "--batch", description = "Explain training's whole first batch: each "
      + "sample's gradient, the batch's gradient as their mean, and the one update.")
  boolean batch;

  @Option(names = "--weight", paramLabel = "NAME", description = "Show only the chain for one "
      + "parameter entry, such as L2.w[1][2] (layer 2, unit 1, input 2) or L2.b[1].")
  String weight;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or markdown "
      + "(LaTeX formulas for GitHub and Jupyter).")
  String format = "text";

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one value by its "
      + "dotted key path, e.g. --set optimizer.learning_rate=0.1. Repeatable.")
  List<String> settings = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!FORMATS.contains(format)) {
      throw new ConfigException(Location.ofFile("--format"), "",
          Suggestions.unknown("format", format, FORMATS));
    }
    Session session = Session.withPlugins(nn.pluginFolders());
    session.warnAboutPlugins(err);
    Experiment experiment = session.experiment(config, Session.changes(settings, null, null));
    experiment.warnings().forEach(warning -> err.println("warning: " + warning));
    err.flush();
    Explanation explanation = Explainer.explain(experiment, new ExplainRequest(
        Optional.ofNullable(sample), batch, Optional.ofNullable(weight)));
    out.print(format.equals("markdown") ? MarkdownRenderer.render(explanation)
        : TextRenderer.render(explanation));
    out.flush();
    return ExitCodes.OK;
  }
}
