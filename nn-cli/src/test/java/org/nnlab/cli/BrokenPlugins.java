package org.nnlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.nnlab.api.ActivationProvider;
import org.nnlab.core.registry.TestPlugins;

/**
 * Builds plugin jars whose providers are broken in every way a provider method can be: each
 * class is a tanh activation with one method replaced.
 */
final class BrokenPlugins {
  private BrokenPlugins() {}

  /**
   * Writes {@code broken.jar}: {@code name()} throws an {@link AssertionError},
   * {@code apiVersion()} overflows the stack, {@code name()} never returns, {@code description()}
   * throws an {@link AssertionError}, {@code create()} overflows the stack, and the constructor
   * throws an {@link AssertionError}. The last three have constant names, so they load.
   */
  static Path everyMethodThrows(Path folder) throws IOException {
    TestPlugins jar = TestPlugins.jar(folder.resolve("broken.jar"));
    add(jar, "NameError", "return \"nameerror\";", "throw new AssertionError(\"no name\");");
    add(jar, "VersionError", "return NnApi.VERSION;", "return apiVersion();");
    add(jar, "Spins", "return \"spins\";", "while (true) { }");
    add(jar, "DescriptionError", "return \"tanh(x), as a plugin\";",
        "throw new AssertionError(\"no words\");");
    add(jar, "CreateError", "public Activation create(PluginOptions options) { return this; }",
        "public Activation create(PluginOptions options) { return create(options); }");
    add(jar, "ConstructorError", "public ConstructorError() {",
        "public ConstructorError() { if (true) throw new AssertionError(\"not today\");");
    return jar.write();
  }

  /** Writes {@code exits.jar}: activation {@code exits}, whose static initializer exits. */
  static Path exitsWhenLoaded(Path folder) throws IOException {
    TestPlugins jar = TestPlugins.jar(folder.resolve("exits.jar"));
    add(jar, "Exits", "public Exits() {", "static { System.exit(0); }\n  public Exits() {");
    return jar.write();
  }

  /**
   * Writes {@code quits.jar}: activation {@code quits}, which exits in the first batch (its
   * {@code applyAll}, which only training calls).
   */
  static Path exitsWhileTraining(Path folder) throws IOException {
    TestPlugins jar = TestPlugins.jar(folder.resolve("quits.jar"));
    add(jar, "Quits", "@Override public Activation create", "@Override public void applyAll("
        + "double[] x, double[] y, int count) { System.exit(0); }\n"
        + "  @Override public Activation create");
    return jar.write();
  }

  private static void add(TestPlugins jar, String simpleName, String from, String to) {
    String className = "com.acme." + simpleName;
    jar.source(className, TestPlugins.changedActivation(className,
        simpleName.toLowerCase(Locale.ROOT), from, to))
        .service(ActivationProvider.class, className);
  }
}
