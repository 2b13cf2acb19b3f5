package org.eventline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.store.EventStore;

/**
 * The actor network as GEXF 1.3 for Gephi: a node per actor code (label, country, kind, events),
 * a directed edge per (source, target, quad class) weighted by its events and coloured by quad
 * class, as the web UI colours it. Written with StAX, so every value is escaped by the XML writer.
 */
final class GexfWriter {
  static final String NS = "http://gexf.net/1.3";
  static final String VIZ = "http://gexf.net/1.3/viz";
  private static final int[][] QUAD_RGB = {{43, 138, 62}, {28, 126, 214}, {240, 140, 0}, {201, 42, 42}};

  private record Node(String label, String country, String kind, long[] events) {}

  long write(EventStore store, Path out) throws IOException {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, long[]> edges = new LinkedHashMap<>();
    store.forEach(se -> {
      Event e = se.event();
      node(nodes, e.source());
      node(nodes, e.target());
      if (code(e.source()) != null && code(e.target()) != null) {
        edges.computeIfAbsent(code(e.source()) + "\t" + code(e.target()) + "\t" + e.quadClass(), k -> new long[1])[0]++;
      }
    });
    try (OutputStream os = Files.newOutputStream(out)) {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("viz", VIZ);
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      x.writeStartElement("creator");
      x.writeCharacters("Eventline");
      x.writeEndElement();
      x.writeStartElement("description");
      x.writeCharacters("Actor network: nodes are actors, edges are events between them per quad class");
      x.writeEndElement();
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "directed");
      x.writeAttribute("mode", "static");
      attributes(x, "node", new String[][] {{"0", "country", "string"}, {"1", "kind", "string"}, {"2", "events", "long"}});
      attributes(x, "edge", new String[][] {{"0", "quad_class", "integer"}});
      x.writeStartElement("nodes");
      for (Map.Entry<String, Node> n : nodes.entrySet()) {
        x.writeStartElement("node");
        x.writeAttribute("id", n.getKey());
        x.writeAttribute("label", n.getValue().label());
        x.writeStartElement("attvalues");
        value(x, "0", n.getValue().country());
        value(x, "1", n.getValue().kind());
        value(x, "2", Long.toString(n.getValue().events()[0]));
        x.writeEndElement();
        x.writeEmptyElement(VIZ, "size");
        x.writeAttribute("value", String.format("%.1f", 5 + 3 * Math.sqrt(n.getValue().events()[0])));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      int id = 0;
      for (Map.Entry<String, long[]> e : edges.entrySet()) {
        String[] k = e.getKey().split("\t");
        int quad = Integer.parseInt(k[2]);
        x.writeStartElement("edge");
        x.writeAttribute("id", Integer.toString(id++));
        x.writeAttribute("source", k[0]);
        x.writeAttribute("target", k[1]);
        x.writeAttribute("weight", Long.toString(e.getValue()[0]));
        x.writeStartElement("attvalues");
        value(x, "0", k[2]);
        x.writeEndElement();
        x.writeEmptyElement(VIZ, "color");
        x.writeAttribute("r", Integer.toString(QUAD_RGB[quad - 1][0]));
        x.writeAttribute("g", Integer.toString(QUAD_RGB[quad - 1][1]));
        x.writeAttribute("b", Integer.toString(QUAD_RGB[quad - 1][2]));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return edges.size();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  private static String code(Participant p) {
    return p == null || p.code() == null || p.code().isBlank() ? null : p.code();
  }

  private static void node(Map<String, Node> nodes, Participant p) {
    String code = code(p);
    if (code != null) {
      nodes.computeIfAbsent(code, c -> new Node(p.name() != null ? p.name() : c,
          p.country() == null ? "" : p.country(), p.kind() == null ? "" : p.kind(), new long[1])).events()[0]++;
    }
  }

  private static void attributes(XMLStreamWriter x, String kind, String[][] defs) throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", kind);
    for (String[] d : defs) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", d[0]);
      x.writeAttribute("title", d[1]);
      x.writeAttribute("type", d[2]);
    }
    x.writeEndElement();
  }

  private static void value(XMLStreamWriter x, String forId, String value) throws XMLStreamException {
    x.writeEmptyElement("attvalue");
    x.writeAttribute("for", forId);
    x.writeAttribute("value", value == null ? "" : value);
  }
}
