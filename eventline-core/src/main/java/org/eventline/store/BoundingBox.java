package org.eventline.store;

/**
 * A box on the map in degrees, for "events that happened here".
 *
 * <pre>{@code BoundingBox syria = BoundingBox.parse("35.5,32.3,42.4,37.3"); // west,south,east,north}</pre>
 *
 * <p>A box whose west edge is east of its east edge crosses the antimeridian (180°), as a map
 * panned over the Pacific gives.
 */
public record BoundingBox(double west, double south, double east, double north) {
  public BoundingBox {
    check("west", west, 180);
    check("east", east, 180);
    check("south", south, 90);
    check("north", north, 90);
    if (south > north) {
      throw new IllegalArgumentException("bbox south " + south + " is north of north " + north);
    }
  }

  /** Reads {@code west,south,east,north}, the order GeoJSON and OpenStreetMap use. */
  public static BoundingBox parse(String s) {
    String[] parts = s.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox '" + s + "' needs four numbers: west,south,east,north");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox '" + s + "': '" + parts[i].strip() + "' is not a number");
      }
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  public boolean crossesAntimeridian() {
    return west > east;
  }

  private static void check(String name, double v, double max) {
    if (!(v >= -max && v <= max)) {
      throw new IllegalArgumentException("bbox " + name + " must be within ±" + (int) max + ", not " + v);
    }
  }
}
