package org.nnlab.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.core.init.InitScheme;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;

/**
 * The reference tables of {@code docs/config.md} list exactly the built-ins that nnlab has, so
 * that adding a plugin without its row, or a row without its plugin, fails here.
 */
class ConfigReferenceTest {
  private static final Path CONFIG_MD = Path.of("..", "docs", "config.md");
  private static final Registry BUILT_INS = RegistryLoader.loadBuiltIns();

  record Table(String heading, Set<String> names) {
    @Override
    public String toString() {
      return heading;
    }
  }

  static List<Table> tables() {
    return List.of(
        new Table("### Activations", BUILT_INS.names(PluginKind.ACTIVATION)),
        new Table("### Init schemes", Set.copyOf(InitScheme.configNames())),
        new Table("## `loss`", BUILT_INS.names(PluginKind.LOSS)),
        new Table("## `optimizer`", BUILT_INS.names(PluginKind.OPTIMIZER)));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void theSectionsTableHasOneRowForEveryBuiltIn(Table table) throws IOException {
    assertEquals(new TreeSet<>(table.names()), rowNames(section(table.heading())));
  }

  static List<Table> tablesWithAnOptionsColumn() {
    return List.of(tables().get(0), tables().get(3));
  }

  @ParameterizedTest
  @MethodSource("tablesWithAnOptionsColumn")
  void eachRowsOptionsAreTheOptionsThePluginReads(Table table) throws IOException {
    PluginKind<?> kind = table.heading().contains("optimizer") ? PluginKind.OPTIMIZER
        : PluginKind.ACTIVATION;
    for (ProviderInfo provider : BUILT_INS.providers()) {
      if (provider.kind() != kind) {
        continue;
      }
      Set<String> read = new TreeSet<>();
      provider.options().options().forEach(option -> read.add(option.key()));
      assertEquals(read, documentedOptions(section(table.heading()), provider.name()),
          "the options of '" + provider.name() + "' in " + table.heading());
    }
  }

  // The names in backticks in the second cell of the plugin's row.
  private static Set<String> documentedOptions(String section, String name) {
    Matcher row = Pattern.compile("(?m)^\\| `" + name + "` \\| ([^|]*)\\|").matcher(section);
    Set<String> options = new TreeSet<>();
    if (row.find()) {
      Matcher option = Pattern.compile("`([a-z0-9_]+)`").matcher(row.group(1));
      while (option.find()) {
        options.add(option.group(1));
      }
    }
    options.removeAll(Set.of("none", "tanh"));
    return options;
  }

  private static String section(String heading) throws IOException {
    String text = Files.readString(CONFIG_MD);
    int start = text.indexOf("\n" + heading + "\n");
    int end = text.indexOf("\n#", start + heading.length() + 2);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  // The first cell of each row of the section's first table, when it is one name in backticks.
  private static Set<String> rowNames(String section) {
    Set<String> names = new TreeSet<>();
    int start = section.indexOf("\n|");
    int end = section.indexOf("\n\n", start);
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|")
        .matcher(section.substring(start, end < 0 ? section.length() : end));
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }
}
