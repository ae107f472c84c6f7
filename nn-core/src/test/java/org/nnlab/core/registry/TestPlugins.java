package org.nnlab.core.registry;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.nnlab.api.NnApi;

/**
 * Builds small plugin jars inside tests, the way a plugin author's build would: Java sources
 * compiled against nn-api, packed with their {@code META-INF/services} listings.
 *
 * <pre>{@code
 * TestPlugins.jar(folder.resolve("swish.jar"))
 *     .source("com.acme.Swish", TestPlugins.activation("com.acme.Swish", "swish", ...))
 *     .service(ActivationProvider.class, "com.acme.Swish")
 *     .write();
 * }</pre>
 */
public final class TestPlugins {
  private final Path file;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, List<String>> services = new LinkedHashMap<>();
  private final List<Path> classpath = new ArrayList<>();
  private int classFileVersion;

  private TestPlugins(Path file) {
    this.file = file;
  }

  /** Starts a jar to be written to {@code file}. */
  public static TestPlugins jar(Path file) {
    return new TestPlugins(file);
  }

  /**
   * The source of an activation provider computing tanh, like the built-in.
   *
   * @param className the fully qualified class name
   * @param name the registered name
   * @param apiVersion the Java expression {@code apiVersion()} returns, e.g. {@code NnApi.VERSION}
   * @param constructorBody statements run by the public no-argument constructor
   * @return the source of one public class
   */
  public static String activation(
      String className, String name, String apiVersion, String constructorBody) {
    int dot = className.lastIndexOf('.');
    return """
        package %s;

        import org.nnlab.api.*;

        public final class %s implements Activation, ActivationProvider {
          public %s() {
            %s
          }

          @Override public String name() { return "%s"; }
          @Override public String apiVersion() { return %s; }
          @Override public String description() { return "tanh(x), as a plugin"; }
          @Override public Activation create(PluginOptions options) { return this; }
          @Override public double apply(double x) { return Math.tanh(x); }
          @Override public double derivative(double x, double y) { return 1.0 - y * y; }
        }
        """.formatted(className.substring(0, dot), className.substring(dot + 1),
        className.substring(dot + 1), constructorBody, name, apiVersion);
  }

  /** A correct tanh activation provider registered as {@code name}. */
  public static TestPlugins tanhJar(Path file, String className, String name) {
    return jar(file).source(className, activation(className, name, "NnApi.VERSION", ""))
        .service(org.nnlab.api.ActivationProvider.class, className);
  }

  /** Adds a class to compile; only classes outside {@code org.nnlab.api} go into the jar. */
  public TestPlugins source(String className, String source) {
    sources.put(className, source);
    return this;
  }

  /** Lists a provider class in {@code META-INF/services/<service>}. */
  public TestPlugins service(Class<?> service, String className) {
    services.computeIfAbsent(service.getName(), k -> new ArrayList<>()).add(className);
    return this;
  }

  /** Compiles against this jar too, as against a library the plugin depends on. */
  public TestPlugins classpath(Path jar) {
    classpath.add(jar);
    return this;
  }

  /** Stamps every class file with this class file major version, e.g. 69 for Java 25. */
  public TestPlugins classFileVersion(int major) {
    this.classFileVersion = major;
    return this;
  }

  /** Compiles the sources and writes the jar. */
  public Path write() throws IOException {
    Path work = Files.createTempDirectory("nnlab-plugin-src");
    try {
      writeJar(work);
    } finally {
      delete(work);
    }
    return file;
  }

  private void writeJar(Path work) throws IOException {
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    StringBuilder compileClasspath = new StringBuilder(apiLocation().toString());
    classpath.forEach(jar -> compileClasspath.append(File.pathSeparator).append(jar));
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none",
        "-classpath", compileClasspath.toString(), "-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path path = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(path.getParent());
      Files.writeString(path, source.getValue());
      arguments.add(path.toString());
    }
    compile(arguments);
    Files.createDirectories(file.getParent());
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, List<String>> service : services.entrySet()) {
        jar.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
        jar.write((String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = classes.relativize(path).toString().replace('\\', '/');
          if (packs(name)) {
            jar.putNextEntry(new JarEntry(name));
            writeClass(Files.readAllBytes(path), jar);
          }
        }
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  // Classes of org.nnlab.api compiled here stand in for another nn-api; the runtime supplies its
  // own. Other packages, org.nnlab.examples included, are the plugin's.
  private static boolean packs(String entry) {
    return !entry.startsWith("org/nnlab/api/");
  }

  private void writeClass(byte[] bytes, OutputStream out) throws IOException {
    if (classFileVersion > 0) {
      // Bytes 6 and 7 of a class file hold its major version, big-endian.
      bytes[6] = (byte) (classFileVersion >> 8);
      bytes[7] = (byte) classFileVersion;
    }
    out.write(bytes);
  }

  private static void compile(List<String> arguments) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("these tests need a JDK, not a JRE");
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = compiler.run(null, errors, errors, arguments.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException("test plugin did not compile: "
          + errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static Path apiLocation() {
    try {
      return Path.of(NnApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
