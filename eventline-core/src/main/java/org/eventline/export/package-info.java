/**
 * Exports of the stored events in the formats analysts' tools read: GDELT 2.0 event TSV, PLOVER
 * JSON Lines, GEXF (the actor network, for Gephi), and through the store CSV, Parquet and JSON Lines.
 *
 * <p>{@link org.eventline.export.Exporter} is the front door; docs/EXPORTS.md documents each
 * format's columns and the GDELT mapping.
 */
package org.eventline.export;
