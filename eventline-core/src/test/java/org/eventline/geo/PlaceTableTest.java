package org.eventline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceTableTest {

  @Test
  void shippedTableGivesEveryNameTheSamePlacesInTheSameOrderAsTheReadableFiles() {
    Gazetteer fromTsv = Gazetteer.fromReadableFiles();
    Gazetteer fromTable = Gazetteer.loadTable(Gazetteer.TABLE, Gazetteer.COUNTRIES, Gazetteer.SUPPLEMENT);
    List<String> keys = fromTsv.readKeys();
    assertThat(keys).hasSizeGreaterThan(300_000);
    List<String> differ = new ArrayList<>();
    for (String key : keys) {
      if (!fromTsv.entries(key).equals(fromTable.entries(key))) {
        differ.add(key);
      }
    }
    assertThat(differ).as("keys whose places differ").isEmpty();
    Set<String> known = new HashSet<>(keys);
    List<String> extra = new ArrayList<>();
    for (String key : PlaceTableCompiler.readTable(Gazetteer.TABLE).keys()) {
      if (!known.contains(key)) {
        extra.add(key);
      }
    }
    assertThat(extra).as("table keys the readable files lack").isEmpty();
  }

  @Test
  void defaultsLoadTheTable() {
    assertThat(Gazetteer.class.getResource(Gazetteer.TABLE)).as("built in process-classes").isNotNull();
    // countries and supplement give about 5,300 keys (2026-12-01), the table some 347,000
    assertThat(Gazetteer.defaults().readKeys()).as("only countries and supplement read from TSV")
        .hasSizeLessThan(20_000);
  }

  @Test
  void aTableRoundTripsThroughItsBytes() throws IOException {
    PlaceTable table = PlaceTableCompiler.compile(Gazetteer.AIRPORTS);
    PlaceTable read = PlaceTable.read(new ByteArrayInputStream(table.toBytes()), "test");
    assertThat(read.keys()).containsExactlyElementsOf(table.keys());
    for (String key : table.keys()) {
      assertThat(read.get(key)).isEqualTo(table.get(key));
    }
    assertThat(read.get("no such airport")).isEmpty();
  }

  @Test
  void aTableOfAnotherLayoutIsRefusedWithWhatToDo() {
    byte[] bytes = PlaceTableCompiler.compile(Gazetteer.AIRPORTS).toBytes();
    bytes[7]++; // the version
    assertThatThrownBy(() -> PlaceTable.read(new ByteArrayInputStream(bytes), "gazetteer test.bin"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("gazetteer test.bin")
        .hasMessageContaining("rebuild");
  }

  @Test
  void aCuratedPlaceStaysInTheReadableSupplement() {
    NameIndex names = new NameIndex();
    GazetteerEntry curated = new GazetteerEntry(0, "Khan Touman", "SYR", 36.12, 37.05, "village", "SY.09", 0, true);
    names.add("khan touman", curated);
    assertThatThrownBy(() -> PlaceTable.of(List.of(curated), names))
        .hasMessageContaining("curated");
  }
}
