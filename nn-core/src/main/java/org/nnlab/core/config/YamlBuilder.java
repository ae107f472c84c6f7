package org.nnlab.core.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnlab.api.internal.Excerpt;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Builds a {@link YamlNode} tree from snakeyaml's parser events, tracking anchors, the nesting
 * depth and the size the tree has once every alias is expanded; see {@link YamlReader} for what
 * it refuses.
 */
final class YamlBuilder {
  private static final String MERGE_KEY = "<<";

  private final ParserImpl parser;
  private final String source;
  private final Sidecars sidecars;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private final Map<String, Long> anchorSizes = new HashMap<>();
  private final Set<String> unfinished = new HashSet<>();
  private long nodes;

  YamlBuilder(ParserImpl parser, String source, Sidecars sidecars) {
    this.parser = parser;
    this.source = source;
    this.sidecars = sidecars;
  }

  YamlNode document() {
    next("");
    Event start = next("");
    if (start.is(Event.ID.StreamEnd)) {
      return new YamlScalar(null, "", Location.ofFile(source));
    }
    YamlNode root = node(next(""), "", 0);
    next("");
    Event after = next("");
    if (!after.is(Event.ID.StreamEnd)) {
      throw new ConfigException(
          location(after.getStartMark()), "", "more than one YAML document; expected one");
    }
    return root;
  }

  /** The next event; a syntax error is reported within the collection being read. */
  private Event next(String path) {
    try {
      return parser.getEvent();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location where = mark == null ? Location.ofFile(source) : location(mark);
      throw new ConfigException(where, path, YamlSyntax.describe(e));
    } catch (YAMLException e) {
      throw new ConfigException(Location.ofFile(source), path, YamlSyntax.describe(e));
    }
  }

  private YamlNode node(Event event, String path, int depth) {
    Location where = location(event.getStartMark());
    if (event instanceof AliasEvent alias) {
      return alias(alias.getAnchor(), where, path);
    }
    long before = nodes;
    grow(1, where, path);
    String anchor = ((NodeEvent) event).getAnchor();
    if (anchor != null) {
      unfinished.add(anchor);
    }
    YamlNode node;
    if (event instanceof ScalarEvent scalar) {
      node = YamlScalars.of(scalar, where, path);
    } else {
      if (depth >= YamlReader.MAX_DEPTH) {
        throw new ConfigException(where, path.split("[.\\[]", 2)[0],
            "lists and mappings are nested more than " + YamlReader.MAX_DEPTH + " levels deep");
      }
      boolean mapping = event.is(Event.ID.MappingStart);
      if (mapping && SidecarFormat.TAG.equals(((CollectionStartEvent) event).getTag())) {
        node = sidecars.resolve(map(where, path, depth), path);
      } else {
        YamlScalars.checkCollectionTag((CollectionStartEvent) event, where, path);
        node = mapping ? map(where, path, depth) : list(where, path, depth);
      }
    }
    if (anchor != null) {
      unfinished.remove(anchor);
      anchors.put(anchor, node);
      anchorSizes.put(anchor, nodes - before);
    }
    return node;
  }

  // Counted before copying, so that a "billion laughs" is refused before it is built.
  private YamlNode alias(String name, Location where, String path) {
    if (unfinished.contains(name)) {
      throw new ConfigException(where, path, "alias *" + Excerpt.of(name)
          + " refers to the node that contains it; recursive YAML is not supported");
    }
    YamlNode target = anchors.get(name);
    if (target == null) {
      throw new ConfigException(where, path, "unknown YAML alias *" + Excerpt.of(name)
          + "; an alias must follow its anchor &" + Excerpt.of(name));
    }
    grow(anchorSizes.get(name), where, path);
    return target.copy();
  }

  private YamlList list(Location where, String path, int depth) {
    List<YamlNode> items = new ArrayList<>();
    for (Event event = next(path); !event.is(Event.ID.SequenceEnd); event = next(path)) {
      items.add(node(event, KeyPaths.index(path, items.size()), depth + 1));
    }
    return new YamlList(items, where);
  }

  private YamlMap map(Location where, String path, int depth) {
    YamlMap map = new YamlMap(where);
    Set<String> written = new HashSet<>();
    for (Event event = next(path); !event.is(Event.ID.MappingEnd); event = next(path)) {
      Location keyLocation = location(event.getStartMark());
      String key = key(event, keyLocation, path);
      boolean merge = isMergeKey(event);
      String keyPath = merge ? path : KeyPaths.child(path, key);
      if (!merge && written.contains(key)) {
        throw new ConfigException(keyLocation, keyPath, "duplicate key " + Excerpt.quoted(key)
            + ", first written at line " + map.keyLocation(key).line() + "; keep one of them");
      }
      YamlNode value = node(next(keyPath), keyPath, depth + 1);
      if (merge) {
        merge(map, written, value, keyLocation, path);
      } else {
        written.add(key);
        map.put(key, keyLocation, value);
      }
    }
    return map;
  }

  // Only a plain << is YAML's merge key; a quoted "<<" is an ordinary key.
  private static boolean isMergeKey(Event event) {
    return event instanceof ScalarEvent scalar && MERGE_KEY.equals(scalar.getValue())
        && scalar.getTag() == null && scalar.getImplicit().canOmitTagInPlainScalar();
  }

  private String key(Event event, Location where, String path) {
    if (event instanceof ScalarEvent scalar) {
      if (scalar.getAnchor() != null) {
        anchors.put(scalar.getAnchor(), YamlScalars.of(scalar, where, path));
        anchorSizes.put(scalar.getAnchor(), 1L);
      }
      return scalar.getValue();
    }
    if (event instanceof AliasEvent alias
        && anchors.get(alias.getAnchor()) instanceof YamlScalar scalar) {
      return scalar.text();
    }
    throw new ConfigException(where, path, "a key must be text, found "
        + (event.is(Event.ID.SequenceStart) ? "a list"
            : event.is(Event.ID.MappingStart) ? "a mapping" : "an alias of a list or mapping"));
  }

  // Keys written in the mapping itself win over merged ones, wherever they appear.
  private void merge(
      YamlMap target, Set<String> written, YamlNode value, Location where, String path) {
    if (value instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        merge(target, written, item, where, path);
      }
      return;
    }
    if (!(value instanceof YamlMap merged)) {
      throw new ConfigException(where, KeyPaths.child(path, MERGE_KEY),
          "expected a mapping (or a list of mappings) to merge, found " + value.describe());
    }
    merged.entries().forEach((key, node) -> {
      if (!written.contains(key) && !target.has(key)) {
        target.put(key, merged.keyLocation(key), node);
      }
    });
  }

  private void grow(long count, Location where, String path) {
    nodes += count;
    if (nodes > YamlReader.MAX_NODES) {
      throw new ConfigException(where, path,
          "YAML expands to more than " + YamlReader.MAX_NODES
              + " nodes (too large, or aliases that multiply); refusing to read it");
    }
  }

  private Location location(Mark mark) {
    return new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
