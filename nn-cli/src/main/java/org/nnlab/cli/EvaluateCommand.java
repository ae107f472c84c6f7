package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nnlab.core.eval.Evaluation;
import org.nnlab.core.eval.EvaluationJson;
import org.nnlab.core.eval.TrainedModel;
import org.nnlab.core.report.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn evaluate}: measures a trained model on a CSV file with its target columns. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the trained model MODEL on DATA, a CSV file with the model's input and target "
          + "columns: the loss, and for classes the accuracy, per-class precision, recall, F1 "
          + "and support, their macro and weighted averages and the confusion matrix; for "
          + "numeric targets MSE, MAE, RMSE and R^2 per target. The file is read in batches, "
          + "so it may be larger than memory.",
      "Exit codes: 0 success, 1 a plugin failed, 2 bad usage or input (a column the model "
          + "does not have, a class it does not know, a model without trained weights), 70 "
          + "internal error."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Mixin ModelInput input;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the measurements "
      + "as JSON to FILE.")
  Path json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Session session = Session.withPlugins(nn.pluginFolders());
    session.warnAboutPlugins(spec.commandLine().getErr());
    Map<String, Path> outputs = new LinkedHashMap<>();
    if (json != null) {
      outputs.put("--json", json);
    }
    TrainedModel trained = input.load(session, outputs, nn.pluginFolders());
    Evaluation evaluation = Evaluation.of(trained, input.data);
    out.print(EvaluationTable.of(trained, input.data, evaluation));
    if (json != null) {
      OutputFiles.write(json, TrainingReport.toJson(EvaluationJson.tree(evaluation)), "--json");
      out.println("measurements written to " + json);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
