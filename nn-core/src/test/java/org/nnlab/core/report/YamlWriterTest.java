package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.config.YamlList;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.config.YamlScalar;

class YamlWriterTest {

  @Test
  void writesMappingsInBlockStyleAndNumberListsInFlowStyle() {
    Map<String, Object> layer = new LinkedHashMap<>();
    layer.put("type", "dense");
    layer.put("weights", List.of(List.of(0.5, -1.25), List.of(3.0, 4.0)));
    layer.put("biases", List.of(0.1, 0.2));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", "demo");
    root.put("model", Map.of("layers", List.of(layer)));
    assertEquals("""
        name: demo
        model:
          layers:
            - type: dense
              weights:
                - [0.5, -1.25]
                - [3.0, 4.0]
              biases: [0.1, 0.2]
        """, YamlWriter.write(root));
  }

  @Test
  void everyDoubleReadsBackBitForBit() {
    double[] values = {0.1, 1.0 / 3, -2.5e-300, 1e10, 6.02214076e23, Double.MIN_VALUE,
        Double.MAX_VALUE, -0.0, 123456789.0};
    Map<String, Object> root = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      root.put("v" + i, values[i]);
    }
    YamlMap read = (YamlMap) new YamlReader().parse(YamlWriter.write(root), "test");
    for (int i = 0; i < values.length; i++) {
      YamlScalar scalar = (YamlScalar) read.get("v" + i).orElseThrow();
      assertEquals(Double.doubleToRawLongBits(values[i]),
          Double.doubleToRawLongBits(((Number) scalar.value()).doubleValue()),
          "v" + i + " written as " + scalar.text());
    }
  }

  @Test
  void textThatYamlWouldMisreadIsQuoted() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", "yes");
    root.put("b", "12");
    root.put("c", "two words: here");
    root.put("d", "plain_name");
    YamlMap read = (YamlMap) new YamlReader().parse(YamlWriter.write(root), "test");
    assertEquals("yes", ((YamlScalar) read.get("a").orElseThrow()).value());
    assertEquals("12", ((YamlScalar) read.get("b").orElseThrow()).value());
    assertEquals("two words: here", ((YamlScalar) read.get("c").orElseThrow()).value());
    assertEquals("plain_name", ((YamlScalar) read.get("d").orElseThrow()).value());
  }

  @Test
  void emptyListsAndMapsAreWrittenInFlowStyle() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("list", List.of());
    root.put("map", Map.of());
    YamlMap read = (YamlMap) new YamlReader().parse(YamlWriter.write(root), "test");
    assertEquals(0, ((YamlList) read.get("list").orElseThrow()).size());
    assertEquals(0, ((YamlMap) read.get("map").orElseThrow()).keys().size());
  }

  private static String readBack(String text) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", text);
    String yaml = YamlWriter.write(root);
    assertEquals(yaml, new String(yaml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        "the YAML itself survives UTF-8");
    YamlMap read = (YamlMap) new YamlReader().parse(yaml, "test");
    return (String) ((YamlScalar) read.get("name").orElseThrow()).value();
  }

  private static String keyReadBack(String key) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(key, 1L);
    YamlMap read = (YamlMap) new YamlReader().parse(YamlWriter.write(root), "test");
    return read.keys().iterator().next();
  }

  // Pieces a random string is made of: what YAML treats specially, what it refuses raw, and
  // what UTF-8 cannot hold (a surrogate without its pair).
  private static final String[] PIECES = {
    "a", "Z", "0", "7", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?", "!", "&", "*", "%",
    "@", "`", "|", ">", "'", "\"", "\\", ",", "[", "]", "{", "}", "~", "<<", "=", ".", "_",
    "true", "No", "null", "1e3", "0x1F", "1_000", ".inf", "-.Inf", ".NaN", "2001-12-14",
    "\t", "\n", "\r", "\r\n", "\u0000", "\u0007", "\u001b", "\u007f", "\u0080",
    "\u0085", "\u009b", "\u009f", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe",
    "\uffff", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d\ude00", "\u00e9", "\u4e2d",
    "\ue000", "\ufffd",
  };

  @Test
  void everyStringReadsBackUnchangedAsAValueAndAsAKey() {
    Random random = new Random(20261201);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(7); n > 0; n--) {
        text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000)
            : PIECES[random.nextInt(PIECES.length)]);
      }
      String expected = text.toString();
      assertEquals(expected, readBack(expected), () -> "value " + codes(expected));
      assertEquals(expected, keyReadBack(expected), () -> "key " + codes(expected));
    }
  }

  private static String codes(String text) {
    StringBuilder codes = new StringBuilder();
    text.chars().forEach(c -> codes.append(String.format("\\u%04x", c)));
    return codes.toString();
  }

  @Test
  void controlCharactersNelAndLoneSurrogatesAreEscaped() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", "a\u007fb\u009bc\u0085d\ud800e");
    assertEquals("name: \"a\\u007Fb\\u009Bc\\u0085d\\uD800e\"\n", YamlWriter.write(root));
  }

  @Test
  void aNameWithEveryKindOfSpecialCharacterSurvivesAFile(@TempDir Path folder) throws Exception {
    String name = "tab\there, DEL\u007f CSI\u009b NEL\u0085 LS\u2028 BOM\ufeff lone\udc00 \ud83d\ude00";
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", name);
    Path file = folder.resolve("name.yaml");
    AtomicFiles.write(file, YamlWriter.write(root));
    YamlMap read = (YamlMap) new YamlReader().read(file);
    assertEquals(name, ((YamlScalar) read.get("name").orElseThrow()).value());
  }

  @Test
  void textYamlWouldReadAsSomethingElseIsQuoted() {
    for (String text : List.of(".5", ".inf", ".nan", "<<", "2001-12-14", "Null", "on", "")) {
      assertTrue(YamlWriter.text(text).startsWith("\""), text);
      assertEquals(text, readBack(text));
    }
  }

  @Test
  void nonFiniteNumbersAreWrittenAsYamlsSpecialValuesAndReadBack() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("nan", Double.NaN);
    root.put("up", Double.POSITIVE_INFINITY);
    root.put("down", Double.NEGATIVE_INFINITY);
    String yaml = YamlWriter.write(root);
    assertEquals("nan: .nan\nup: .inf\ndown: -.inf\n", yaml);
    YamlMap read = (YamlMap) new YamlReader().parse(yaml, "test");
    assertTrue(Double.isNaN((Double) ((YamlScalar) read.get("nan").orElseThrow()).value()));
    assertEquals(Double.POSITIVE_INFINITY, ((YamlScalar) read.get("up").orElseThrow()).value());
    assertEquals(Double.NEGATIVE_INFINITY, ((YamlScalar) read.get("down").orElseThrow()).value());
  }

  @Test
  void numberArraysAreWrittenLikeListsWithoutBoxing() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("weights", NumberArray.matrix(new double[] {0.5, -1.25, 3.0, 4.0}, 2, 2));
    root.put("biases", NumberArray.vector(new double[] {0.1, 0.2}));
    assertEquals("""
        weights:
          - [0.5, -1.25]
          - [3.0, 4.0]
        biases: [0.1, 0.2]
        """, YamlWriter.write(root));
  }
}
