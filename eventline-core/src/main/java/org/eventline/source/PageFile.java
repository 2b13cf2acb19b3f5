package org.eventline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One {@code .html}, {@code .htm} or scraped {@code .txt} file, read whole up to the size limit. */
record PageFile(String name, Path path, String via, int maxBytes) implements Source {
  @Override
  public void read(PageSink sink) {
    sink.accept(read());
  }

  PageInput read() {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return PageInput.failed(name, via, null, "page " + name + ": " + size + " bytes, over the page limit of "
            + maxBytes + " bytes; not read (a news page is far smaller: is it a dump of many pages?)");
      }
      try (InputStream in = Files.newInputStream(path)) {
        // Read one byte past the limit: the file may have grown since its size was taken.
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
          return PageInput.failed(name, via, null, "page " + name + ": grew past the page limit of "
              + maxBytes + " bytes while being read; not read");
        }
        return PageInput.of(name, via, null, bytes);
      }
    } catch (NoSuchFileException e) {
      return PageInput.failed(name, via, null, "page " + name + ": no such file (or a link to a missing file)");
    } catch (AccessDeniedException e) {
      return PageInput.failed(name, via, null, "page " + name + ": permission denied; check the file's permissions");
    } catch (IOException e) {
      return PageInput.failed(name, via, null, "page " + name + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
