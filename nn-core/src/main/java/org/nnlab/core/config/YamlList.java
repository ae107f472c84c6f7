package org.nnlab.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A YAML sequence. */
public final class YamlList implements YamlNode {
  private final List<YamlNode> items;
  private final Location location;

  /**
   * Creates a list.
   *
   * @param items the items, taken over by the list
   * @param location where the list starts
   */
  public YamlList(List<YamlNode> items, Location location) {
    this.items = new ArrayList<>(items);
    this.location = location;
  }

  /** The items, unmodifiable. */
  public List<YamlNode> items() {
    return Collections.unmodifiableList(items);
  }

  /** The number of items. */
  public int size() {
    return items.size();
  }

  /** Returns item {@code index}. */
  public YamlNode get(int index) {
    return items.get(index);
  }

  /** Replaces item {@code index}. */
  public void set(int index, YamlNode value) {
    items.set(index, value);
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public String describe() {
    return items.isEmpty() ? "an empty list" : "a list";
  }

  @Override
  public YamlList copy() {
    List<YamlNode> copies = new ArrayList<>(items.size());
    for (YamlNode item : items) {
      copies.add(item.copy());
    }
    return new YamlList(copies, location);
  }
}
