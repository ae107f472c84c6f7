package org.nnlab.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.cli.Main;
import picocli.CommandLine;

/**
 * Runs every documented command of {@code docs/*.md} and checks that nn prints what the page
 * shows, so that the docs cannot drift from the code. How pages mark their examples is described
 * in {@link DocBlocks}; how paths are translated, in {@link DocsWorkspace}.
 *
 * <p>To rewrite the pages with what nn prints now (for example after changing a message), run
 * <pre>
 * mvn -B -q verify -pl nn-cli -am -Dtest=DocumentedCommandsTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnnlab.docs.regenerate=true
 * </pre>
 * and review the diff: an elided example keeps as many first and last lines as it showed.
 */
class DocumentedCommandsTest {
  private static final boolean REGENERATE = Boolean.getBoolean("nnlab.docs.regenerate");

  @TempDir Path temporary;

  static Stream<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(DocsWorkspace.ROOT.resolve("docs"))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyDocumentedCommandPrintsWhatThePageShows(String page) throws IOException {
    Path file = DocsWorkspace.ROOT.resolve("docs").resolve(page);
    DocBlocks doc = DocBlocks.parse(Files.readAllLines(file));
    DocsWorkspace workspace = DocsWorkspace.in(temporary);
    List<String> rewritten = new ArrayList<>(doc.lines());
    List<String> wrong = new ArrayList<>();
    List<Replacement> replacements = new ArrayList<>();
    for (DocBlocks.Block block : doc.blocks()) {
      switch (block.kind()) {
        case FILE -> write(workspace.real(block.path()), block.content(doc.lines()));
        case EXPECT_FILE -> check(block.first(), block.content(doc.lines()),
            workspace.documented(Files.readString(Path.of(workspace.real(block.path())))),
            "the file " + block.path(), wrong, replacements);
        case CONSOLE -> {
          for (DocBlocks.Command command : doc.commands(block)) {
            check(command.first(), command.expected(),
                workspace.documented(run(workspace.arguments(command.command()))),
                "$ " + command.command(), wrong, replacements);
          }
        }
      }
    }
    if (REGENERATE) {
      // Later blocks first, so that rewriting one does not move those still to be rewritten.
      for (int i = replacements.size() - 1; i >= 0; i--) {
        Replacement r = replacements.get(i);
        List<String> region = rewritten.subList(r.first(), r.first() + r.length());
        region.clear();
        region.addAll(r.lines());
      }
      Files.write(file, rewritten);
      return;
    }
    assertEquals(List.of(), wrong, "docs/" + page + " shows output nn no longer prints; "
        + "regenerate it as the Javadoc of " + getClass().getSimpleName() + " says");
  }

  @ParameterizedTest
  @MethodSource("checkedPages")
  void thePagesUsersStartWithHaveCheckedExamples(String page) throws IOException {
    DocBlocks doc = DocBlocks.parse(Files.readAllLines(DocsWorkspace.ROOT.resolve(page)));
    assertTrue(doc.blocks().stream().anyMatch(b -> b.kind() == DocBlocks.Kind.CONSOLE), page);
  }

  static Stream<String> checkedPages() {
    return Stream.of("docs/config.md", "docs/plugins.md", "docs/report.md");
  }

  private record Replacement(int first, int length, List<String> lines) {}

  private static void check(int first, List<String> expected, List<String> actual, String what,
      List<String> wrong, List<Replacement> replacements) {
    if (!DocBlocks.matches(expected, actual)) {
      wrong.add(what + "\n--- the page shows:\n" + String.join("\n", expected)
          + "\n--- nn prints:\n" + String.join("\n", actual));
      replacements.add(new Replacement(first, expected.size(),
          DocBlocks.regenerated(expected, actual)));
    }
  }

  private static void write(String path, List<String> content) throws IOException {
    Path file = Path.of(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  /** Runs nn in-process, both streams into one, as a terminal shows them. */
  private static String run(List<String> arguments) {
    CommandLine commandLine = Main.commandLine();
    StringWriter terminal = new StringWriter();
    PrintWriter writer = new PrintWriter(terminal, true);
    commandLine.setOut(writer);
    commandLine.setErr(writer);
    commandLine.execute(arguments.toArray(String[]::new));
    writer.flush();
    return terminal.toString();
  }
}
