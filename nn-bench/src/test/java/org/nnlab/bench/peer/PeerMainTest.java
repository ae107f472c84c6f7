package org.nnlab.bench.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerMainTest {
  private static final String MAZUR = "name=tiny-mazur layers=2,2,2 act=sigmoid out=sigmoid loss=mse"
      + " batch=1 n=50 rows=1 lr=0.5 eval_n=1 x=m.x.f32 y=m.y.f32 params=m.params.f32"
      + " sha_x=40bbcc86d3a60b96 sha_y=64c8f0a1268b09f2 sha_params=48bcd03536ada556";
  private static final String CLASSES = "name=tiny-ce layers=3,4,3 act=relu out=softmax loss=ce"
      + " batch=4 n=10 rows=10 lr=0.1 eval_n=10 x=c.x.f32 y=c.y.i32 params=c.params.f32";

  /** A RESULT line as benchcommon.Bench.emit prints it: 13 fields after RESULT. */
  private static final String RESULT = "RESULT,(nnlab|nnlab-stats),[^,]+,float(32|64),\\d+"
      + ",\\d+\\.\\d,\\d+\\.\\d,\\d+\\.\\d,\\d+,\\d+\\.\\d{3},[-+.e\\d]+,[-+.e\\d]+,nnlab-[^,]+,[^,]*";

  @TempDir Path dir;

  @Test
  void parsesTheManifestAsGenDataWritesIt() {
    Map<String, PeerWorkload> m = PeerWorkload.parse(List.of(MAZUR, "", CLASSES));
    assertEquals(List.of("tiny-mazur", "tiny-ce"), List.copyOf(m.keySet()));
    PeerWorkload w = m.get("tiny-mazur");
    assertArrayEquals(new int[] {2, 2, 2}, w.layers());
    assertEquals("sigmoid", w.act());
    assertEquals("mse", w.loss());
    assertEquals(1, w.batch());
    assertEquals(50, w.n());
    assertEquals(1, w.rows());
    assertEquals(0.5, w.lr());
    assertEquals(1, w.evalN());
    assertEquals("m.params.f32", w.paramsFile());
    assertEquals(48.0, w.flopsPerSample());
    assertTrue(m.get("tiny-ce").isCrossEntropy());
    assertThrows(IllegalArgumentException.class,
        () -> PeerWorkload.parse(List.of("name=x layers=2,2 act=relu")));
  }

  @Test
  void runsTinyWorkloadsAndPrintsWellFormedResultLines() throws IOException {
    Files.writeString(dir.resolve("manifest.txt"), MAZUR + "\n" + CLASSES + "\n");
    floats("m.x.f32", 0.05f, 0.10f);
    floats("m.y.f32", 0.01f, 0.99f);
    floats("m.params.f32", 0.15f, 0.20f, 0.25f, 0.30f, 0.35f, 0.35f,
        0.40f, 0.45f, 0.50f, 0.55f, 0.60f, 0.60f);
    float[] x = new float[30];
    int[] labels = new int[10];
    for (int r = 0; r < 10; r++) {
      for (int i = 0; i < 3; i++) {
        x[r * 3 + i] = (float) Math.sin(r * 3 + i);
      }
      labels[r] = r % 3;
    }
    floats("c.x.f32", x);
    ints("c.y.i32", labels);
    float[] params = new float[3 * 4 + 4 + 4 * 3 + 3];
    for (int i = 0; i < 12; i++) {
      params[i] = 0.1f * (i % 5) - 0.2f;
    }
    floats("c.params.f32", params); // zero output layer: every class 1/3 before training

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PeerArgs args = PeerArgs.parse(new String[] {"--threads", "1", "--workloads", "all",
        "--dtypes", "float32,float64", "--reps", "2", "--warmup", "1",
        "--statistics", "off,every_batch"});
    int failures = PeerMain.run(args, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, failures, err.toString(StandardCharsets.UTF_8));

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(8, lines.size(), String.join("\n", lines));
    for (String line : lines) {
      assertTrue(line.matches(RESULT), line);
      assertEquals(14, line.split(",", -1).length, line);
    }
    // Per workload: float32 off, float32 every_batch, float64 off, float64 every_batch.
    assertTrue(lines.get(0).startsWith("RESULT,nnlab,tiny-mazur,float32,1,"));
    String[] mazur = lines.get(2).split(",", -1);
    assertEquals("nnlab", mazur[1]);
    assertEquals("tiny-mazur", mazur[2]);
    assertEquals("float64", mazur[3]);
    assertEquals("2", mazur[8]);
    assertEquals("0.298371", mazur[10]); // Mazur's E_total before training
    assertTrue(Double.parseDouble(mazur[11]) < 0.298371);
    assertTrue(lines.get(3).startsWith("RESULT,nnlab-stats,tiny-mazur,float64,1,"));
    String[] ce = lines.get(6).split(",", -1);
    assertEquals("tiny-ce", ce[2]);
    assertEquals(Math.log(3), Double.parseDouble(ce[10]), 1e-5);
    assertTrue(Double.parseDouble(ce[11]) < Math.log(3));
    // statistics do not change the arithmetic: both rows end on the same loss
    assertEquals(ce[11], lines.get(7).split(",", -1)[11]);
    // float32 ends near float64, on its own loss
    double float32 = Double.parseDouble(lines.get(4).split(",", -1)[11]);
    assertEquals(Double.parseDouble(ce[11]), float32, 1e-5);
  }

  @Test
  void refusesAnUnknownStatisticsSetting() {
    assertThrows(IllegalArgumentException.class,
        () -> PeerArgs.parse(new String[] {"--statistics", "sometimes"}));
  }

  @Test
  void refusesCountsBelowTheirMinimumAndMalformedSampleLimitsInOneLine() {
    assertEquals("--threads: expected at least 1, found 0", assertThrows(
        IllegalArgumentException.class, () -> PeerArgs.parse(new String[] {"--threads", "0"}))
        .getMessage());
    assertEquals("--reps: expected an integer, found x", assertThrows(
        IllegalArgumentException.class, () -> PeerArgs.parse(new String[] {"--reps", "x"}))
        .getMessage());
    assertEquals("--max-samples: expected NAME=N, found W2-tiny", assertThrows(
        IllegalArgumentException.class,
        () -> PeerArgs.parse(new String[] {"--max-samples", "W2-tiny"})).getMessage());
    assertEquals("--max-samples W2-tiny: expected an integer, found ", assertThrows(
        IllegalArgumentException.class,
        () -> PeerArgs.parse(new String[] {"--max-samples", "W2-tiny="})).getMessage());
  }

  private void floats(String name, float... values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      b.putFloat(v);
    }
    Files.write(dir.resolve(name), b.array());
  }

  private void ints(String name, int... values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    Files.write(dir.resolve(name), b.array());
  }
}
