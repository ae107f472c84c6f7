package org.nnlab.core.config;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The sidecar file that holds a saved model's large numeric arrays next to its YAML, documented
 * in {@code docs/report.md}. The YAML refers to each array with a tagged mapping such as
 * {@code !sidecar {file: model.yaml.0123456789abcdef.arrays, offset: 0, shape: [2000, 2000]}}.
 *
 * <p>The file is a {@value #HEADER_BYTES}-byte header followed by the numbers as little-endian
 * IEEE 754 doubles, every array's numbers after the previous array's, rows first. The header is
 * the 8 ASCII bytes {@code NNLABF64}, the format version as a little-endian 32-bit integer, four
 * zero bytes, the count of numbers as a little-endian 64-bit integer, and the SHA-256 digest of
 * the numbers' bytes.
 */
public final class SidecarFormat {
  /** The YAML tag of a reference to an array in a sidecar file. */
  public static final String TAG = "!sidecar";

  /** The reference's key for the sidecar's file name, relative to the YAML's folder. */
  public static final String FILE = "file";

  /** The reference's key for the index of the array's first number among the sidecar's. */
  public static final String OFFSET = "offset";

  /** The reference's key for the array's shape: {@code [n]} for a list, {@code [rows, cols]}. */
  public static final String SHAPE = "shape";

  /** The end of a sidecar's file name. */
  public static final String EXTENSION = ".arrays";

  /** The format version this release writes and reads. */
  public static final int VERSION = 1;

  /** The digest of the numbers' bytes kept in the header. */
  static final String DIGEST = "SHA-256";

  /** The size of the header in bytes. */
  public static final int HEADER_BYTES = 56;

  private static final byte[] MAGIC = "NNLABF64".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST_BYTES = 32;

  private SidecarFormat() {}

  /** A fresh digest of the kind the header holds. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(DIGEST);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has " + DIGEST, e);
    }
  }

  /** The header of a sidecar holding {@code count} numbers whose bytes have {@code digest}. */
  public static ByteBuffer header(long count, byte[] digest) {
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    header.put(MAGIC).putInt(VERSION).putInt(0).putLong(count).put(digest);
    return header.flip();
  }

  /**
   * The count of numbers a header announces.
   *
   * @param header the first {@value #HEADER_BYTES} bytes of a file, read in full
   * @return the count, or -1 when the bytes are not the header of a sidecar of this version
   */
  static long count(ByteBuffer header) {
    header.order(ByteOrder.LITTLE_ENDIAN).rewind();
    byte[] magic = new byte[MAGIC.length];
    header.get(magic);
    if (!Arrays.equals(magic, MAGIC) || header.getInt() != VERSION || header.getInt() != 0) {
      return -1;
    }
    return header.getLong();
  }

  /** The digest a header holds. */
  static byte[] digest(ByteBuffer header) {
    byte[] digest = new byte[DIGEST_BYTES];
    header.position(HEADER_BYTES - DIGEST_BYTES);
    header.get(digest);
    return digest;
  }
}
