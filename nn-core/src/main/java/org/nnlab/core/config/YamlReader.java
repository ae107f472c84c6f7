package org.nnlab.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML into a {@link YamlNode} tree that remembers the line and column of every key and
 * value, so that every later error can point at the text that caused it.
 *
 * <p>Refuses what would make a configuration ambiguous or dangerous: duplicate keys, several
 * documents in one file, files over {@value #MAX_FILE_BYTES} bytes, and anchors and aliases that
 * expand to more than {@value #MAX_NODES} nodes (the "billion laughs" attack). Aliases are
 * otherwise supported, including the {@code <<} merge key.
 */
public final class YamlReader {
  /** The largest configuration file accepted. Large data belongs in a CSV file. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** The most nodes a document may have once every alias is expanded. */
  public static final long MAX_NODES = 2_000_000;

  private static final String MERGE_KEY = "<<";

  private final YAMLFactory factory;

  /** Creates a reader. */
  public YamlReader() {
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setCodePointLimit(MAX_FILE_BYTES);
    loaderOptions.setNestingDepthLimit(64);
    this.factory = YAMLFactory.builder().loaderOptions(loaderOptions).build();
  }

  /**
   * Reads a YAML file.
   *
   * @param file the file
   * @return the root node
   * @throws ConfigException when the file is missing, empty, too large or not valid YAML
   */
  public YamlNode read(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new ConfigException(Location.ofFile(name), "", "is a directory, expected a YAML file");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new ConfigException(
            Location.ofFile(name),
            "",
            "file is " + size + " bytes, more than the " + MAX_FILE_BYTES
                + " accepted; put large data in a CSV file and refer to it with data.csv");
      }
      return parse(Files.readString(file), name);
    } catch (NoSuchFileException e) {
      throw new ConfigException(Location.ofFile(name), "", "file not found");
    } catch (CharacterCodingException e) {
      throw new ConfigException(Location.ofFile(name), "", "is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(Location.ofFile(name), "", "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Parses YAML text.
   *
   * @param text the document
   * @param source the file name used in locations and messages
   * @return the root node
   * @throws ConfigException when the text is empty or not valid YAML
   */
  public YamlNode parse(String text, String source) {
    try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
      Builder builder = new Builder(parser, source);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ConfigException(Location.ofFile(source), "", "file is empty");
      }
      YamlNode root = builder.node(first);
      if (parser.nextToken() != null) {
        throw new ConfigException(
            builder.location(), "", "more than one YAML document; expected exactly one");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new ConfigException(
          Location.ofFile(source), "", "document exceeds a size limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw syntaxError(e, source);
    } catch (IOException e) {
      throw new ConfigException(Location.ofFile(source), "", "cannot be read: " + e.getMessage());
    }
  }

  private static ConfigException syntaxError(JsonProcessingException e, String source) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Location where =
            new Location(
                source,
                marked.getProblemMark().getLine() + 1,
                marked.getProblemMark().getColumn() + 1);
        String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
        return new ConfigException(
            where, "", "YAML syntax error: " + oneLine(marked.getProblem()) + context);
      }
    }
    JsonLocation at = e.getLocation();
    Location where =
        at == null ? Location.ofFile(source) : new Location(source, at.getLineNr(), at.getColumnNr());
    return new ConfigException(where, "", "YAML syntax error: " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable YAML" : text.replaceAll("\\s+", " ").trim();
  }

  /** Builds the tree from parser events, tracking anchors and the expanded size. */
  private static final class Builder {
    private final YAMLParser parser;
    private final String source;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Long> expandedSizes = new IdentityHashMap<>();

    Builder(YAMLParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    Location location() {
      JsonLocation at = parser.currentTokenLocation();
      return new Location(source, at.getLineNr(), at.getColumnNr());
    }

    YamlNode node(JsonToken token) throws IOException {
      String anchor = parser.getObjectId();
      Location where = location();
      YamlNode node;
      long size;
      if (token == JsonToken.VALUE_STRING && parser.isCurrentAlias()) {
        node = anchors.get(parser.getText());
        if (node == null) {
          throw new ConfigException(where, "", "unknown YAML alias *" + parser.getText());
        }
        size = expandedSizes.getOrDefault(node, 1L);
      } else if (token == JsonToken.START_OBJECT) {
        YamlMap map = map(where);
        node = map;
        size = expandedSizes.get(map);
      } else if (token == JsonToken.START_ARRAY) {
        List<YamlNode> items = new ArrayList<>();
        size = 1;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          YamlNode item = node(t);
          items.add(item);
          size = saturatedAdd(size, expandedSizes.getOrDefault(item, 1L));
        }
        node = new YamlList(items, where);
      } else {
        node = scalar(token, where);
        size = 1;
      }
      count(size, where);
      expandedSizes.put(node, size);
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private YamlMap map(Location where) throws IOException {
      YamlMap map = new YamlMap(where);
      long size = 1;
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
        String key = parser.currentName();
        Location keyLocation = location();
        YamlNode value = node(parser.nextToken());
        size = saturatedAdd(size, expandedSizes.getOrDefault(value, 1L));
        if (MERGE_KEY.equals(key)) {
          merge(map, value, keyLocation);
          continue;
        }
        if (map.has(key)) {
          throw new ConfigException(
              keyLocation,
              "",
              "duplicate key '" + key + "' (first written at line "
                  + map.keyLocation(key).line() + ")");
        }
        map.put(key, keyLocation, value);
      }
      expandedSizes.put(map, size);
      return map;
    }

    private void merge(YamlMap target, YamlNode value, Location where) {
      if (!(value instanceof YamlMap source)) {
        throw new ConfigException(where, "<<", "expected a mapping to merge, found "
            + value.describe());
      }
      source.entries().forEach((key, node) -> {
        if (!target.has(key)) {
          target.put(key, source.keyLocation(key), node);
        }
      });
    }

    private YamlScalar scalar(JsonToken token, Location where) throws IOException {
      String text = parser.getText();
      Object value =
          switch (token) {
            case VALUE_NUMBER_INT -> integer(parser.getNumberValue());
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> text;
          };
      return new YamlScalar(value, text, where);
    }

    private static Object integer(Number number) {
      return number instanceof java.math.BigInteger big ? big : (Object) number.longValue();
    }

    // The root's expanded size bounds every other, so checking each subtree catches bombs early.
    private void count(long size, Location where) {
      if (size > MAX_NODES) {
        throw new ConfigException(
            where,
            "",
            "YAML expands to more than " + MAX_NODES
                + " nodes (too large, or aliases that multiply); refusing to read it");
      }
    }

    private static long saturatedAdd(long a, long b) {
      long sum = a + b;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }
  }
}
