package org.nnlab.core.registry;

import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nnlab.api.NnApi;

/**
 * Says in one line why a provider class could not be loaded or created, in the user's terms: the
 * Java version a jar needs, the nn-api it was compiled against, the exception its constructor
 * threw. The class and jar are added by the caller.
 */
final class LoadFailures {
  private static final Pattern CLASS_FILE_VERSION = Pattern.compile("class file version (\\d+)");
  // Java 8 wrote class file version 52; every release since adds one.
  private static final int CLASS_FILE_VERSION_OF_JAVA_ZERO = 44;
  private static final int MAX_LENGTH = 300;

  private LoadFailures() {}

  /**
   * Explains a failure thrown while {@link java.util.ServiceLoader} looked for, loaded or created
   * a provider, or while the provider answered its first calls.
   *
   * @param error what was thrown
   * @param service the provider interface the class was listed for
   * @return the reason, one line
   */
  static String reason(Throwable error, Class<?> service) {
    if (error instanceof ServiceConfigurationError e) {
      return oneLine(e.getCause() != null ? creation(e.getCause()) : listing(e, service));
    }
    if (error instanceof LinkageError e) {
      return oneLine(linkage(e));
    }
    return oneLine("failed: " + describe(error));
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

  /** The error of a provider method such as {@code name()}, which should never throw. */
  static String methodFailure(String method, Throwable error) {
    if (error instanceof LinkageError e) {
      return oneLine(linkage(e));
    }
    return oneLine(method + " threw " + describe(error));
  }

  private static String listing(ServiceConfigurationError e, Class<?> service) {
    String message = String.valueOf(e.getMessage());
    String where = "META-INF/services/" + service.getName();
    if (message.endsWith(" not found")) {
      return "listed in " + where + ", but no plugin jar contains the class";
    }
    if (message.endsWith(" not a subtype")) {
      return "listed in " + where + ", but does not implement " + service.getName();
    }
    return message.replace(service.getName() + ": ", "");
  }

  private static String creation(Throwable cause) {
    if (cause instanceof LinkageError linkage) {
      return linkage(linkage);
    }
    if (cause instanceof NoSuchMethodException) {
      return "has no public no-argument constructor, which ServiceLoader needs";
    }
    if (cause instanceof IllegalAccessException || cause instanceof InstantiationException) {
      return "cannot be created: ServiceLoader needs a public, non-abstract class with a public "
          + "no-argument constructor (" + describe(cause) + ")";
    }
    return "its constructor threw " + describe(cause);
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
