package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.OptionDescription;

class OptionProbeTest {
  private static final Registry BUILT_INS = RegistryLoader.loadBuiltIns();

  private static final String CREATE =
      "public Activation create(PluginOptions options) { return this; }";

  @TempDir Path plugins;

  private static ProviderInfo provider(Registry registry, PluginKind<?> kind, String name) {
    return registry.providers().stream().filter(p -> p.kind() == kind && p.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(registry.problems()));
  }

  private ProviderInfo plugin(String from, String to) throws IOException {
    TestPlugins.jar(plugins.resolve("odd.jar"))
        .source("com.acme.Odd", TestPlugins.changedActivation("com.acme.Odd", "odd", from, to))
        .service(ActivationProvider.class, "com.acme.Odd").write();
    return provider(RegistryLoader.load(List.of(plugins)), PluginKind.ACTIVATION, "odd");
  }

  @Test
  void sgdReadsItsOptionsWithTheirDefaults() {
    assertEquals(List.of("learning_rate NUMBER Optional[0.01]", "momentum NUMBER Optional[0.0]",
        "nesterov FLAG Optional[false]", "weight_decay NUMBER Optional[0.0]"),
        provider(BUILT_INS, PluginKind.OPTIMIZER, "sgd").options().options().stream()
            .map(o -> o.key() + " " + o.kind() + " " + o.defaultValue()).toList());
  }

  @Test
  void sgdDescribesTheRangeOfEachOption() {
    assertEquals(List.of("learning_rate in (0, Infinity]", "momentum in [0, 1)",
        "nesterov in [-Infinity, Infinity]", "weight_decay in [0, Infinity]"),
        provider(BUILT_INS, PluginKind.OPTIMIZER, "sgd").options().options().stream()
            .map(o -> o.description().map(OptionDescription::toString).orElse(""))
            .map(d -> d.substring(0, d.indexOf(':'))).toList());
  }

  @Test
  void denseIsAskedAgainWithEveryOptionWrittenWhenItNeedsUnitsOrWeights() {
    List<PluginOption> options = provider(BUILT_INS, PluginKind.LAYER, "dense").options()
        .options();
    assertEquals(List.of("weights MATRIX false", "biases VECTOR false", "units INTEGER false"),
        options.stream().map(o -> o.key() + " " + o.kind() + " " + o.required()).toList());
  }

  @Test
  void anActivationWithoutOptionsReadsNone() {
    assertEquals(new ProbedOptions(List.of(), Optional.empty()),
        provider(BUILT_INS, PluginKind.ACTIVATION, "relu").options());
  }

  @Test
  void anOptionReadWithARequiredGetterWhileNothingIsWrittenIsRequired() throws IOException {
    TestPlugins.jar(plugins.resolve("layer.jar"))
        .source("com.acme.Wide", TestPlugins.layer("com.acme.Wide", "wide", ""))
        .service(LayerProvider.class, "com.acme.Wide").write();
    ProviderInfo wide = provider(RegistryLoader.load(List.of(plugins)), PluginKind.LAYER, "wide");
    assertEquals(List.of(new PluginOption("units", OptionKind.INTEGER, Optional.empty(), true,
        Optional.empty())), wide.options().options());
  }

  @Test
  void aTextOptionKeepsItsDefaultAndAFlagItsOwn() throws IOException {
    ProviderInfo odd = plugin(CREATE, "public Activation create(PluginOptions options) { "
        + "options.text(\"mode\", \"fast\"); options.flag(\"exact\", true); return this; }");
    assertEquals(List.of("mode TEXT Optional[fast]", "exact FLAG Optional[true]"),
        odd.options().options().stream().map(o -> o.key() + " " + o.kind() + " "
            + o.defaultValue()).toList());
  }

  @Test
  void aNonFiniteDefaultIsNoDefault() throws IOException {
    ProviderInfo odd = plugin(CREATE, "public Activation create(PluginOptions options) { "
        + "options.number(\"cap\", Double.NaN); return this; }");
    assertEquals(Optional.empty(), odd.options().options().get(0).defaultValue());
  }

  @Test
  void aCreateThatRefusesItsOwnDefaultsEitherWaySaysWhatItThrew() throws IOException {
    ProviderInfo odd = plugin(CREATE, "public Activation create(PluginOptions options) { "
        + "throw new InvalidOptionException(\"x\", \"something\", null); }");
    assertEquals(Optional.of("describeOptions() or create() threw "
        + "org.nnlab.api.InvalidOptionException: x: expected something, found nothing"),
        odd.options().failure());
  }

  @Test
  void aCreateThatNeverReturnsIsGivenUpOn() throws IOException {
    ProviderInfo odd = plugin(CREATE, "public Activation create(PluginOptions options) { "
        + "while (true) { } }");
    assertEquals(Optional.of("describeOptions() or create() did not answer within 2 s; nn gave "
        + "up on it"), odd.options().failure());
  }

  @Test
  void aProviderThatCannotBeCreatedSaysWhy() throws IOException {
    ProviderInfo odd = plugin("public Odd() {", "public Odd() { if (true) throw new "
        + "AssertionError(\"not today\");");
    assertEquals(Optional.of("its constructor threw java.lang.AssertionError: not today"),
        odd.options().failure());
  }
}
