package org.eventline.export;

import org.eventline.store.StoredEvent;

/** One event as one line of a text export, without its newline. */
interface LineFormat {
  String line(StoredEvent event) throws java.io.IOException;
}
