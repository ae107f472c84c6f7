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
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final List<Path> classpath = new ArrayList<>();
  private int classFileVersion;
  private boolean manifest = true;

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

  /**
   * The source of the tanh activation provider of {@link #activation}, named {@code name} and
   * built for this nn-api, with one piece of it changed: to break one method, say.
   *
   * @param className the fully qualified class name
   * @param name the registered name
   * @param from a piece of the source, such as {@code return Math.tanh(x);}
   * @param to what replaces it
   * @return the source of one public class
   * @throws IllegalArgumentException when the source does not contain {@code from}
   */
  public static String changedActivation(
      String className, String name, String from, String to) {
    String source = activation(className, name, "NnApi.VERSION", "");
    if (!source.contains(from)) {
      throw new IllegalArgumentException("the activation's source has no '" + from + "'");
    }
    return source.replace(from, to);
  }

  /**
   * The source of a loss provider computing the mean squared error like the built-in
   * {@code mse}, that first runs {@code evaluateStart} in {@code evaluate}.
   *
   * @param className the fully qualified class name
   * @param name the registered name
   * @param evaluateStart statements run at the start of {@code evaluate}, such as a
   *     {@code throw} or {@code if (true) return Double.NaN;}
   * @return the source of one public class
   */
  public static String loss(String className, String name, String evaluateStart) {
    int dot = className.lastIndexOf('.');
    return """
        package %s;

        import org.nnlab.api.*;

        public final class %s implements Loss, LossProvider {
          @Override public String name() { return "%s"; }
          @Override public String apiVersion() { return NnApi.VERSION; }
          @Override public Loss create(PluginOptions options) { return this; }
          @Override public double evaluate(Matrix output, Matrix target, Matrix gradient) {
            %s
            double[] o = output.data();
            double[] t = target.data();
            double[] g = gradient.data();
            int rows = output.rows();
            double sum = 0;
            for (int i = 0; i < output.size(); i++) {
              double d = o[i] - t[i];
              sum += d * d;
              g[i] = 2 * d / rows;
            }
            return sum / rows;
          }
        }
        """.formatted(className.substring(0, dot), className.substring(dot + 1), name,
        evaluateStart);
  }

  /**
   * The source of an optimizer provider doing plain gradient descent with a learning rate of
   * 0.1, that runs {@code updateStart} first for each parameter in {@code step}.
   *
   * @param className the fully qualified class name
   * @param name the registered name
   * @param stateArrays the Java expression {@code stateArrays()} returns
   * @param updateStart statements run for each parameter before its update, with {@code
   *     parameter}, its position {@code p} and {@code state} in scope
   * @return the source of one public class
   */
  public static String optimizer(
      String className, String name, String stateArrays, String updateStart) {
    int dot = className.lastIndexOf('.');
    return """
        package %s;

        import org.nnlab.api.*;

        public final class %s implements Optimizer, OptimizerProvider {
          @Override public String name() { return "%s"; }
          @Override public String apiVersion() { return NnApi.VERSION; }
          @Override public Optimizer create(PluginOptions options) { return this; }
          @Override public int stateArrays() { return %s; }
          @Override public double learningRate() { return 0.1; }
          @Override public void step(java.util.List<Parameter> parameters, OptimizerState state,
              StepContext context) {
            for (int p = 0; p < parameters.size(); p++) {
              Parameter parameter = parameters.get(p);
              %s
              double[] w = parameter.values();
              double[] g = parameter.gradients();
              for (int i = 0; i < w.length; i++) {
                w[i] -= context.learningRate() * g[i];
              }
            }
          }
        }
        """.formatted(className.substring(0, dot), className.substring(dot + 1), name,
        stateArrays, updateStart);
  }

  /**
   * The source of a layer provider building a fully connected layer without biases (option
   * {@code units}), that first runs {@code forwardStart} in {@code forward}.
   *
   * @param className the fully qualified class name
   * @param name the registered name
   * @param forwardStart statements run at the start of {@code forward}
   * @return the source of one public class and its nested layer class
   */
  public static String layer(String className, String name, String forwardStart) {
    int dot = className.lastIndexOf('.');
    return """
        package %s;

        import java.util.List;
        import org.nnlab.api.*;

        public final class %s implements LayerProvider {
          @Override public String name() { return "%s"; }
          @Override public String apiVersion() { return NnApi.VERSION; }
          @Override public Layer create(LayerContext context) {
            int units = context.options().requiredInteger("units");
            Parameter w = new Parameter("weights", ParameterRole.WEIGHTS, units,
                context.inputSize());
            context.initializeWeights(w.values(), context.inputSize(), units);
            return new Built(w);
          }

          public static final class Built implements Layer {
            private final Parameter w;
            Built(Parameter w) { this.w = w; }
            @Override public int inputSize() { return w.cols(); }
            @Override public int outputSize() { return w.rows(); }
            @Override public List<Parameter> parameters() { return List.of(w); }
            @Override public void forward(Matrix input, Matrix output, Mode mode) {
              %s
              for (int r = 0; r < input.rows(); r++) {
                for (int u = 0; u < w.rows(); u++) {
                  double z = 0;
                  for (int i = 0; i < w.cols(); i++) {
                    z += input.get(r, i) * w.values()[u * w.cols() + i];
                  }
                  output.set(r, u, z);
                }
              }
            }
            @Override public void backward(Matrix input, Matrix outputGradient,
                Matrix inputGradient) {
              java.util.Arrays.fill(w.gradients(), 0);
              if (inputGradient != null) {
                inputGradient.fillZero();
              }
              for (int r = 0; r < input.rows(); r++) {
                for (int u = 0; u < w.rows(); u++) {
                  double g = outputGradient.get(r, u);
                  for (int i = 0; i < w.cols(); i++) {
                    w.gradients()[u * w.cols() + i] += g * input.get(r, i);
                    if (inputGradient != null) {
                      inputGradient.set(r, i, inputGradient.get(r, i)
                          + g * w.values()[u * w.cols() + i]);
                    }
                  }
                }
              }
            }
          }
        }
        """.formatted(className.substring(0, dot), className.substring(dot + 1), name,
        forwardStart);
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

  /** Writes {@code META-INF/services/<service>} as given, for listings that are not valid. */
  public TestPlugins listing(String service, String text) {
    return entry("META-INF/services/" + service, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a file to the jar as it is. */
  public TestPlugins entry(String name, byte[] bytes) {
    entries.put(name, bytes.clone());
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

  /** Leaves out {@code META-INF/MANIFEST.MF}, which every jar tool writes, to make a plain zip. */
  public TestPlugins withoutManifest() {
    this.manifest = false;
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
    if (!sources.isEmpty()) {
      compile(arguments);
    }
    Files.createDirectories(file.getParent());
    try (JarOutputStream jar = manifest
        ? new JarOutputStream(Files.newOutputStream(file), manifest())
        : new JarOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        jar.putNextEntry(new JarEntry(entry.getKey()));
        jar.write(entry.getValue());
      }
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

  private static Manifest manifest() {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    return manifest;
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
