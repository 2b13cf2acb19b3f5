package org.eventline.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped places, airports, counties and localities as a few flat arrays, read in one piece: what {@link
 * GazetteerReader} makes of {@code places.tsv.gz}, {@code airports.tsv.gz}, {@code
 * counties.tsv.gz}, {@code localities.tsv.gz} and {@code postal.tsv.gz}, written by {@link
 * PlaceTableCompiler} at build time into {@code places.bin}.
 *
 * <p>Why: reading the TSV builds some 700,000 strings, a 350,000-key hash map and 210,000
 * records, and the young collections that copy them while they grow cost as much again; on two busy
 * cores that was 2.3-2.8 s. Here a load is a dozen bulk array copies (the hash slots are stored
 * too), and a lookup makes the {@link GazetteerEntry} records of the places it finds, once. The readable files stay the source of truth: the table holds exactly their entries, each
 * name's places in the order the reader added them, so lookups give the same lists.
 *
 * <pre>{@code
 * PlaceTable t = PlaceTable.read(in);
 * t.get(Names.key("Aleppo")); // the city, then the governorate
 * }</pre>
 */
final class PlaceTable {
  private static final int MAGIC = 0x45564c47; // "EVLG"
  /** Bump when the layout changes, so a stale file is refused rather than misread. */
  private static final int VERSION = 1;

  /** Coordinates are kept in ten-thousandths of a degree, the TSV's 4 decimals, and divided on the way out. */
  private static final double SCALE = 1e4;

  // One slot per place, in the reader's order.
  private final int[] geonamesIds;
  private final int[] lats;
  private final int[] lons;
  private final int[] populations;
  private final short[] countries;
  private final short[] kinds;
  private final short[] admin1s;
  private final int[] nameStarts;
  private final byte[] nameBytes;
  /** Country codes, kinds and admin1 codes are few: the places point into this pool. */
  private final String[] pool;

  // One slot per name key: its UTF-8 bytes and its places.
  private final int[] keyStarts;
  private final byte[] keyBytes;
  private final int[] placeStarts;
  private final int[] placeIds;
  /** Open addressing over key numbers + 1 (0 is empty); {@link #hash} is part of the file format. */
  private final int[] slots;
  /**
   * Each place's record once a lookup has made it: a name looked up again costs no allocation.
   * Two threads may make the same record at once; either copy is right (records are immutable).
   */
  private final GazetteerEntry[] made;

  private PlaceTable(int[] geonamesIds, int[] lats, int[] lons, int[] populations, short[] countries,
      short[] kinds, short[] admin1s, int[] nameStarts, byte[] nameBytes, String[] pool, int[] keyStarts,
      byte[] keyBytes, int[] placeStarts, int[] placeIds, int[] slots) {
    this.geonamesIds = geonamesIds;
    this.lats = lats;
    this.lons = lons;
    this.populations = populations;
    this.countries = countries;
    this.kinds = kinds;
    this.admin1s = admin1s;
    this.nameStarts = nameStarts;
    this.nameBytes = nameBytes;
    this.pool = pool;
    this.keyStarts = keyStarts;
    this.keyBytes = keyBytes;
    this.placeStarts = placeStarts;
    this.placeIds = placeIds;
    this.slots = slots;
    this.made = new GazetteerEntry[lats.length];
  }

  /** The places of this key, in the order they were read; empty for an unknown key. */
  List<GazetteerEntry> get(String key) {
    int k = find(key.getBytes(StandardCharsets.UTF_8));
    if (k < 0) {
      return List.of();
    }
    GazetteerEntry[] out = new GazetteerEntry[placeStarts[k + 1] - placeStarts[k]];
    for (int i = 0; i < out.length; i++) {
      out[i] = entry(placeIds[placeStarts[k] + i]);
    }
    return List.of(out);
  }

  /** Every key of the table, decoded: for checks against the readable files, not for lookups. */
  List<String> keys() {
    List<String> out = new ArrayList<>(keyStarts.length - 1);
    for (int k = 0; k + 1 < keyStarts.length; k++) {
      out.add(new String(keyBytes, keyStarts[k], keyStarts[k + 1] - keyStarts[k], StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Every place of this kind ("region"), in reading order: a scan, for the rare question a key cannot answer. */
  List<GazetteerEntry> ofKind(String kind) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (int p = 0; p < lats.length; p++) {
      if (pool[kinds[p]].equals(kind)) {
        out.add(entry(p));
      }
    }
    return out;
  }

  int places() {
    return lats.length;
  }

  private GazetteerEntry entry(int p) {
    GazetteerEntry e = made[p];
    if (e == null) {
      e = make(p);
      made[p] = e;
    }
    return e;
  }

  private GazetteerEntry make(int p) {
    String name = new String(nameBytes, nameStarts[p], nameStarts[p + 1] - nameStarts[p], StandardCharsets.UTF_8);
    return new GazetteerEntry(geonamesIds[p], name, pool[countries[p]], lats[p] / SCALE, lons[p] / SCALE,
        pool[kinds[p]], pool[admin1s[p]], populations[p], false);
  }

  private int find(byte[] key) {
    int mask = slots.length - 1;
    for (int s = hash(key, 0, key.length) & mask; ; s = (s + 1) & mask) {
      int k = slots[s] - 1;
      if (k < 0) {
        return -1;
      }
      if (Arrays.equals(keyBytes, keyStarts[k], keyStarts[k + 1], key, 0, key.length)) {
        return k;
      }
    }
  }

  private static int[] slots(int[] keyStarts, byte[] keyBytes) {
    int keys = keyStarts.length - 1;
    int[] slots = new int[Integer.highestOneBit(Math.max(keys, 1) * 3 / 2 + 1) << 1]; // at most two thirds full
    int mask = slots.length - 1;
    for (int k = 0; k < keys; k++) {
      int s = hash(keyBytes, keyStarts[k], keyStarts[k + 1]) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = k + 1;
    }
    return slots;
  }

  /** FNV-1a with a final mix, so that linear probing sees well-spread slots. */
  private static int hash(byte[] b, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }

  /**
   * The table of what the reader put into {@code index}; {@code entries} are those places in the
   * order they were read. Only GeoNames-derived places go here: a curated entry is an error.
   */
  static PlaceTable of(List<GazetteerEntry> entries, NameIndex index) {
    int n = entries.size();
    int[] ids = new int[n];
    int[] lats = new int[n];
    int[] lons = new int[n];
    int[] populations = new int[n];
    short[] countries = new short[n];
    short[] kinds = new short[n];
    short[] admin1s = new short[n];
    int[] nameStarts = new int[n + 1];
    ByteArrayOutputStream names = new ByteArrayOutputStream();
    Map<String, Short> poolIndex = new HashMap<>();
    List<String> pool = new ArrayList<>();
    Map<GazetteerEntry, Integer> number = new IdentityHashMap<>();
    for (int p = 0; p < n; p++) {
      GazetteerEntry e = entries.get(p);
      String where = "place table: " + e.name() + " (" + e.country() + ")";
      if (e.curated()) {
        throw new IllegalArgumentException(where + " is curated; the supplement stays a readable file");
      }
      if (e.geonamesId() != (int) e.geonamesId()) {
        throw new IllegalArgumentException(where + ": GeoNames id " + e.geonamesId() + " does not fit an int");
      }
      number.put(e, p);
      ids[p] = (int) e.geonamesId();
      lats[p] = fixed(e.lat(), where);
      lons[p] = fixed(e.lon(), where);
      populations[p] = e.population();
      countries[p] = pooled(e.country(), poolIndex, pool);
      kinds[p] = pooled(e.kind(), poolIndex, pool);
      admin1s[p] = pooled(e.admin1(), poolIndex, pool);
      names.writeBytes(e.name().getBytes(StandardCharsets.UTF_8));
      nameStarts[p + 1] = names.size();
    }
    List<String> keys = index.keys();
    int[] keyStarts = new int[keys.size() + 1];
    int[] placeStarts = new int[keys.size() + 1];
    ByteArrayOutputStream keyBytes = new ByteArrayOutputStream();
    int[] placeIds = new int[0];
    int used = 0;
    for (int k = 0; k < keys.size(); k++) {
      keyBytes.writeBytes(keys.get(k).getBytes(StandardCharsets.UTF_8));
      keyStarts[k + 1] = keyBytes.size();
      List<GazetteerEntry> found = index.get(keys.get(k));
      if (used + found.size() > placeIds.length) {
        placeIds = Arrays.copyOf(placeIds, Math.max(placeIds.length * 2, used + found.size()));
      }
      for (GazetteerEntry e : found) {
        Integer p = number.get(e);
        if (p == null) {
          throw new IllegalArgumentException("place table: key " + keys.get(k) + " holds a place not among the entries");
        }
        placeIds[used++] = p;
      }
      placeStarts[k + 1] = used;
    }
    return new PlaceTable(ids, lats, lons, populations, countries, kinds, admin1s, nameStarts, names.toByteArray(),
        pool.toArray(String[]::new), keyStarts, keyBytes.toByteArray(), placeStarts, Arrays.copyOf(placeIds, used),
        slots(keyStarts, keyBytes.toByteArray()));
  }

  /** Degrees in ten-thousandths, when that gives back exactly the double read from the file. */
  private static int fixed(double degrees, String where) {
    int f = (int) Math.round(degrees * SCALE);
    if (Double.doubleToLongBits(f / SCALE) != Double.doubleToLongBits(degrees)) { // -0.0 too
      throw new IllegalArgumentException(where + ": coordinate " + degrees + " has more than 4 decimals");
    }
    return f;
  }

  private static short pooled(String s, Map<String, Short> index, List<String> pool) {
    return index.computeIfAbsent(s, x -> {
      if (pool.size() == Short.MAX_VALUE) {
        throw new IllegalArgumentException("place table: more than " + Short.MAX_VALUE + " country, kind and admin1 codes");
      }
      pool.add(x);
      return (short) (pool.size() - 1);
    });
  }

  /**
   * The table as bytes: a header, the code pool, then each array as its length and its values,
   * big-endian. Every array, the hash slots too, is stored as it is held, so that a load is bulk
   * copies and no loop over the places runs before the JIT has compiled it.
   */
  byte[] toBytes() {
    ByteBuffer buf = ByteBuffer.allocate(64 + 20 * nameBytes.length + 10 * keyBytes.length + 40 * lats.length
        + 8 * placeIds.length + 16 * pool.length + 4 * slots.length);
    buf.putInt(MAGIC).putInt(VERSION).putInt(0).putInt(pool.length);
    for (String s : pool) {
      putBytes(buf, s.getBytes(StandardCharsets.UTF_8));
    }
    putInts(buf, geonamesIds);
    putInts(buf, lats);
    putInts(buf, lons);
    putInts(buf, populations);
    putShorts(buf, countries);
    putShorts(buf, kinds);
    putShorts(buf, admin1s);
    putInts(buf, nameStarts);
    putBytes(buf, nameBytes);
    putInts(buf, keyStarts);
    putBytes(buf, keyBytes);
    putInts(buf, placeStarts);
    putInts(buf, placeIds);
    putInts(buf, slots);
    buf.putInt(8, buf.position());
    return Arrays.copyOf(buf.array(), buf.position());
  }

  private static void putInts(ByteBuffer buf, int[] a) {
    buf.putInt(a.length);
    buf.asIntBuffer().put(a);
    buf.position(buf.position() + 4 * a.length);
  }

  private static void putShorts(ByteBuffer buf, short[] a) {
    buf.putInt(a.length);
    buf.asShortBuffer().put(a);
    buf.position(buf.position() + 2 * a.length);
  }

  private static void putBytes(ByteBuffer buf, byte[] a) {
    buf.putInt(a.length);
    buf.put(a);
  }

  /**
   * The table written by {@link #toBytes()}. A file of another layout version is an error that
   * says to rebuild: it would otherwise be misread.
   */
  static PlaceTable read(InputStream in, String where) throws IOException {
    ByteBuffer header = ByteBuffer.wrap(in.readNBytes(12));
    if (header.remaining() < 12 || header.getInt() != MAGIC) {
      throw new IOException(where + ": not a place table");
    }
    int version = header.getInt();
    if (version != VERSION) {
      throw new IOException(where + ": place table version " + version + ", this code reads " + VERSION
          + "; rebuild eventline-core (mvn process-classes) to make it again");
    }
    int size = header.getInt();
    byte[] bytes = new byte[size];
    if (in.readNBytes(bytes, 12, size - 12) != size - 12) {
      throw new IOException(where + ": place table cut short, " + size + " bytes expected");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes).position(12);
    String[] pool = new String[buf.getInt()];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = new String(getBytes(buf), StandardCharsets.UTF_8);
    }
    int[] ids = getInts(buf);
    int[] lats = getInts(buf);
    int[] lons = getInts(buf);
    int[] populations = getInts(buf);
    short[] countries = getShorts(buf);
    short[] kinds = getShorts(buf);
    short[] admin1s = getShorts(buf);
    int[] nameStarts = getInts(buf);
    byte[] nameBytes = getBytes(buf);
    int[] keyStarts = getInts(buf);
    byte[] keyBytes = getBytes(buf);
    int[] placeStarts = getInts(buf);
    int[] placeIds = getInts(buf);
    int[] slots = getInts(buf);
    if (in.read() >= 0 || buf.hasRemaining() || Integer.bitCount(slots.length) != 1) {
      throw new IOException(where + ": not the place table its header says; rebuild eventline-core");
    }
    return new PlaceTable(ids, lats, lons, populations, countries, kinds, admin1s, nameStarts, nameBytes, pool,
        keyStarts, keyBytes, placeStarts, placeIds, slots);
  }

  private static int[] getInts(ByteBuffer buf) {
    int[] a = new int[buf.getInt()];
    buf.asIntBuffer().get(a);
    buf.position(buf.position() + 4 * a.length);
    return a;
  }

  private static short[] getShorts(ByteBuffer buf) {
    short[] a = new short[buf.getInt()];
    buf.asShortBuffer().get(a);
    buf.position(buf.position() + 2 * a.length);
    return a;
  }

  private static byte[] getBytes(ByteBuffer buf) {
    byte[] a = new byte[buf.getInt()];
    buf.get(a);
    return a;
  }

}
