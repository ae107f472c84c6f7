package org.nnlab.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.TrainingControl;
import org.nnlab.core.train.TrainingListener;

/**
 * {@code --log FILE.csv}: one row per epoch, appended and flushed as the epoch ends, like Keras'
 * {@code CSVLogger}, so that a long run can be watched with {@code tail -f} or read with pandas
 * while it trains. Columns: {@code epoch, loss, accuracy, val_loss, val_accuracy} and, when the
 * gradient statistics are on, {@code grad_norm_1 ... grad_norm_L}. Numbers are written in their
 * shortest exact form; a value that does not apply is an empty cell.
 *
 * <p>An existing log is appended to when its header is the same (a resumed run goes on where it
 * stopped); a log with another header is refused before training.
 */
public final class EpochLog implements TrainingListener, AutoCloseable {
  private final Path file;
  private final BufferedWriter out;
  private String failure;

  private EpochLog(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Opens a log for appending, writing its header if it is new or empty.
   *
   * @param file the CSV file
   * @param layers the number of layers whose gradient norms are logged, 0 when statistics are off
   * @return the log
   * @throws ConfigException when the file has another header or cannot be written
   */
  public static EpochLog open(Path file, int layers) {
    String header = header(layers);
    try {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      if (!fresh) {
        String first;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
          first = lines.findFirst().orElse("");
        }
        if (!first.equals(header)) {
          throw new ConfigException(Location.ofFile("--log"), "", file + " already holds a log "
              + "with other columns; give another file, or delete it to start a new log");
        }
      }
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      if (fresh) {
        out.write(header);
        out.newLine();
        out.flush();
      }
      return new EpochLog(file, out);
    } catch (IOException e) {
      throw new ConfigException(Location.ofFile("--log"), "", file + " cannot be written: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  static String header(int layers) {
    List<String> columns = new ArrayList<>(List.of("epoch", "loss", "accuracy", "val_loss",
        "val_accuracy"));
    for (int l = 1; l <= layers; l++) {
      columns.add("grad_norm_" + l);
    }
    return String.join(",", columns);
  }

  @Override
  public void onEpochEnd(EpochStats stats, TrainingControl control) {
    StringBuilder row = new StringBuilder().append(stats.epoch());
    for (double value : new double[] {stats.loss(), stats.accuracy(), stats.valLoss(),
        stats.valAccuracy()}) {
      row.append(',').append(number(value));
    }
    for (double norm : stats.gradNorms()) {
      row.append(',').append(number(norm));
    }
    if (failure != null) {
      return;
    }
    try {
      out.write(row.toString());
      out.newLine();
      out.flush();
    } catch (IOException e) {
      failure = file + " could not be appended to after epoch " + (stats.epoch() - 1) + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** Why the log stopped being written, if it did; training goes on without it. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      failure = failure != null ? failure : file + " could not be closed: " + e.getMessage();
    }
  }
}
