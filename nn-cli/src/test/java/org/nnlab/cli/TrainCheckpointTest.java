package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --log}, {@code --checkpoint-every} and Ctrl-C: a long run keeps what it finished. */
class TrainCheckpointTest {
  private static final String SLOW = Path.of("..", "examples", "vanishing-sigmoid.yaml")
      .toAbsolutePath().normalize().toString();

  private static List<String> lines(Path file) throws Exception {
    return Files.readAllLines(file);
  }

  // Waits until the log has at least `rows` epochs, while the run goes on.
  private static void awaitRows(Path log, int rows) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(log) || lines(log).size() < rows + 1) {
      assertTrue(System.nanoTime() < deadline, "the run logged no " + rows + " epochs in 60 s");
      Thread.sleep(20);
    }
  }

  private static String savedModel(Path file) throws Exception {
    return Files.readString(file);
  }

  @Test
  void logAppendsOneRowPerEpochWithTheReportsNumbers(@TempDir Path folder) throws Exception {
    Path log = folder.resolve("log.csv");
    Cli.Result result = Cli.run("train", SLOW, "--epochs", "3", "--log", log.toString(), "-q");
    assertEquals(0, result.code(), result.err());
    List<String> rows = lines(log);
    assertEquals("epoch,loss,accuracy,val_loss,val_accuracy,grad_norm_1,grad_norm_2,grad_norm_3,"
        + "grad_norm_4,grad_norm_5,grad_norm_6,grad_norm_7,grad_norm_8,grad_norm_9,grad_norm_10,"
        + "grad_norm_11", rows.get(0));
    assertEquals(4, rows.size());
    assertTrue(rows.get(1).startsWith("1,1.14942"), rows.get(1));
    assertTrue(rows.get(3).matches("3,[0-9.]+,[0-9.]+,,,[0-9.E-]+(,[0-9.E-]+){10}"), rows.get(3));
  }

  @Test
  void aResumedRunGoesOnInTheSameLog(@TempDir Path folder) throws Exception {
    Path log = folder.resolve("log.csv");
    Path saved = folder.resolve("saved.yaml");
    assertEquals(0, Cli.run("train", SLOW, "--epochs", "2", "--log", log.toString(), "--save",
        saved.toString(), "-q").code());
    Cli.Result again = Cli.run("train", saved.toString(), "--epochs", "4", "--log",
        log.toString(), "-q");
    assertEquals(0, again.code(), again.err());
    List<String> rows = lines(log);
    assertEquals(5, rows.size());
    for (int epoch = 1; epoch <= 4; epoch++) {
      assertTrue(rows.get(epoch).startsWith(epoch + ","), rows.toString());
    }
  }

  @Test
  void aLogWithOtherColumnsIsRefusedBeforeTraining(@TempDir Path folder) throws Exception {
    Path log = Files.writeString(folder.resolve("log.csv"), "when,what\n1,2\n");
    Cli.Result result = Cli.run("train", SLOW, "--log", log.toString());
    assertEquals(2, result.code());
    assertEquals("error: --log: " + log + " already holds a log with other columns; give "
        + "another file, or delete it to start a new log\n", result.err());
    assertEquals(List.of("when,what", "1,2"), lines(log));
  }

  @Test
  void ctrlCSavesTheLastCompletedEpochFromWhichTrainingResumesExactly(@TempDir Path folder)
      throws Exception {
    Path log = folder.resolve("log.csv");
    Path saved = folder.resolve("saved.yaml");
    ChildNn.Running run = ChildNn.start(folder, "train", SLOW, "--epochs", "400", "--save",
        saved.toString(), "--log", log.toString(), "-q");
    awaitRows(log, 3);
    run.signal("INT");
    Cli.Result interrupted = run.waitForExit();
    assertEquals(130, interrupted.code(), interrupted.err());
    int completed = lines(log).size() - 1;
    assertTrue(interrupted.err().matches("error: interrupted during epoch " + (completed + 1)
        + "; \\S+saved.yaml holds epoch " + completed + ", from which 'nn train \\S+saved.yaml' "
        + "resumes\n"), interrupted.err());
    assertTrue(savedModel(saved).contains("epochs_completed: " + completed + "\n"));

    int total = completed + 3;
    Path resumed = folder.resolve("resumed.yaml");
    assertEquals(0, Cli.run("train", saved.toString(), "--epochs", Integer.toString(total),
        "--save", resumed.toString(), "-q").code());
    Path straight = folder.resolve("straight.yaml");
    assertEquals(0, Cli.run("train", SLOW, "--epochs", Integer.toString(total), "--save",
        straight.toString(), "-q").code());
    assertEquals(savedModel(straight), savedModel(resumed));
  }

  @Test
  void checkpointEveryKeepsAResumableModelThroughAKill(@TempDir Path folder) throws Exception {
    Path log = folder.resolve("log.csv");
    Path saved = folder.resolve("saved.yaml");
    ChildNn.Running run = ChildNn.start(folder, "train", SLOW, "--epochs", "400", "--save",
        saved.toString(), "--checkpoint-every", "2", "--log", log.toString(), "-q");
    awaitRows(log, 5);
    run.signal("KILL");
    run.waitForExit();
    String model = savedModel(saved);
    int completed = Integer.parseInt(model.replaceAll("(?s).*epochs_completed: (\\d+)\n.*", "$1"));
    assertTrue(completed >= 4 && completed % 2 == 0, "checkpointed at epoch " + completed);
    Path resumed = folder.resolve("resumed.yaml");
    assertEquals(0, Cli.run("train", saved.toString(), "--epochs",
        Integer.toString(completed + 1), "--save", resumed.toString(), "-q").code());
    Path straight = folder.resolve("straight.yaml");
    assertEquals(0, Cli.run("train", SLOW, "--epochs", Integer.toString(completed + 1),
        "--save", straight.toString(), "-q").code());
    assertEquals(savedModel(straight), savedModel(resumed));
  }

  @Test
  void checkpointEveryNeedsSave() {
    Cli.Result result = Cli.run("train", SLOW, "--checkpoint-every", "5");
    assertEquals(2, result.code());
    assertEquals("error: --checkpoint-every: rewrites the --save file, so it needs --save "
        + "FILE.yaml\n", result.err());
  }
}
