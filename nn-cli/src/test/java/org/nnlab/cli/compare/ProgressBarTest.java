package org.nnlab.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.core.compare.GridPoint;
import org.nnlab.core.compare.PlannedRun;
import org.nnlab.core.compare.RunOutcome;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.YamlReader;

class ProgressBarTest {
  private static final String TERMINAL = "nn.stderr.terminal";
  private static final ExperimentConfig CONFIG = new ConfigReader().validate(
      new YamlReader().parse("""
          model: {inputs: 1, layers: [{units: 1}]}
          loss: mse
          training: {epochs: 4}
          data: {inline: {inputs: [1], targets: [1]}}
          """, "p.yaml"), Path.of("p.yaml"));

  private static PlannedRun run(int index) {
    return new PlannedRun(index, new GridPoint(0, List.of(), List.of(), List.of()), 1, CONFIG);
  }

  @Test
  void showsRunsDoneTheEpochsInProgressAndTimeLeft() {
    try (ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 2, 8, false)) {
      assertEquals("[------------------------] 0/2 runs | --:-- left", bar.line());
      bar.runStarted(run(0));
      bar.epochFinished(run(0), 1);
      bar.epochFinished(run(0), 2);
      String line = bar.line();
      assertTrue(line.startsWith("[######------------------] 0/2 runs | run 1 epoch 2/4 | "),
          line);
      assertTrue(line.matches(".*\\d\\d:\\d\\d left"), line);
      bar.epochFinished(run(0), 3);
      bar.epochFinished(run(0), 4);
      bar.runFinished(new RunOutcome(run(0), RunOutcome.Status.OK, "", List.of(), Map.of(),
          Map.of()));
      assertTrue(bar.line().startsWith("[############------------] 1/2 runs | "), bar.line());
    }
  }

  /** Draws a bar for 300 ms as nn compare does, with the launcher's {@code [ -t 2 ]} answer. */
  private static String drawnWhenTheLauncherSays(String stderrIsTerminal) throws Exception {
    String before = System.getProperty(TERMINAL);
    System.setProperty(TERMINAL, stderrIsTerminal);
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), 1, 4,
        ProgressBar.stderrIsTerminal())) {
      bar.runStarted(run(0));
      Thread.sleep(300);
    } finally {
      if (before == null) {
        System.clearProperty(TERMINAL);
      } else {
        System.setProperty(TERMINAL, before);
      }
    }
    return err.toString();
  }

  @Test
  void drawsNothingWhenTheOutputIsNotATerminal() throws Exception {
    assertEquals("", drawnWhenTheLauncherSays("false"));
  }

  @Test
  void drawsWhenTheLauncherFoundATerminal() throws Exception {
    String drawn = drawnWhenTheLauncherSays("true");
    assertTrue(drawn.startsWith("\r[") && drawn.contains("run 1 epoch 0/4"), drawn);
  }

  @Test
  void withoutTheLauncherStderrIsNotTakenForATerminal() {
    String before = System.clearProperty(TERMINAL);
    try {
      assertFalse(ProgressBar.stderrIsTerminal());
    } finally {
      if (before != null) {
        System.setProperty(TERMINAL, before);
      }
    }
  }

  @Test
  void drawsOnOneLineWhenEnabled() throws Exception {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), 1, 4, true)) {
      bar.runStarted(run(0));
      Thread.sleep(300);
    }
    assertTrue(err.toString().startsWith("\r["), err.toString());
    assertTrue(err.toString().contains("run 1 epoch 0/4"), err.toString());
    assertTrue(!err.toString().contains("\n"), "redrawn in place, never a new line");
  }
}
