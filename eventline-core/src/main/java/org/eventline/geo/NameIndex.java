package org.eventline.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name key to the places of that name. Most names name one place, so a key holds the entry itself
 * and only shared names hold an array: about 600,000 keys stay a few tens of megabytes.
 */
final class NameIndex {
  private final Map<String, Object> byKey = new HashMap<>(1 << 20);

  void add(String key, GazetteerEntry entry) {
    if (key.isEmpty()) {
      return;
    }
    Object old = byKey.get(key);
    if (old == null) {
      byKey.put(key, entry);
    } else if (old instanceof GazetteerEntry one) {
      if (one != entry) {
        byKey.put(key, new GazetteerEntry[] {one, entry});
      }
    } else {
      GazetteerEntry[] many = (GazetteerEntry[]) old;
      if (many[many.length - 1] != entry) {
        GazetteerEntry[] more = Arrays.copyOf(many, many.length + 1);
        more[many.length] = entry;
        byKey.put(key, more);
      }
    }
  }

  List<GazetteerEntry> get(String key) {
    Object found = byKey.get(key);
    if (found == null) {
      return List.of();
    }
    return found instanceof GazetteerEntry one ? List.of(one) : List.of((GazetteerEntry[]) found);
  }

  /** Every key, in no particular order. */
  List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  int size() {
    return byKey.size();
  }
}
