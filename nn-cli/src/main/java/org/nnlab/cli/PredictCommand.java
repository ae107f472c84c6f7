package org.nnlab.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nnlab.core.eval.Predictions;
import org.nnlab.core.eval.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn predict}: a trained model's predictions for every row of a CSV file. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Write the predictions of the trained model MODEL for each row of DATA, a CSV file with "
          + "the model's input columns (its target columns, if there, are ignored), in order, "
          + "as CSV: for classes a 'predicted' column with the class name and one p_CLASS "
          + "column per class; for numeric targets one column per target. The file is read "
          + "in batches, so it may be larger than memory.",
      "Exit codes: 0 success, 1 a plugin failed, 2 bad usage or input (a column the model "
          + "does not have, a model without trained weights), 70 internal error, 130 "
          + "interrupted (nothing is written to --out)."
    })
final class PredictCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Mixin ModelInput input;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the predictions to "
      + "FILE.csv, which appears once they are complete (default: standard output).")
  Path out;

  /** Thrown out of the file's content when Ctrl-C stops the predictions, so nothing is kept. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Session session = Session.withPlugins(nn.pluginFolders());
    session.warnAboutPlugins(err);
    Map<String, Path> outputs = new LinkedHashMap<>();
    if (out != null) {
      outputs.put("--out", out);
    }
    TrainedModel trained = input.load(session, outputs, nn.pluginFolders());
    try (Interruption interruption = Interruption.install("nn-predict-stop")) {
      if (out == null) {
        return toStandardOutput(trained, interruption) ? ExitCodes.OK : interrupted(err, "");
      }
      try {
        OutputFiles.write(out, stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          if (!Predictions.write(trained, input.data, writer, interruption::requested)) {
            throw new Stopped();
          }
          writer.flush();
        }, "--out");
      } catch (Stopped e) {
        return interrupted(err, "; nothing was written to " + out);
      }
      return ExitCodes.OK;
    }
  }

  private boolean toStandardOutput(TrainedModel trained, Interruption interruption) {
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      return Predictions.write(trained, input.data, stdout, interruption::requested);
    } catch (IOException e) {
      // A PrintWriter keeps its errors to itself; nothing reaches here.
      throw new UncheckedIOException(e);
    } finally {
      stdout.flush();
    }
  }

  private static int interrupted(PrintWriter err, String what) {
    err.println("error: interrupted" + what);
    err.flush();
    return ExitCodes.INTERRUPTED;
  }
}
