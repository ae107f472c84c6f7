package org.nnlab.api;

/**
 * The version of this API, and the rule that decides whether a plugin built against one version
 * runs on another.
 *
 * <p>The version is {@code MAJOR.MINOR}. A minor release only adds: new types, new methods with
 * default bodies, new constants. A major release may remove or change anything. A plugin built
 * against {@code M.m} therefore runs on every runtime {@code M.n} with {@code n >= m}, and on no
 * other major version.
 */
public final class NnApi {

  /**
   * The version of this API, {@code "MAJOR.MINOR"}.
   *
   * <p>This is a compile-time constant, so the Java compiler copies its value into every class
   * that reads it. A provider's {@code apiVersion()} that returns {@code NnApi.VERSION} therefore
   * returns the version the plugin was <em>compiled</em> against, even when a different version
   * of this API is present at run time. That is how the runtime tells the two apart.
   */
  public static final String VERSION = "2.4";

  private NnApi() {}

  /** {@return the major part of {@link #VERSION} as a number} */
  public static int major() {
    return majorOf(VERSION);
  }

  /** {@return the minor part of {@link #VERSION} as a number} */
  public static int minor() {
    return minorOf(VERSION);
  }

  /**
   * Tells whether a plugin compiled against {@code pluginVersion} can run on this API: same major
   * version, and a minor version no newer than this one.
   *
   * @param pluginVersion a version string {@code "MAJOR.MINOR"}, as returned by a provider
   * @return {@code true} when compatible; {@code false} when not, or when the string is malformed
   */
  public static boolean isCompatible(String pluginVersion) {
    if (pluginVersion == null || !pluginVersion.matches("\\d{1,6}\\.\\d{1,6}")) {
      return false;
    }
    return majorOf(pluginVersion) == major() && minorOf(pluginVersion) <= minor();
  }

  private static int majorOf(String version) {
    return Integer.parseInt(version.substring(0, version.indexOf('.')));
  }

  private static int minorOf(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }
}
