package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarTest {
  private static final String LIBRARY = """
      package com.lib;
      public final class Curves {}
      """;

  @TempDir Path folder;

  private List<String> problems(TestPlugins jar) throws IOException {
    Path file = jar.write();
    List<PluginProblem> problems = new ArrayList<>();
    PluginJar.read(file, problems);
    return problems.stream().map(PluginProblem::toString).toList();
  }

  @Test
  void anEmptyJarIsReported() throws IOException {
    Path file = folder.resolve("empty.jar");
    assertEquals(List.of(file + ": is empty: it holds no classes and lists no plugins"),
        problems(TestPlugins.jar(file)));
  }

  @Test
  void aJarHoldingOnlyOtherJarsSaysToUnpackThem() throws IOException {
    Path file = folder.resolve("bundle.jar");
    assertEquals(List.of(file + ": holds other jars (lib/swish.jar and 1 more) but no classes; nn "
        + "does not look inside them: put those jars in the plugin folder itself"),
        problems(TestPlugins.jar(file).entry("lib/swish.jar", new byte[] {1})
            .entry("lib/other.jar", new byte[] {2})));
  }

  @Test
  void aZipWithoutAManifestThatListsNoPluginIsReported() throws IOException {
    Path file = folder.resolve("classes.jar");
    assertEquals(List.of(file + ": has no manifest and lists no plugins (no "
        + "META-INF/services/org.nnlab.api.*Provider): is it really a jar?"),
        problems(TestPlugins.jar(file).source("com.lib.Curves", LIBRARY).withoutManifest()));
  }

  @Test
  void aLibraryJarWithAManifestIsFine() throws IOException {
    assertEquals(List.of(), problems(TestPlugins.jar(folder.resolve("curves.jar"))
        .source("com.lib.Curves", LIBRARY)));
  }

  @Test
  void aListingForAnInterfaceNnlabDoesNotHaveSuggestsTheClosestKind() throws IOException {
    Path file = TestPlugins.tanhJar(folder.resolve("typo.jar"), "com.acme.T", "t")
        .listing("org.nnlab.api.ActivatonProvider", "com.acme.T\n").write();
    List<PluginProblem> problems = new ArrayList<>();
    PluginJar.read(file, problems);
    assertEquals(List.of(file + ": lists providers in "
        + "META-INF/services/org.nnlab.api.ActivatonProvider, but org.nnlab.api.ActivatonProvider "
        + "is no kind of nnlab plugin; did you mean org.nnlab.api.ActivationProvider?"),
        problems.stream().map(PluginProblem::toString).toList());
  }

  @Test
  void listingsOfOtherLibrariesAreNotNnlabsConcern() throws IOException {
    assertEquals(List.of(), problems(TestPlugins.tanhJar(folder.resolve("other.jar"),
        "com.acme.T", "t").listing("javax.annotation.processing.Processor", "com.acme.P\n")));
  }

  @Test
  void theListedClassNamesAreReadInFileOrder() throws IOException {
    Path file = TestPlugins.jar(folder.resolve("two.jar")).listing(
        "org.nnlab.api.LossProvider", "# losses\ncom.acme.B  # the second\n\ncom.acme.A\n")
        .write();
    PluginJar jar = PluginJar.read(file, new ArrayList<>());
    assertEquals(List.of("com.acme.B", "com.acme.A"), jar.providers(PluginKind.LOSS));
  }
}
