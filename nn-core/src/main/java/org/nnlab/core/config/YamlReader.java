package org.nnlab.core.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Parses YAML into a {@link YamlNode} tree that remembers the line and column of every key and
 * value, so that every later error can point at the text that caused it.
 *
 * <p>Refuses what would make a configuration ambiguous or dangerous: duplicate keys, several
 * documents in one file, files over {@value #MAX_FILE_BYTES} bytes, nesting deeper than
 * {@value #MAX_DEPTH} levels, and anchors and aliases that expand to more than {@value #MAX_NODES}
 * nodes (the "billion laughs" attack). Aliases are otherwise supported, including the {@code <<}
 * merge key; each alias becomes a copy, so the tree can be edited without surprises.
 *
 * <p>A mapping tagged {@value SidecarFormat#TAG} in a file refers to numbers in a saved model's
 * sidecar file (see {@link SidecarFormat}) and is read as a {@link YamlArray}, one node however
 * many numbers it holds.
 *
 * <p>Reads snakeyaml's events directly rather than through Jackson, whose YAML parser drops the
 * anchors of scalars.
 */
public final class YamlReader {
  /** The largest configuration file accepted. Large data belongs in a CSV file. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** The most nodes a document may have once every alias is expanded. */
  public static final long MAX_NODES = 2_000_000;

  /** The deepest nesting of lists and mappings accepted. */
  public static final int MAX_DEPTH = 64;

  private final LoaderOptions options = new LoaderOptions();

  /** Creates a reader. */
  public YamlReader() {
    options.setCodePointLimit(MAX_FILE_BYTES);
  }

  /**
   * Reads a YAML file.
   *
   * @param file the file
   * @return the root node
   * @throws ConfigException when the file is missing, not a regular readable file, empty (or
   *     only comments), too large or not valid YAML
   */
  public YamlNode read(Path file) {
    String name = file.toString();
    InputFiles.checkNamedFile(file, "a YAML file");
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new ConfigException(
            Location.ofFile(name),
            "",
            "file is " + size + " bytes, more than the " + MAX_FILE_BYTES
                + " accepted; put large data in a CSV file and refer to it with data.csv");
      }
      YamlNode root = parse(Files.readString(file), name, new Sidecars(file));
      if (root instanceof YamlScalar scalar && scalar.isNull()) {
        throw new ConfigException(Location.ofFile(name), "", "file is empty");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new ConfigException(Location.ofFile(name), "", "file not found");
    } catch (CharacterCodingException e) {
      throw new ConfigException(Location.ofFile(name), "", "is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(
          Location.ofFile(name), "", "cannot be read: " + InputFiles.reason(e));
    }
  }

  /**
   * Parses YAML text.
   *
   * @param text the document
   * @param source the file name used in locations and messages
   * @return the root node; a null scalar when the text holds nothing but comments
   * @throws ConfigException when the text is not valid YAML
   */
  public YamlNode parse(String text, String source) {
    return parse(text, source, new Sidecars(null));
  }

  private YamlNode parse(String text, String source, Sidecars sidecars) {
    ParserImpl parser = new ParserImpl(new YamlTextReader(text, source), options);
    return new YamlBuilder(parser, source, sidecars).document();
  }
}
