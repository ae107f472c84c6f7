package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;

class RegistryLoaderTest {
  private static final Location WHERE = new Location("test.yaml", 3, 15);
  /** The activations nnlab ships, as the registry lists them: sorted. */
  private static final List<String> BUILT_IN_ACTIVATIONS =
      List.copyOf(RegistryLoader.loadBuiltIns().names(PluginKind.ACTIVATION));

  @TempDir Path plugins;

  private Registry load() {
    return RegistryLoader.load(List.of(plugins));
  }

  private Path jar(String name) {
    return plugins.resolve(name);
  }

  private static List<String> with(List<String> names, String... more) {
    TreeSet<String> all = new TreeSet<>(names);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  private static ActivationProvider resolve(Registry registry, String name) {
    return registry.resolve(PluginKind.ACTIVATION, name, WHERE, "model.activation");
  }

  private static List<String> problems(Registry registry) {
    return registry.problems().stream().map(PluginProblem::toString).toList();
  }

  @Test
  void aPluginJarAddsItsProviderBesideTheBuiltIns() throws IOException {
    TestPlugins.tanhJar(jar("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    Registry registry = load();
    assertEquals(List.of(), problems(registry));
    assertEquals(with(BUILT_IN_ACTIVATIONS, "tanh_plugin"),
        List.copyOf(registry.names(PluginKind.ACTIVATION)));
    ProviderInfo info = registry.providers().stream()
        .filter(p -> p.name().equals("tanh_plugin")).findFirst().orElseThrow();
    assertEquals(jar("tanh.jar").toString(), info.source());
    assertEquals(jar("tanh.jar").toString(), info.where());
    assertFalse(info.builtIn());
    assertEquals("com.acme.PluginTanh", resolve(registry, "tanh_plugin").getClass().getName());
  }

  @Test
  void aFileNamedJarThatIsNotAZipIsReportedInOneLineAndTheRestStillLoads() throws IOException {
    Files.writeString(jar("notes.jar"), "these are not the classes you are looking for");
    TestPlugins.tanhJar(jar("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    Registry registry = load();
    assertEquals(List.of(jar("notes.jar") + ": not a jar file (zip END header not found); "
        + "nothing in it was loaded"), problems(registry));
    assertTrue(registry.names(PluginKind.ACTIVATION).contains("tanh_plugin"));
  }

  @Test
  void aListedClassThatNoJarContainsIsReportedWithItsJar() throws IOException {
    TestPlugins.tanhJar(jar("gone.jar"), "com.acme.Here", "here")
        .service(ActivationProvider.class, "com.acme.Gone").write();
    Registry registry = load();
    assertEquals(List.of(jar("gone.jar") + ": com.acme.Gone: listed in "
        + "META-INF/services/org.nnlab.api.ActivationProvider, but no plugin jar contains the "
        + "class"), problems(registry));
    assertTrue(registry.names(PluginKind.ACTIVATION).contains("here"));
  }

  @Test
  void aListedClassOfTheWrongKindIsReported() throws IOException {
    TestPlugins.tanhJar(jar("kind.jar"), "com.acme.Tanh", "tanh_plugin")
        .service(OptimizerProvider.class, "com.acme.Tanh").write();
    assertEquals(List.of(jar("kind.jar") + ": com.acme.Tanh: listed in "
        + "META-INF/services/org.nnlab.api.OptimizerProvider, but does not implement "
        + "org.nnlab.api.OptimizerProvider"), problems(load()));
  }

  @Test
  void aProviderWhoseConstructorThrowsLoadsAndIsRefusedWithTheExceptionWhenUsed()
      throws IOException {
    TestPlugins.jar(jar("boom.jar"))
        .source("com.acme.Boom", TestPlugins.activation("com.acme.Boom", "boom", "NnApi.VERSION",
            "if (true) throw new IllegalStateException(\"no licence file\");"))
        .service(ActivationProvider.class, "com.acme.Boom").write();
    Registry registry = load();
    assertEquals(List.of(), problems(registry));
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(registry, "boom"));
    assertEquals("test.yaml:3:15: model.activation: activation 'boom' could not be loaded: "
        + jar("boom.jar") + ": com.acme.Boom: its constructor threw "
        + "java.lang.IllegalStateException: no licence file", e.getMessage());
  }

  @Test
  void aProviderWhoseStaticInitializerThrowsIsRefusedWithTheExceptionWhenUsed()
      throws IOException {
    TestPlugins.jar(jar("init.jar"))
        .source("com.acme.Init", TestPlugins.activation("com.acme.Init", "init", "NnApi.VERSION",
            "").replace("public Init() {", "static { if (true) throw new IllegalStateException("
                + "\"no table\"); }\n  public Init() {"))
        .service(ActivationProvider.class, "com.acme.Init").write();
    Registry registry = load();
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(registry, "init"));
    assertTrue(e.getMessage().endsWith(": activation 'init' could not be loaded: "
        + jar("init.jar") + ": com.acme.Init: its static initializer threw "
        + "java.lang.IllegalStateException: no table"), e.getMessage());
  }

  @Test
  void discoveringAPluginRunsNoneOfItsCode() throws IOException {
    String property = "nnlab.test.discovery.ran";
    TestPlugins.jar(jar("quiet.jar"))
        .source("com.acme.Quiet", TestPlugins.activation("com.acme.Quiet", "quiet",
            "NnApi.VERSION", "System.setProperty(\"" + property + "\", \"constructor\");")
            .replace("public Quiet() {", "static { System.setProperty(\"" + property
                + "\", \"static\"); }\n  public Quiet() {"))
        .service(ActivationProvider.class, "com.acme.Quiet").write();
    System.clearProperty(property);
    Registry registry = load();
    assertTrue(registry.names(PluginKind.ACTIVATION).contains("quiet"));
    assertEquals(null, System.getProperty(property), "no static initializer nor constructor ran");
    resolve(registry, "quiet");
    assertEquals("constructor", System.getProperty(property), "created once it is used");
    System.clearProperty(property);
  }

  @Test
  void aProviderWhoseNameThrowsIsReported() throws IOException {
    TestPlugins.jar(jar("name.jar"))
        .source("com.acme.Nameless", TestPlugins.activation("com.acme.Nameless", "x",
            "NnApi.VERSION", "")
            .replace("return \"x\";", "throw new UnsupportedOperationException();"))
        .service(ActivationProvider.class, "com.acme.Nameless").write();
    assertEquals(List.of(jar("name.jar") + ": com.acme.Nameless: name() threw "
        + "java.lang.UnsupportedOperationException"), problems(load()));
  }

  private void activationWith(String file, String className, String from, String to)
      throws IOException {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    TestPlugins.jar(jar(file)).source(className, TestPlugins.changedActivation(className,
        simple.toLowerCase(Locale.ROOT), from, to))
        .service(ActivationProvider.class, className).write();
  }

  @Test
  void aProviderWhoseNameThrowsAnErrorIsOneProblemAndEverythingElseLoads() throws IOException {
    activationWith("name.jar", "com.acme.Asserts", "return \"asserts\";",
        "throw new AssertionError(\"no name yet\");");
    Registry registry = load();
    assertEquals(List.of(jar("name.jar") + ": com.acme.Asserts: name() threw "
        + "java.lang.AssertionError: no name yet"), problems(registry));
    assertEquals(BUILT_IN_ACTIVATIONS,
        List.copyOf(registry.names(PluginKind.ACTIVATION)));
  }

  @Test
  void aProviderWhoseApiVersionOverflowsTheStackIsOneProblem() throws IOException {
    activationWith("deep.jar", "com.acme.Deep", "return NnApi.VERSION;", "return apiVersion();");
    assertEquals(List.of(jar("deep.jar") + ": com.acme.Deep: apiVersion() threw "
        + "java.lang.StackOverflowError"), problems(load()));
  }

  @Test
  void aProviderWhoseNameNeverReturnsIsGivenUpOnWithinTheTimeLimit() throws IOException {
    activationWith("spin.jar", "com.acme.Spin", "return \"spin\";", "while (true) { }");
    TestPlugins.tanhJar(jar("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    long start = System.nanoTime();
    Registry registry = load();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(List.of(jar("spin.jar") + ": com.acme.Spin: name() did not answer within 2 s; "
        + "nn gave up on it"), problems(registry));
    assertTrue(seconds < 2 + 5, "took " + seconds + " s");
    assertTrue(registry.names(PluginKind.ACTIVATION).contains("tanh_plugin"));
  }

  @Test
  void aProviderWhoseNameIsComputedIsCreatedAndAskedForIt() throws IOException {
    activationWith("computed.jar", "com.acme.Computed", "return \"computed\";",
        "return new StringBuilder(\"detupmoc\").reverse().toString();");
    Registry registry = load();
    assertEquals(List.of(), problems(registry));
    assertEquals("com.acme.Computed", resolve(registry, "computed").getClass().getName());
  }

  @Test
  void aNameHoldingAnEscapeSequenceIsReportedWithTheSequenceEscaped() throws IOException {
    activationWith("esc.jar", "com.acme.Esc", "return \"esc\";", "return \"\\033[2Jx\";");
    assertEquals(List.of(jar("esc.jar") + ": com.acme.Esc: invalid name '\\u001b[2Jx', expected "
        + "[a-z][a-z0-9_]*"), problems(load()));
  }

  @Test
  void aProviderOfAnotherMajorApiVersionIsRefusedWithoutRunningItsCode() throws IOException {
    String property = "nnlab.test.version.ran";
    System.clearProperty(property);
    TestPlugins.jar(jar("two.jar"))
        .source("com.acme.Two", TestPlugins.activation("com.acme.Two", "two", "\"3.0\"",
            "System.setProperty(\"" + property + "\", \"yes\");"))
        .service(ActivationProvider.class, "com.acme.Two").write();
    assertTrue(problems(load()).get(0).endsWith("built for nn-api 3.0, needs nn-api 3.x; this is "
        + "nn-api " + NnApi.VERSION));
    assertEquals(null, System.getProperty(property));
  }

  @Test
  void aProviderWithoutAPublicNoArgumentConstructorIsReported() throws IOException {
    TestPlugins.jar(jar("ctor.jar"))
        .source("com.acme.Ctor", TestPlugins.activation("com.acme.Ctor", "ctor", "NnApi.VERSION",
            "").replace("public Ctor() {", "public Ctor(int unused) {"))
        .service(ActivationProvider.class, "com.acme.Ctor").write();
    assertEquals(List.of(jar("ctor.jar") + ": com.acme.Ctor: has no public no-argument "
        + "constructor, which nnlab needs to create it"), problems(load()));
  }

  @Test
  void aPluginFindsTheLibraryJarItDependsOnInAnyPluginFolder(@TempDir Path libraries)
      throws IOException {
    Path library = libraryJar(libraries.resolve("curves.jar"));
    pluginUsing(library);
    Registry registry = RegistryLoader.load(List.of(plugins, libraries));
    assertEquals(List.of(), problems(registry));
    assertEquals(0.5, resolve(registry, "curved").create(null).apply(0.5), 0.0);
  }

  @Test
  void aPluginWhoseLibraryJarIsMissingSaysWhichClassItNeedsWhenUsed(@TempDir Path libraries)
      throws IOException {
    pluginUsing(libraryJar(libraries.resolve("curves.jar")));
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(load(), "curved"));
    assertTrue(e.getMessage().endsWith("could not be loaded: " + jar("curved.jar")
        + ": com.acme.Curved: needs class com.lib.Curves, which no plugin jar contains; put the "
        + "jars it depends on in the same folder"), e.getMessage());
  }

  private static Path libraryJar(Path file) throws IOException {
    return TestPlugins.jar(file).source("com.lib.Curves", """
        package com.lib;
        public final class Curves {
          public static double identity(double x) { return x; }
        }
        """).write();
  }

  private void pluginUsing(Path library) throws IOException {
    TestPlugins.jar(jar("curved.jar")).classpath(library)
        .source("com.acme.Curved", TestPlugins.activation("com.acme.Curved", "curved",
            "NnApi.VERSION", "com.lib.Curves.identity(1.0);")
            .replace("return Math.tanh(x);", "return com.lib.Curves.identity(x);"))
        .service(ActivationProvider.class, "com.acme.Curved").write();
  }

  @Test
  void aProviderBuiltForANewerJavaSaysWhichJavaItNeeds() throws IOException {
    TestPlugins.tanhJar(jar("future.jar"), "com.acme.Future", "future")
        .classFileVersion(69).write();
    int running = Runtime.version().feature();
    assertEquals(List.of(jar("future.jar") + ": com.acme.Future: built for Java 25 (class file "
        + "version 69), but nn runs on Java " + running + "; rebuild it with --release " + running
        + " or run nn on Java 25 or later"), problems(load()));
  }

  @Test
  void aProviderForAnotherMajorApiVersionIsRefusedSayingWhichVersionItNeeds() throws IOException {
    TestPlugins.jar(jar("next.jar"))
        .source("com.acme.Next", TestPlugins.activation("com.acme.Next", "next", "\"3.0\"", ""))
        .service(ActivationProvider.class, "com.acme.Next").write();
    Registry registry = load();
    String problem = jar("next.jar") + ": com.acme.Next: built for nn-api 3.0, needs nn-api 3.x; "
        + "this is nn-api " + NnApi.VERSION;
    assertEquals(List.of(problem), problems(registry));
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(registry, "next"));
    assertEquals("test.yaml:3:15: model.activation: activation 'next' could not be loaded: "
        + problem, e.getMessage());
  }

  @Test
  void aProviderForANewerMinorApiVersionIsRefused() throws IOException {
    String newer = NnApi.major() + "." + (NnApi.minor() + 1);
    TestPlugins.jar(jar("newer.jar"))
        .source("com.acme.Newer", TestPlugins.activation("com.acme.Newer", "newer",
            "\"" + newer + "\"", ""))
        .service(ActivationProvider.class, "com.acme.Newer").write();
    assertEquals(List.of(jar("newer.jar") + ": com.acme.Newer: built for nn-api " + newer
        + ", needs nn-api " + newer + " or a later 2.x; this is nn-api " + NnApi.VERSION),
        problems(load()));
  }

  @Test
  void aProviderForThisApiVersionIsAccepted() throws IOException {
    TestPlugins.jar(jar("same.jar"))
        .source("com.acme.Same", TestPlugins.activation("com.acme.Same", "same",
            "\"" + NnApi.VERSION + "\"", ""))
        .service(ActivationProvider.class, "com.acme.Same").write();
    Registry registry = load();
    assertEquals(List.of(), problems(registry));
    assertEquals("com.acme.Same", resolve(registry, "same").getClass().getName());
  }

  @Test
  void aProviderCallingAnApiMethodThisApiLacksIsReportedAsCompiledAgainstAnotherApi()
      throws IOException {
    TestPlugins.jar(jar("method.jar"))
        .source("org.nnlab.api.NnApi", """
            package org.nnlab.api;
            public final class NnApi {
              public static final String VERSION = "2.0";
              public static String codename() { return "next"; }
            }
            """)
        .source("com.acme.Method", TestPlugins.activation("com.acme.Method", "method",
            "NnApi.VERSION", "NnApi.codename();"))
        .service(ActivationProvider.class, "com.acme.Method").write();
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(load(), "method"));
    assertTrue(e.getMessage().endsWith(jar("method.jar") + ": com.acme.Method: compiled against "
        + "an incompatible nn-api (NoSuchMethodError: 'java.lang.String "
        + "org.nnlab.api.NnApi.codename()'); rebuild it against nn-api " + NnApi.VERSION), e.getMessage());
  }

  @Test
  void aProviderMissingAnApiMethodIsReportedAsCompiledAgainstAnotherApi() throws IOException {
    TestPlugins.jar(jar("old.jar"))
        .source("org.nnlab.api.Provider", """
            package org.nnlab.api;
            public interface Provider {
              String name();
              default String description() { return ""; }
            }
            """)
        .source("com.acme.Old", """
            package com.acme;
            import org.nnlab.api.*;
            public final class Old implements Activation, ActivationProvider {
              public String name() { return "old"; }
              public Activation create(PluginOptions options) { return this; }
              public double apply(double x) { return x; }
              public double derivative(double x, double y) { return 1; }
            }
            """)
        .service(ActivationProvider.class, "com.acme.Old").write();
    assertEquals(List.of(jar("old.jar") + ": com.acme.Old: compiled against an incompatible "
        + "nn-api (it does not implement apiVersion() of org.nnlab.api.Provider); rebuild it "
        + "against nn-api " + NnApi.VERSION), problems(load()));
  }

  @Test
  void aProviderNeedingAnApiTypeThisApiLacksIsReportedAsCompiledAgainstAnotherApi()
      throws IOException {
    TestPlugins.tanhJar(jar("type.jar"), "com.acme.First", "first")
        .source("org.nnlab.api.Smooth", """
            package org.nnlab.api;
            public interface Smooth {}
            """)
        .source("com.acme.Typed", """
            package com.acme;
            import org.nnlab.api.*;
            public final class Typed implements Activation, ActivationProvider, Smooth {
              public String name() { return "typed"; }
              public String apiVersion() { return NnApi.VERSION; }
              public Activation create(PluginOptions options) { return this; }
              public double apply(double x) { return x; }
              public double derivative(double x, double y) { return 1; }
            }
            """)
        .service(ActivationProvider.class, "com.acme.Typed").write();
    Registry registry = load();
    assertEquals(List.of(jar("type.jar") + ": com.acme.Typed: compiled against an incompatible "
        + "nn-api (it needs org.nnlab.api.Smooth, which this nnlab does not have); rebuild it "
        + "against nn-api " + NnApi.VERSION), problems(registry));
    assertTrue(registry.names(PluginKind.ACTIVATION).contains("first"));
  }

  @Test
  void aNameOfferedByTwoJarsIsReportedWithBothAndRefusedWhenUsed() throws IOException {
    TestPlugins.tanhJar(jar("a.jar"), "com.a.Swish", "swish").write();
    TestPlugins.tanhJar(jar("b.jar"), "com.b.Swish", "swish").write();
    Registry registry = load();
    assertEquals(List.of(jar("b.jar") + ": com.b.Swish: activation 'swish' is also provided by "
        + "com.a.Swish (" + jar("a.jar") + "); a configuration that uses 'swish' will be refused"),
        problems(registry));
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(registry, "swish"));
    assertEquals("test.yaml:3:15: model.activation: activation 'swish' is provided by more than "
        + "one plugin: com.a.Swish (" + jar("a.jar") + ") and com.b.Swish (" + jar("b.jar")
        + "); remove one of the jars from the plugin folders", e.getMessage());
  }

  @Test
  void aPluginNamedLikeABuiltInNeverReplacesIt() throws IOException {
    ActivationProvider builtIn = resolve(RegistryLoader.loadBuiltIns(), "relu");
    TestPlugins.tanhJar(jar("relu.jar"), "com.acme.Relu", "relu").write();
    Registry registry = load();
    List<String> problems = problems(registry);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).matches("\\Q" + jar("relu.jar") + ": com.acme.Relu: activation "
        + "'relu' is also provided by org.nnlab.activations.Relu (built in, \\E.+\\Q); a "
        + "configuration that uses 'relu' will be refused\\E"), problems.get(0));
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(registry, "relu"));
    assertTrue(e.getMessage().matches("\\Qtest.yaml:3:15: model.activation: activation 'relu' is "
        + "provided by more than one plugin: org.nnlab.activations.Relu (built in, \\E.+\\Q) and "
        + "com.acme.Relu (" + jar("relu.jar") + "); a plugin cannot replace a built-in: rename the "
        + "plugin or remove its jar\\E"), e.getMessage());
    assertSame(builtIn.getClass(), registry.providers().stream()
        .filter(p -> p.name().equals("relu") && p.builtIn()).findFirst().orElseThrow()
        .provider().getClass());
  }

  @Test
  void aJarThatBundlesTheBuiltInsDoesNotDuplicateThem() throws IOException {
    TestPlugins.tanhJar(jar("fat.jar"), "com.acme.PluginTanh", "tanh_plugin")
        .service(ActivationProvider.class, "org.nnlab.activations.Sigmoid").write();
    Registry registry = load();
    assertEquals(List.of(), problems(registry));
    assertEquals(1, registry.providers().stream().filter(p -> p.name().equals("sigmoid")).count());
  }

  @Test
  void everyBrokenJarIsReportedOnceAndEverythingElseStillLoads() throws IOException {
    Files.writeString(jar("a-garbage.jar"), "garbage");
    TestPlugins.tanhJar(jar("b-future.jar"), "com.acme.Future", "future")
        .classFileVersion(69).write();
    TestPlugins.jar(jar("c-next.jar"))
        .source("com.acme.Next", TestPlugins.activation("com.acme.Next", "next", "\"3.0\"", ""))
        .service(ActivationProvider.class, "com.acme.Next").write();
    TestPlugins.jar(jar("d-boom.jar"))
        .source("com.acme.Boom", TestPlugins.activation("com.acme.Boom", "boom", "NnApi.VERSION",
            "if (true) throw new IllegalStateException(\"boom\");"))
        .service(ActivationProvider.class, "com.acme.Boom")
        .service(OptimizerProvider.class, "com.acme.Boom").write();
    TestPlugins.tanhJar(jar("e-good.jar"), "com.acme.Good", "good").write();
    Registry registry = load();
    List<String> problems = problems(registry);
    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith(jar("a-garbage.jar") + ": not a jar file"));
    assertTrue(problems.get(1).startsWith(jar("b-future.jar") + ": com.acme.Future: built for "
        + "Java 25"));
    assertTrue(problems.get(2).startsWith(jar("c-next.jar") + ": com.acme.Next: built for nn-api "
        + "3.0"));
    assertTrue(problems.get(3).startsWith(jar("d-boom.jar") + ": com.acme.Boom: listed in "
        + "META-INF/services/org.nnlab.api.OptimizerProvider"));
    assertEquals(with(BUILT_IN_ACTIVATIONS, "boom", "good"),
        List.copyOf(registry.names(PluginKind.ACTIVATION)));
    assertEquals(List.copyOf(RegistryLoader.loadBuiltIns().names(PluginKind.OPTIMIZER)),
        List.copyOf(registry.names(PluginKind.OPTIMIZER)));
  }

  @Test
  void aFolderWithoutJarsIsReported() {
    assertEquals(List.of(plugins + ": no .jar files in this plugin folder; expected the folder "
        + "that holds the plugin jar, such as a Maven project's target"), problems(load()));
  }

  @Test
  void anUnknownNameUnlikeAnyKnownOneMentionsThePluginFolderWhenNoneWasGiven() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> resolve(RegistryLoader.loadBuiltIns(), "swish"));
    assertEquals("test.yaml:3:15: model.activation: unknown activation 'swish'; known "
        + "activations: " + String.join(", ", BUILT_IN_ACTIVATIONS) + "; no plugin folder was given (--plugins DIR)",
        e.getMessage());
  }

  @Test
  void anUnknownNameCloseToAKnownOneOnlySuggestsIt() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> resolve(RegistryLoader.loadBuiltIns(), "sigmod"));
    assertEquals("test.yaml:3:15: model.activation: unknown activation 'sigmod'; did you mean "
        + "'sigmoid'? known activations: " + String.join(", ", BUILT_IN_ACTIVATIONS), e.getMessage());
  }

  @Test
  void anUnknownNameWithPluginFoldersGivenHasNoHint() throws IOException {
    TestPlugins.tanhJar(jar("tanh.jar"), "com.acme.PluginTanh", "tanh_plugin").write();
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(load(), "swish"));
    assertTrue(e.getMessage().endsWith("known activations: "
        + String.join(", ", with(BUILT_IN_ACTIVATIONS, "tanh_plugin"))), e.getMessage());
  }
}
