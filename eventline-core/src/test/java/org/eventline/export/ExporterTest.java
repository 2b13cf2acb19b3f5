package org.eventline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.eventline.json.EventJson;
import org.eventline.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each format is written and read back the way its users' tools read it. */
class ExporterTest {
  static final Participant RUSSIA = new Participant("the Russian foreign minister", "Russia", "RUSGOV", "RUS", "government");
  static final Participant SYRIA = new Participant("Damascus", "Syria", "SYRGOV", "SYR", "government");
  static final Participant EVIL = new Participant("<x>", "A \"&\" <b>\tTab", "EVL", null, "other");

  @TempDir Path dir;
  EventStore store;

  @BeforeEach
  void open() {
    store = EventStore.open(dir.resolve("data"));
    Article a = new Article("a1", "html/a1.html", "https://example.org/a1", null, "Lavrov visits Damascus",
        "2016-06-25T16:04", null, null, "Al Waght", null, null, "en", "Lavrov met Assad in Damascus.", null);
    store.store(a, List.of(
        new Event("e1", "a1", "2016-06-25", EventType.CONSULT, "visit", "042", 1, 1.9, EventStatus.ASSERTED, RUSSIA, SYRIA,
            new Place("Damascus", "Damascus", "SYR", 33.51, 36.29, 170654L, "city", "sentence"),
            new SentenceRef(1, "Lavrov met Assad in Damascus.", 0, 29), 0.83),
        new Event("e2", "a1", "2016-06-26", EventType.ASSAULT, null, "190", 4, -10, EventStatus.ASSERTED, EVIL, RUSSIA,
            null, new SentenceRef(2, "x\ty", 0, 3), 0.5)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void gdeltHasSixtyOneColumnsInGdeltsOrder() throws Exception {
    Path out = dir.resolve("events.gdelt.tsv");
    assertThat(Exporter.write(store, ExportFormat.GDELT, out)).isEqualTo(2);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    String[] consult = lines.get(1).split("\t", -1);
    assertThat(GdeltRow.COLUMNS).hasSize(61);
    assertThat(consult[GdeltRow.COLUMNS.indexOf("SQLDATE")]).isEqualTo("20160625");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("Actor1Code")]).isEqualTo("RUSGOV");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("Actor1CountryCode")]).isEqualTo("RUS");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("Actor1Type1Code")]).isEqualTo("GOV");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("EventCode")]).isEqualTo("042");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("EventRootCode")]).isEqualTo("04");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("QuadClass")]).isEqualTo("1");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("ActionGeo_Lat")]).isEqualTo("33.51");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("ActionGeo_FeatureID")]).isEqualTo("170654");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("ActionGeo_Type")]).isEqualTo("4");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("ActionGeo_CountryCode")]).isEqualTo("SY");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("ActionGeo_ADM1Code")]).isEmpty();
    assertThat(consult[GdeltRow.COLUMNS.indexOf("DATEADDED")]).isEqualTo("20160625160400");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("SOURCEURL")]).isEqualTo("https://example.org/a1");
    assertThat(Long.parseLong(consult[0])).isPositive();
    assertThat(consult[GdeltRow.COLUMNS.indexOf("NumMentions")]).isEqualTo("1");
  }

  /** GDELT's geography columns hold FIPS 10-4 codes, which differ from ISO for many countries. */
  @Test
  void gdeltGeographyUsesFipsCodesAndTypes() {
    assertThat(geo(new Place("Germany", "Germany", "DEU", 51.0, 9.0, 2921044L, "country", "sentence")))
        .containsExactly("1", "Germany", "GM", "GM", "", "51.0", "9.0", "2921044");
    assertThat(geo(new Place("Baghdad", "Baghdad", "IRQ", 33.34, 44.4, 98182L, "city", "sentence")))
        .startsWith("4", "Baghdad", "IZ", "");
    assertThat(geo(new Place("Texas", "Texas", "USA", 31.0, -100.0, 4736286L, "state", "sentence")))
        .startsWith("2", "Texas", "US", "");
    assertThat(geo(new Place("Boston", "Boston", "USA", 42.36, -71.06, 4930956L, "city", "sentence")))
        .startsWith("3", "Boston", "US", "");
    assertThat(geo(new Place("Pristina", "Pristina", "XKX", 42.67, 21.17, 786714L, "city", "sentence")))
        .startsWith("4", "Pristina", "KV", "");
    // A country code with no FIPS code stays empty rather than pass an ISO code off as FIPS.
    assertThat(geo(new Place("Mariehamn", "Mariehamn", "ALA", 60.1, 19.9, 3041732L, "town", "sentence")))
        .startsWith("4", "Mariehamn", "", "");    // A village the gazetteer lacks: named as written, with the place around it that gives the position.
    assertThat(geo(new Place("Al-Hashamah", "Taiz", "YEM", 13.5, 43.9, null, "unlisted", "sentence")))
        .startsWith("4", "Al-Hashamah, Taiz", "YM", "", "", "13.5", "43.9", "");
  }

  private String[] geo(Place where) {
    Event e = new Event("g", "a1", "2016-06-25", EventType.CONSULT, "visit", "042", 1, 1.9, EventStatus.ASSERTED,
        RUSSIA, SYRIA, where, new SentenceRef(1, "Lavrov met Assad.", 0, 17), 0.83);
    String[] row = new GdeltRow().line(new org.eventline.store.StoredEvent(e, null)).split("\t", -1);
    int at = GdeltRow.COLUMNS.indexOf("ActionGeo_Type");
    return java.util.Arrays.copyOfRange(row, at, at + 8);
  }

  @Test
  void gdeltHasOneRowPerEventWithItsMentionsCounted() throws Exception {
    // A repost of a1 on another site (the same body with a sharing widget left under it), reporting the same meeting.
    Article repost = new Article("a2", "html/a2.html", "https://repost.example/a2", null, "Lavrov visits Damascus",
        "2016-06-26", null, null, null, "repost.example", null, "en", "Lavrov met Assad in Damascus.\nShare this", null);
    store.store(repost, List.of(new Event("r1", "a2", "2016-06-25", EventType.CONSULT, "visit", "042", 1, 1.9,
        EventStatus.ASSERTED, SYRIA, RUSSIA, new Place("Damascus", "Damascus", "SYR", 33.51, 36.29, 170654L, "city", "sentence"),
        new SentenceRef(1, "Lavrov met Assad in Damascus.", 0, 29), 0.83)));
    Path out = dir.resolve("events.gdelt.tsv");
    assertThat(Exporter.write(store, ExportFormat.GDELT, out)).isEqualTo(2);
    String[] consult = Files.readAllLines(out).get(1).split("\t", -1);
    assertThat(consult[GdeltRow.COLUMNS.indexOf("NumMentions")]).isEqualTo("2");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("NumSources")]).isEqualTo("1");
    assertThat(consult[GdeltRow.COLUMNS.indexOf("NumArticles")]).isEqualTo("1");
    // The original's mention stands for the event.
    assertThat(consult[GdeltRow.COLUMNS.indexOf("SOURCEURL")]).isEqualTo("https://example.org/a1");
  }

  @Test
  void ploverLinesAreJsonWithPloverFields() throws Exception {
    Path out = dir.resolve("events.plover.jsonl");
    Exporter.write(store, ExportFormat.PLOVER, out);
    JsonNode consult = EventJson.MAPPER.readTree(Files.readAllLines(out).get(1));
    assertThat(consult.get("event_type").asText()).isEqualTo("CONSULT");
    assertThat(consult.get("mode").asText()).isEqualTo("visit");
    assertThat(consult.get("actor_code").asText()).isEqualTo("RUSGOV");
    assertThat(consult.get("recipient_country").asText()).isEqualTo("SYR");
    assertThat(consult.get("placename").asText()).isEqualTo("Damascus");
    assertThat(consult.get("contexts").isArray()).isTrue();
  }

  @Test
  void gexfIsWellFormedXmlWithActorsAndQuadClassEdges() throws Exception {
    Path out = dir.resolve("events.gexf");
    assertThat(Exporter.write(store, ExportFormat.GEXF, out)).isEqualTo(2);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(out.toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(GexfWriter.NS);
    assertThat(root.getAttribute("version")).isEqualTo("1.3");
    NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.NS, "node");
    assertThat(nodes.getLength()).isEqualTo(3);
    NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
    assertThat(edges.getLength()).isEqualTo(2);
    assertThat(((Element) edges.item(0)).getAttribute("source")).isEqualTo("EVL");
    assertThat(doc.getElementsByTagNameNS(GexfWriter.VIZ, "color").getLength()).isEqualTo(2);
    // Quotes, ampersands and angle brackets survive; XML attribute normalisation turns the tab into a space.
    assertThat(((Element) nodes.item(0)).getAttribute("label")).isEqualTo("A \"&\" <b> Tab");
  }

  @Test
  void parquetReadsBackThroughDuckDb() throws Exception {
    Path out = dir.resolve("events.parquet");
    Exporter.write(store, ExportFormat.PARQUET, out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT count(*), min(source_code) FROM read_parquet('" + out.toString().replace("'", "''") + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(2);
      assertThat(rs.getString(2)).isEqualTo("EVL");
    }
  }

  @Test
  void csvAndJsonlHaveOneRowPerEvent() throws Exception {
    Path csv = dir.resolve("events.csv");
    Exporter.write(store, ExportFormat.CSV, csv);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT count(*) FROM read_csv('" + csv.toString().replace("'", "''") + "', header = true)")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(2);
    }
    Path jsonl = dir.resolve("events.jsonl");
    Exporter.write(store, ExportFormat.JSONL, jsonl);
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(2)
        .allSatisfy(l -> assertThat(EventJson.MAPPER.readTree(l).get("id")).isNotNull());
  }

  @Test
  void defaultFileNamesSayTheFormat() {
    assertThat(ExportFormat.GDELT.defaultFileName()).isEqualTo("events.gdelt.tsv");
    assertThat(ExportFormat.CSV.defaultFileName()).isEqualTo("events.csv");
    assertThat(ExportFormat.GEXF.defaultFileName()).isEqualTo("events.gexf");
  }
}
