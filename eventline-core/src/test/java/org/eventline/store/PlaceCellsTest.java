package org.eventline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A box over no stored place is answered from the occupied cells; it must never miss a place. */
class PlaceCellsTest {
  @TempDir Path dir;

  @Test
  void aBoxHoldingAPointIsNeverRuledOut() {
    SplittableRandom r = new SplittableRandom(3);
    for (int round = 0; round < 200; round++) {
      PlaceCells cells = new PlaceCells();
      List<double[]> points = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(40); i++) {
        // Some points on whole tenths, where a box edge may fall exactly.
        double lat = r.nextBoolean() ? r.nextInt(-900, 901) / 10.0 : r.nextDouble(-90, 90);
        double lon = r.nextBoolean() ? r.nextInt(-1800, 1801) / 10.0 : r.nextDouble(-180, 180);
        points.add(new double[] {lat, lon});
        cells.add(lat, lon);
      }
      for (int b = 0; b < 200; b++) {
        double[] p = points.get(r.nextInt(points.size()));
        double south = b % 3 == 0 ? p[0] : Math.max(-90, p[0] - r.nextDouble(3));
        double north = b % 3 == 1 ? p[0] : Math.min(90, p[0] + r.nextDouble(3));
        double west = b % 2 == 0 ? p[1] : p[1] - r.nextDouble(20);
        double east = b % 2 == 1 ? p[1] : p[1] + r.nextDouble(20);
        west = west < -180 ? west + 360 : west;
        east = east > 180 ? east - 360 : east;
        BoundingBox box = new BoundingBox(west, south, east, north);
        assertThat(cells.mayHold(box)).as("%s holds %s,%s", box, p[0], p[1]).isTrue();
        BoundingBox empty = new BoundingBox(-10, -89.9, 10, -89.8);
        // Ruled out exactly when no point lies in the box's cells.
        boolean any = points.stream().anyMatch(q -> Math.floor(q[0] * 10) >= -899 && Math.floor(q[0] * 10) <= -898
            && Math.floor(q[1] * 10) >= -100 && Math.floor(q[1] * 10) <= 100);
        assertThat(cells.mayHold(empty)).isEqualTo(any);
      }
    }
  }

  @Test
  void boxesOnTheEdgesOfStoredPlacesAndAcrossTheAntimeridianFindThem() {
    try (EventStore store = EventStore.open(dir.resolve("data"))) {
      store.store(Fixtures.article("a1", "Places", "2016-06-25"), List.of(
          at("fiji", 33.5, 179.95), at("samoa", 33.5, -179.95), at("edge", -12.3, 45.6), at("noplace", null, null)));
      assertThat(ids(store, new BoundingBox(179.9, 33.4, -179.9, 33.6))).containsExactlyInAnyOrder("fiji", "samoa");
      assertThat(ids(store, new BoundingBox(179.96, 33.4, -179.96, 33.6))).isEmpty();
      assertThat(ids(store, new BoundingBox(45.6, -12.3, 45.6, -12.3))).containsExactly("edge");
      assertThat(ids(store, new BoundingBox(45.61, -12.3, 46, -12.3))).isEmpty();
      assertThat(ids(store, new BoundingBox(0, 0, 10, 10))).isEmpty();
      // A place stored after the cells were read is found too.
      store.store(Fixtures.article("a2", "Later", "2016-06-26"), List.of(at("later", 5.0, 5.0)));
      assertThat(ids(store, new BoundingBox(0, 0, 10, 10))).containsExactly("later");
    }
  }

  private static List<String> ids(EventStore store, BoundingBox box) {
    return store.events(EventQuery.all().withBox(box)).stream().map(Event::id).toList();
  }

  private static Event at(String id, Double lat, Double lon) {
    Place p = lat == null ? null : new Place("x", "x", "SYR", lat, lon, null, "city", "sentence");
    return new Event(id, id.equals("later") ? "a2" : "a1", "2016-06-25", EventType.CONSULT, "visit", "042", 1, 1.9,
        EventStatus.ASSERTED, Fixtures.RUSSIA, Fixtures.SYRIA, p, new SentenceRef(1, "s", 0, 1), 0.8);
  }
}
