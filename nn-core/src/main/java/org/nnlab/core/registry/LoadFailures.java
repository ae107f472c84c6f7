package org.nnlab.core.registry;

import java.lang.reflect.InvocationTargetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nnlab.api.NnApi;

/**
 * Says in one line why a provider class could not be loaded or created, or what a plugin's
 * method threw, in the user's terms: the Java version a jar needs, the nn-api it was compiled
 * against, the exception its constructor threw. The class and jar are added by the caller.
 */
final class LoadFailures {
  private static final Pattern CLASS_FILE_VERSION = Pattern.compile("class file version (\\d+)");
  // Java 8 wrote class file version 52; every release since adds one.
  private static final int CLASS_FILE_VERSION_OF_JAVA_ZERO = 44;
  private static final int MAX_LENGTH = 300;

  private LoadFailures() {}

  /** A listed class that no jar of the class loader holds. */
  static String notFound(PluginKind<?> kind) {
    return "listed in " + PluginJar.SERVICES + kind.type().getName() + ", but no plugin jar "
        + "contains the class";
  }

  /** Explains an error thrown while a listed class was loaded or inspected by reflection. */
  static String loading(LinkageError error) {
    return oneLine(linkage(error));
  }

  /**
   * Explains what creating a provider threw: its static initializer, its constructor, or a
   * class either of them needs.
   *
   * @param error what {@link java.lang.reflect.Constructor#newInstance} threw
   * @return the reason, one line
   */
  static String creation(Throwable error) {
    if (error instanceof InvocationTargetException e && e.getCause() != null) {
      Throwable cause = e.getCause();
      return oneLine(cause instanceof LinkageError linkage ? linkage(linkage)
          : "its constructor threw " + describe(cause));
    }
    if (error instanceof LinkageError e) {
      return oneLine(linkage(e));
    }
    if (error instanceof IllegalAccessException || error instanceof InstantiationException) {
      return oneLine("cannot be created: nnlab needs a public, non-abstract class with a public "
          + "no-argument constructor (" + describe(error) + ")");
    }
    return oneLine("could not be created: " + describe(error));
  }

  /**
   * Explains why a provider's {@code apiVersion()} is refused.
   *
   * @param version what the provider reported, possibly {@code null}
   * @return for example {@code built for nn-api 2.0, needs nn-api 2.x; this is nn-api 1.0}
   */
  static String incompatibleVersion(String version) {
    if (version == null || !version.matches("\\d{1,6}\\.\\d{1,6}")) {
      return oneLine("reports nn-api version " + (version == null ? "null" : "'" + version + "'")
          + ", expected MAJOR.MINOR such as " + NnApi.VERSION + "; implement apiVersion() as "
          + "'return NnApi.VERSION;'");
    }
    String major = version.substring(0, version.indexOf('.'));
    String needs = Integer.parseInt(major) == NnApi.major()
        ? "nn-api " + version + " or a later " + major + ".x"
        : "nn-api " + major + ".x";
    return "built for nn-api " + version + ", needs " + needs + "; this is nn-api "
        + NnApi.VERSION;
  }

  /**
   * Says what a plugin's method threw, in one line: the exception and its message or, for an
   * error of linkage, the nn-api or library the plugin was compiled against.
   *
   * @param method the method, such as {@code name()} or {@code applyAll()}
   * @param error what it threw
   * @return for example {@code name() threw java.lang.AssertionError: no name}
   */
  static String methodFailure(String method, Throwable error) {
    if (error instanceof LinkageError e) {
      return oneLine(linkage(e));
    }
    return oneLine(method + " threw " + describe(error));
  }

  private static String linkage(LinkageError error) {
    String message = String.valueOf(error.getMessage());
    if (error instanceof UnsupportedClassVersionError) {
      return newerJava(message);
    }
    if (error instanceof ExceptionInInitializerError) {
      Throwable cause = error.getCause();
      return "its static initializer threw " + (cause == null ? describe(error) : describe(cause));
    }
    if (error instanceof NoClassDefFoundError) {
      String missing = message.replace('/', '.');
      if (missing.startsWith("org.nnlab.")) {
        return incompatibleApi("it needs " + missing + ", which this nnlab does not have");
      }
      return "needs class " + missing + ", which no plugin jar contains; put the jars it "
          + "depends on in the same folder";
    }
    if (error instanceof IncompatibleClassChangeError && message.contains("org.nnlab.")) {
      return incompatibleApi(error.getClass().getSimpleName() + ": " + message);
    }
    return "cannot be linked (" + describe(error) + "); a library it uses may be missing or of "
        + "another version";
  }

  private static String incompatibleApi(String detail) {
    return "compiled against an incompatible nn-api (" + detail + "); rebuild it against nn-api "
        + NnApi.VERSION;
  }

  private static String newerJava(String message) {
    int running = Runtime.version().feature();
    Matcher matcher = CLASS_FILE_VERSION.matcher(message);
    if (!matcher.find()) {
      return "built for a newer Java than this one, Java " + running + " (" + message + ")";
    }
    int classFile = Integer.parseInt(matcher.group(1));
    int needed = classFile - CLASS_FILE_VERSION_OF_JAVA_ZERO;
    return "built for Java " + needed + " (class file version " + classFile + "), but nn runs "
        + "on Java " + running + "; rebuild it with --release " + running + " or run nn on Java "
        + needed + " or later";
  }

  private static String describe(Throwable error) {
    return error.getClass().getName() + (error.getMessage() == null ? "" : ": "
        + error.getMessage());
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
  }
}
