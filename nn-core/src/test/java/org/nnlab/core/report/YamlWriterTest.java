package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
