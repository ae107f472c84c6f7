package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.report.TestFiles;

/** References to a saved model's sidecar file, read into packed arrays. */
class SidecarsTest {
  @TempDir Path folder;

  // Written here by hand, after docs/report.md, rather than by nnlab's own writer.
  private Path sidecar(String name, double... numbers) throws Exception {
    ByteBuffer payload = ByteBuffer.allocate(numbers.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (double number : numbers) {
      payload.putDouble(number);
    }
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.array());
    ByteBuffer file = ByteBuffer.allocate(56 + payload.capacity()).order(ByteOrder.LITTLE_ENDIAN);
    file.put("NNLABF64".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(0)
        .putLong(numbers.length).put(digest).put(payload.array());
    return Files.write(folder.resolve(name), file.array());
  }

  private YamlMap read(String yaml) throws IOException {
    return (YamlMap) new YamlReader().read(Files.writeString(folder.resolve("model.yaml"), yaml));
  }

  private ConfigException refused(String yaml) {
    return assertThrows(ConfigException.class, () -> read(yaml));
  }

  private static YamlNode node(YamlMap map, String key) {
    return map.get(key).orElseThrow();
  }

  @Test
  void referencesReadAsPackedArraysThatValuesReadsLikeTheListsTheyStandFor() throws Exception {
    sidecar("s.arrays", 1, 2, 3, 4, 5, 6);
    YamlMap root = read("""
        w: !sidecar {file: s.arrays, offset: 0, shape: [2, 3]}
        b: !sidecar {file: s.arrays, offset: 4, shape: [2]}
        """);
    assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, Values.rows(node(root, "w"), "w",
        false));
    assertArrayEquals(new double[] {5, 6}, Values.numbers(node(root, "b"), "b"));
    assertEquals("a 2 x 3 matrix of numbers", node(root, "w").describe());
  }

  @Test
  void anArrayLargerThanTheNodeLimitIsOneNode() throws Exception {
    double[] numbers = new double[(int) YamlReader.MAX_NODES + 1];
    numbers[numbers.length - 1] = 7;
    sidecar("s.arrays", numbers);
    YamlMap root = read("b: !sidecar {file: s.arrays, offset: 0, shape: [" + numbers.length
        + "]}\n");
    assertEquals(7, Values.numbers(node(root, "b"), "b")[numbers.length - 1]);
  }

  @Test
  void pluginOptionsReadAPackedMatrixAndListLikeWrittenOnes() throws Exception {
    sidecar("s.arrays", 1, 2, 3, 4, 5, 6);
    YamlMap root = read("""
        weights: !sidecar {file: s.arrays, offset: 0, shape: [3, 2]}
        biases: !sidecar {file: s.arrays, offset: 0, shape: [3]}
        """);
    YamlPluginOptions options = new YamlPluginOptions(root, "layer", Set.of());
    assertArrayEquals(new double[][] {{1, 2}, {3, 4}, {5, 6}},
        options.matrix("weights").orElseThrow());
    assertArrayEquals(new double[] {1, 2, 3}, options.vector("biases").orElseThrow());
  }

  @Test
  void theSidecarIsFoundNextToTheRealFileOfALinkedYaml() throws Exception {
    Path real = Files.createDirectory(folder.resolve("real"));
    sidecar("real/s.arrays", 1, 2);
    Path yaml = Files.writeString(real.resolve("model.yaml"),
        "b: !sidecar {file: s.arrays, offset: 0, shape: [2]}\n");
    Path link = Files.createSymbolicLink(folder.resolve("link.yaml"), yaml);
    YamlMap root = (YamlMap) new YamlReader().read(link);
    assertInstanceOf(YamlArray.class, node(root, "b"));
  }

  @Test
  void aMissingSidecarIsOneClearError() {
    ConfigException e = refused("w: !sidecar {file: gone.arrays, offset: 0, shape: [2]}\n");
    assertEquals(folder.resolve("model.yaml") + ":1:4: w: sidecar file gone.arrays not found; "
        + "it must stay next to the YAML file that refers to it", e.getMessage());
  }

  @Test
  void aDamagedSidecarIsRefusedByItsChecksum() throws Exception {
    Path file = sidecar("s.arrays", 1, 2, 3);
    byte[] bytes = Files.readAllBytes(file);
    bytes[60] ^= 1;
    Files.write(file, bytes);
    ConfigException e = refused("w: !sidecar {file: s.arrays, offset: 0, shape: [3]}\n");
    assertEquals("sidecar file s.arrays is damaged: its checksum does not match its content; "
        + "save the model again", e.problem());
  }

  @Test
  void aTruncatedSidecarIsRefusedWithItsSize() throws Exception {
    Path file = sidecar("s.arrays", 1, 2, 3);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
    ConfigException e = refused("w: !sidecar {file: s.arrays, offset: 0, shape: [3]}\n");
    assertEquals("sidecar file s.arrays is 75 bytes, expected 80; it is incomplete or damaged, "
        + "save the model again", e.problem());
  }

  @Test
  void aFileThatIsNotASidecarIsRefused() throws Exception {
    Files.writeString(folder.resolve("notes.txt"), "hello, this is not a sidecar file at all, "
        + "but it is long enough to hold a header");
    ConfigException e = refused("w: !sidecar {file: notes.txt, offset: 0, shape: [3]}\n");
    assertEquals("notes.txt is not an nnlab sidecar file", e.problem());
  }

  @Test
  void aFifoNamedAsTheSidecarIsRefusedWithoutWaitingForAWriter() {
    TestFiles.fifo(folder.resolve("pipe.arrays"));
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> refused("w: !sidecar {file: pipe.arrays, offset: 0, shape: [3]}\n"));
    assertEquals("pipe.arrays is not an nnlab sidecar file", e.problem());
  }

  @Test
  void aReferenceBeyondTheSidecarsNumbersIsRefused() throws Exception {
    sidecar("s.arrays", 1, 2, 3);
    ConfigException e = refused("w: !sidecar {file: s.arrays, offset: 2, shape: [1, 2]}\n");
    assertEquals("expected offset and shape within the 3 numbers of s.arrays, found 2 numbers "
        + "from offset 2", e.problem());
  }

  @Test
  void aReferenceWithAnUnknownKeyIsRefusedWithTheKnownKeys() throws Exception {
    sidecar("s.arrays", 1, 2, 3);
    ConfigException e = refused("w: !sidecar {file: s.arrays, ofset: 0, shape: [3]}\n");
    assertEquals("w.ofset", e.keyPath());
    assertEquals("unknown key 'ofset'; did you mean 'offset'? known keys: file, offset, shape",
        e.problem());
  }

  @Test
  void aReferenceInTextNotReadFromAFileIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> new YamlReader().parse(
        "w: !sidecar {file: s.arrays, offset: 0, shape: [3]}", "--set"));
    assertEquals("!sidecar refers to a file, so it is only accepted in a YAML file", e.problem());
  }

  @Test
  void aNonFiniteNumberInASidecarIsRefusedWhereItIsRead() throws Exception {
    sidecar("s.arrays", 1, 2, Double.NaN, 4);
    YamlMap root = read("w: !sidecar {file: s.arrays, offset: 0, shape: [2, 2]}\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> Values.rows(node(root, "w"), "w", false));
    assertEquals("w[1][0]", e.keyPath());
    assertEquals("expected a finite number, found NaN in s.arrays", e.problem());
  }
}
