package org.nnlab.core.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@link SidecarFormat#TAG} references of one YAML document into
 * {@link YamlArray}s. Each sidecar file is read once, checked whole (size and digest), and shared
 * by every reference to it.
 */
final class Sidecars {
  private static final int CHUNK_BYTES = 1 << 20;

  private final Path yaml;
  private final Map<Path, double[]> read = new HashMap<>();

  /**
   * Creates the resolver.
   *
   * @param yaml the YAML file, next to whose real file sidecar names are resolved; {@code null}
   *     for YAML that does not come from a file, where references are refused
   */
  Sidecars(Path yaml) {
    this.yaml = yaml;
  }

  // Resolved only when needed: a YAML read from a pipe has no real path, and needs none.
  private Path folder() {
    try {
      return yaml.toRealPath().getParent();
    } catch (IOException e) {
      return yaml.toAbsolutePath().getParent();
    }
  }

  YamlArray resolve(YamlMap reference, String path) {
    Location where = reference.location();
    if (yaml == null) {
      throw new ConfigException(where, path,
          SidecarFormat.TAG + " refers to a file, so it is only accepted in a YAML file");
    }
    Section section = new Section(reference, path,
        List.of(SidecarFormat.FILE, SidecarFormat.OFFSET, SidecarFormat.SHAPE));
    section.rejectUnknownKeys();
    String name = Values.text(section.require(SidecarFormat.FILE, "the sidecar's file name"),
        section.path(SidecarFormat.FILE));
    long offset = Values.integer(section.require(SidecarFormat.OFFSET, "an index"),
        section.path(SidecarFormat.OFFSET), 0, Long.MAX_VALUE);
    YamlNode shapeNode = section.require(SidecarFormat.SHAPE, "[n] or [rows, cols]");
    YamlList shape = Values.list(shapeNode, section.path(SidecarFormat.SHAPE));
    if (shape.size() < 1 || shape.size() > 2) {
      throw Values.expected(shapeNode, section.path(SidecarFormat.SHAPE), "[n] or [rows, cols]");
    }
    int[] sizes = new int[shape.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = (int) Values.integer(shape.get(i),
          KeyPaths.index(section.path(SidecarFormat.SHAPE), i), 0, Integer.MAX_VALUE);
    }
    Path file = folder().resolve(name);
    double[] numbers = read.computeIfAbsent(file, f -> load(f, name, where, path));
    boolean matrix = sizes.length == 2;
    int rows = matrix ? sizes[0] : 1;
    int cols = matrix ? sizes[1] : sizes[0];
    if (offset + (long) rows * cols > numbers.length) {
      throw new ConfigException(where, path, "expected offset and shape within the "
          + numbers.length + " numbers of " + name + ", found " + (long) rows * cols
          + " numbers from offset " + offset);
    }
    return new YamlArray(numbers, (int) offset, rows, cols, matrix, where, file);
  }

  private static double[] load(Path file, String name, Location where, String path) {
    // Opening a FIFO or device to read could block or never end.
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new ConfigException(where, path, name + " is not an nnlab sidecar file");
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate(SidecarFormat.HEADER_BYTES);
      readFully(channel, header);
      long count = header.hasRemaining() ? -1 : SidecarFormat.count(header);
      if (count < 0 || count > Integer.MAX_VALUE - 8) {
        throw new ConfigException(where, path, name + " is not an nnlab sidecar file");
      }
      long expected = SidecarFormat.HEADER_BYTES + 8 * count;
      if (channel.size() != expected) {
        throw new ConfigException(where, path, "sidecar file " + name + " is " + channel.size()
            + " bytes, expected " + expected + "; it is incomplete or damaged, save the model "
            + "again");
      }
      double[] numbers = new double[(int) count];
      byte[] digest = readNumbers(channel, numbers);
      if (!MessageDigest.isEqual(digest, SidecarFormat.digest(header))) {
        throw new ConfigException(where, path, "sidecar file " + name + " is damaged: its "
            + "checksum does not match its content; save the model again");
      }
      return numbers;
    } catch (NoSuchFileException e) {
      throw new ConfigException(where, path, "sidecar file " + name + " not found; it must "
          + "stay next to the YAML file that refers to it");
    } catch (IOException e) {
      throw new ConfigException(where, path, "sidecar file " + name + " cannot be read: "
          + e.getMessage());
    }
  }

  private static byte[] readNumbers(FileChannel channel, double[] numbers) throws IOException {
    MessageDigest digest = SidecarFormat.newDigest();
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int done = 0; done < numbers.length; ) {
      int count = Math.min(CHUNK_BYTES / 8, numbers.length - done);
      chunk.clear().limit(count * 8);
      readFully(channel, chunk);
      chunk.flip();
      digest.update(chunk.array(), 0, count * 8);
      chunk.asDoubleBuffer().get(numbers, done, count);
      done += count;
    }
    return digest.digest();
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // Keeps reading: a channel may return fewer bytes than asked.
    }
  }
}
