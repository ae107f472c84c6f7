package org.nnlab.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of one Markdown page that the docs test runs, in the order written:
 *
 * <ul>
 *   <li>a {@code console} block: lines starting {@code $ } are commands, each followed by what it
 *       prints (standard output and error as a terminal interleaves them). A line that is only
 *       {@code ...} stands for any number of lines.
 *   <li>a fenced block right after {@code <!-- file: PATH -->}: written to PATH before the
 *       commands that follow it run.
 *   <li>a fenced block right after {@code <!-- expect-file: PATH -->}: what PATH holds after the
 *       commands before it ran, with the same {@code ...} rule.
 * </ul>
 *
 * @param lines the page, one entry per line
 * @param blocks the examples found
 */
record DocBlocks(List<String> lines, List<Block> blocks) {
  private static final Pattern MARKER = Pattern.compile("<!-- (file|expect-file): (\\S+) -->");

  /** What a block is for. */
  enum Kind {
    CONSOLE,
    FILE,
    EXPECT_FILE
  }

  /**
   * One fenced block.
   *
   * @param kind what it is for
   * @param path the file of a file or expect-file block, else null
   * @param first the index of its first content line in the page
   * @param end the index of its closing fence
   */
  record Block(Kind kind, String path, int first, int end) {
    List<String> content(List<String> lines) {
      return lines.subList(first, end);
    }
  }

  static DocBlocks parse(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line.strip());
      if (marker.matches() && i + 1 < lines.size() && lines.get(i + 1).startsWith("```")) {
        Kind kind = marker.group(1).equals("file") ? Kind.FILE : Kind.EXPECT_FILE;
        int end = closingFence(lines, i + 2);
        blocks.add(new Block(kind, marker.group(2), i + 2, end));
        i = end;
      } else if (line.strip().equals("```console")) {
        int end = closingFence(lines, i + 1);
        blocks.add(new Block(Kind.CONSOLE, null, i + 1, end));
        i = end;
      }
    }
    return new DocBlocks(List.copyOf(lines), List.copyOf(blocks));
  }

  private static int closingFence(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```")) {
        return i;
      }
    }
    throw new IllegalArgumentException("no closing fence after line " + from);
  }

  /**
   * A command of a console block and what it should print.
   *
   * @param command the line after {@code $ }
   * @param first the index of its first output line in the page
   * @param expected the output lines as written
   */
  record Command(String command, int first, List<String> expected) {}

  /** The commands of a console block, each with the lines up to the next command. */
  List<Command> commands(Block block) {
    List<Command> commands = new ArrayList<>();
    int start = -1;
    for (int i = block.first(); i <= block.end(); i++) {
      boolean next = i == block.end() || lines.get(i).startsWith("$ ");
      if (next && start >= 0) {
        commands.add(new Command(lines.get(start).substring(2), start + 1,
            lines.subList(start + 1, i)));
      }
      if (next) {
        start = i;
      }
    }
    return commands;
  }

  /** Tells whether a line stands for any number of lines. */
  static boolean isEllipsis(String line) {
    return line.strip().equals("...");
  }

  /** Whether {@code actual} is {@code expected}, each {@code ...} line standing for any lines. */
  static boolean matches(List<String> expected, List<String> actual) {
    if (expected.isEmpty()) {
      return actual.isEmpty();
    }
    if (isEllipsis(expected.get(0))) {
      for (int skip = 0; skip <= actual.size(); skip++) {
        if (matches(expected.subList(1, expected.size()), actual.subList(skip, actual.size()))) {
          return true;
        }
      }
      return false;
    }
    return !actual.isEmpty() && expected.get(0).equals(actual.get(0))
        && matches(expected.subList(1, expected.size()), actual.subList(1, actual.size()));
  }

  /**
   * What to write instead of {@code expected} so that it shows {@code actual}: all of it, or,
   * where the example elides lines, as many first and last lines as it showed before.
   */
  static List<String> regenerated(List<String> expected, List<String> actual) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < expected.size(); i++) {
      if (isEllipsis(expected.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    int head = first;
    int tail = expected.size() - last - 1;
    if (first < 0 || head + tail >= actual.size()) {
      return actual;
    }
    List<String> shown = new ArrayList<>(actual.subList(0, head));
    shown.add(expected.get(first));
    shown.addAll(actual.subList(actual.size() - tail, actual.size()));
    return shown;
  }
}
