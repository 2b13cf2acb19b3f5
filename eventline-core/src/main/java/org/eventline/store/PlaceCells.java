package org.eventline.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenth-of-a-degree cells that hold at least one event's place: a bounding box over none of
 * them matches nothing, known without scanning ten million coordinates (a box dragged over sea or
 * an empty region is the commonest map query that finds nothing).
 *
 * <p>A cell is {@code (floor(lat * 10), floor(lon * 10))}, computed the same way in SQL and here.
 * Multiplying by ten and taking the floor never decreases, so a point inside a box lies in a cell
 * between the cells of the box's edges: the test can say "maybe" wrongly, never "no".
 */
final class PlaceCells {
  static final String DISTINCT = "SELECT DISTINCT CAST(floor(where_lat * 10) AS BIGINT),"
      + " CAST(floor(where_lon * 10) AS BIGINT) FROM events WHERE where_lat IS NOT NULL AND where_lon IS NOT NULL";

  private final Set<Long> cells = ConcurrentHashMap.newKeySet();

  void add(double lat, double lon) {
    addCell((long) Math.floor(lat * 10), (long) Math.floor(lon * 10));
  }

  void addCell(long latCell, long lonCell) {
    cells.add(key(latCell, lonCell));
  }

  /** False only when no stored place can lie in the box. */
  boolean mayHold(BoundingBox box) {
    long south = (long) Math.floor(box.south() * 10);
    long north = (long) Math.floor(box.north() * 10);
    long west = (long) Math.floor(box.west() * 10);
    long east = (long) Math.floor(box.east() * 10);
    // Across the antimeridian the box runs from west to cell 1800 (180°), then from -1800 to east.
    long lonCells = box.crossesAntimeridian() ? 3602 - west + east : east - west + 1;
    if ((north - south + 1) * lonCells > cells.size()) {
      for (long cell : cells) {
        long lat = cell >> 32;
        long lon = (int) cell;
        boolean inLon = box.crossesAntimeridian() ? lon >= west || lon <= east : lon >= west && lon <= east;
        if (lat >= south && lat <= north && inLon) {
          return true;
        }
      }
      return false;
    }
    for (long lat = south; lat <= north; lat++) {
      for (long i = 0; i < lonCells; i++) {
        long lon = box.crossesAntimeridian() ? (west + i <= 1800 ? west + i : west + i - 3601) : west + i;
        if (cells.contains(key(lat, lon))) {
          return true;
        }
      }
    }
    return false;
  }

  private static long key(long latCell, long lonCell) {
    return latCell << 32 | (lonCell & 0xffffffffL);
  }
}
