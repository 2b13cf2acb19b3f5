package org.eventline.source;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML reader for untrusted files: no DTD, no entity expansion, no external entities. A
 * document with a DOCTYPE is refused outright (see {@link Refusing}), since no feed needs one.
 */
final class SafeXml {
  private SafeXml() {}

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external entity " + systemId + " refused");
    });
    return new Refusing(f.createXMLStreamReader(in));
  }

  /** What went wrong, with the line and column when the parser knows them. */
  static String describe(Exception e) {
    if (e instanceof XMLStreamException x) {
      String msg = x.getMessage() == null ? "" : x.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      return "not well-formed XML" + Feed.where(x.getLocation()) + " (" + msg.strip() + ")";
    }
    return "cannot be read (" + WarcFile.describe(e) + ")";
  }

  /** Fails at the DOCTYPE, before any entity can be declared or used. */
  static final class Refusing extends javax.xml.stream.util.StreamReaderDelegate {
    Refusing(XMLStreamReader r) {
      super(r);
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      if (event == DTD) {
        throw new XMLStreamException("has a DOCTYPE, refused: feeds need none, and a DTD can expand entities"
            + " without bound (billion laughs) or read local files (XXE)", getLocation());
      }
      if (event == ENTITY_REFERENCE) {
        throw new XMLStreamException("entity reference &" + getLocalName() + "; refused (no DTD declares it)",
            getLocation());
      }
      return event;
    }
  }
}
