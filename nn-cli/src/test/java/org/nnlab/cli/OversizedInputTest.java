package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.train;
import static org.nnlab.cli.Cli.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn train} refuses sizes that would exhaust memory before allocating them. */
class OversizedInputTest {
  private static final String DATA = """
      data:
        inline: {inputs: [[0, 0], [1, 1]], targets: [[0], [1]]}
      """;

  @TempDir Path dir;

  private Path config(String text) {
    return write(dir, "model.yaml", text);
  }

  @Test
  void layerWithTooManyWeightsIsRefused() {
    Path config = config("""
        model: {inputs: 900000, hidden: [900000], outputs: 1}
        loss: mse
        """ + DATA);
    assertRefused(train(config), "model.yaml:1:34: model.hidden[0]: expected at most 55 units "
        + "for 900000 inputs", "found 900000");
  }

  @Test
  void explicitLayerWithTooManyWeightsIsRefused() {
    Path config = config("""
        model:
          inputs: 900000
          layers: [{units: 900000}]
        loss: mse
        """ + DATA);
    assertRefused(train(config), "model.yaml:3:20: model.layers[0].units: expected at most 55 "
        + "units", "found 900000");
  }

  @Test
  void hugeBatchOfWideLayersIsRefusedBeforeAllocatingBuffers() {
    Path config = config("""
        model: {inputs: 2, hidden: [100000, 100000], outputs: 2}
        loss: cross_entropy
        training: {batch_size: 10000000}
        data: {synthetic: {name: xor, samples: 1000000}}
        """);
    assertRefused(train(config), "model.yaml:1:29: model.hidden[0]: with batches of 1000000 "
        + "rows", "GB", "lower training.batch_size or the layer widths");
  }

  @Test
  void batchSizeBeyondTheDataSizesBuffersByTheData() {
    Path config = config("""
        model: {inputs: 2, hidden: [100000], outputs: 1}
        loss: mse
        training: {batch_size: 10000000}
        """ + DATA);
    Cli.Result result = train(config, "--quiet");
    assertEquals(ExitCodes.OK, result.code(), result.err());
  }

  @Test
  void tenBillionSyntheticSamplesAreRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2}
        loss: cross_entropy
        data: {synthetic: {name: xor, samples: 10000000000}}
        """);
    assertRefused(train(config), "model.yaml:3:40: data.synthetic.samples: expected an integer "
        + "from 1 to 10000000, found 10000000000");
  }

  @Test
  void epochCountBeyondTheLimitIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 1}
        loss: mse
        training: {epochs: 99999999999999999999999}
        """ + DATA);
    assertRefused(train(config), "model.yaml:3:20: training.epochs: expected an integer from 1 "
        + "to 10000000, found 99999999999999999999999");
  }
}
