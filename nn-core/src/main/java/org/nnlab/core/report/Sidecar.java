package org.nnlab.core.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nnlab.core.config.SidecarFormat;

/**
 * The sidecar file of a saved model (see {@link SidecarFormat}): the arrays of its tree too large
 * to keep the YAML readable. An array goes to the sidecar when it has more than
 * {@value #INLINE_ARRAY_MAX} numbers, or once the arrays written inline hold
 * {@value #INLINE_TOTAL_MAX} numbers, so the YAML stays small whatever the model's size. The file
 * is named after the YAML and its content's digest: {@code model.yaml.0123456789abcdef.arrays}.
 */
final class Sidecar {
  /** The most numbers an array written in the YAML itself may have. */
  static final int INLINE_ARRAY_MAX = 1024;

  /** The most numbers all the arrays written in the YAML itself may have together. */
  static final int INLINE_TOTAL_MAX = 65_536;

  private static final int CHUNK_NUMBERS = 1 << 17;

  private final String yamlName;
  private final List<NumberArray> arrays = new ArrayList<>();
  private long count;
  private long inline;
  private String fileName;

  private Sidecar(String yamlName) {
    this.yamlName = yamlName;
  }

  /**
   * A tree whose large arrays are replaced by references to its sidecar.
   *
   * @param tree the tree, arrays in place of references
   * @param sidecar the sidecar, {@code null} when every array stays in the YAML
   */
  record Split(Map<String, Object> tree, Sidecar sidecar) {}

  /** Splits {@code tree}, to be written as the YAML file {@code yamlName}, from its sidecar. */
  static Split split(Map<String, ?> tree, String yamlName) {
    Sidecar sidecar = new Sidecar(yamlName);
    Map<String, Object> placed = sidecar.placeAll(tree);
    if (sidecar.arrays.isEmpty()) {
      return new Split(placed, null);
    }
    sidecar.fileName = yamlName + "." + sidecar.digestPrefix() + SidecarFormat.EXTENSION;
    return new Split(placed, sidecar);
  }

  /** The sidecar file names a YAML file of this name may have had. */
  static Pattern namesFor(String yamlName) {
    return Pattern.compile(Pattern.quote(yamlName) + "\\.[0-9a-f]{16}"
        + Pattern.quote(SidecarFormat.EXTENSION));
  }

  /** The file name, next to the YAML. */
  String fileName() {
    return fileName;
  }

  /** Writes the file atomically. */
  void write(Path file) throws IOException {
    byte[] digest = digest();
    AtomicFiles.write(file, out -> {
      out.write(SidecarFormat.header(count, digest).array());
      forEachChunk(chunk -> out.write(chunk.array(), 0, chunk.limit()));
    });
  }

  private Map<String, Object> placeAll(Map<String, ?> map) {
    Map<String, Object> placed = new LinkedHashMap<>();
    map.forEach((key, value) -> placed.put(key, place(value)));
    return placed;
  }

  private Object place(Object value) {
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) map;
      return placeAll(typed);
    }
    if (value instanceof List<?> list) {
      List<Object> placed = new ArrayList<>(list.size());
      list.forEach(item -> placed.add(place(item)));
      return placed;
    }
    if (value instanceof NumberArray array) {
      if (array.size() <= INLINE_ARRAY_MAX && inline + array.size() <= INLINE_TOTAL_MAX) {
        inline += array.size();
        return array;
      }
      SidecarRef ref = new SidecarRef(this, count, array);
      arrays.add(array);
      count += array.size();
      return ref;
    }
    return value;
  }

  private String digestPrefix() {
    return HexFormat.of().formatHex(digest(), 0, 8);
  }

  private byte[] digest() {
    MessageDigest digest = SidecarFormat.newDigest();
    try {
      forEachChunk(chunk -> digest.update(chunk.array(), 0, chunk.limit()));
    } catch (IOException e) {
      throw new IllegalStateException("a digest does not fail", e);
    }
    return digest.digest();
  }

  private interface ChunkSink {
    void accept(ByteBuffer chunk) throws IOException;
  }

  // The numbers as little-endian bytes, a chunk at a time, so that no copy of the whole is made.
  private void forEachChunk(ChunkSink sink) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK_NUMBERS * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (NumberArray array : arrays) {
      double[] values = array.values();
      for (int from = 0; from < values.length; from += CHUNK_NUMBERS) {
        int n = Math.min(CHUNK_NUMBERS, values.length - from);
        chunk.clear();
        chunk.asDoubleBuffer().put(values, from, n);
        chunk.limit(n * 8);
        sink.accept(chunk);
      }
    }
  }
}
