package org.eventline.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder: every page, WARC, feed and JSON Lines file below it, in name order. URL lists are
 * read only when given by name, so that dropping a folder in never starts fetching from the net.
 *
 * <p>Links to folders are not followed, so a link loop cannot trap the walk; links to files are
 * read. A sub-folder that cannot be listed becomes one failed input, and the walk goes on.
 */
record Folder(String name, Path root, Sources.Opener opener) implements Source {
  @Override
  public void read(PageSink sink) {
    walk(root, name, sink);
  }

  private void walk(Path dir, String dirName, PageSink sink) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      sink.accept(PageInput.failed(dirName, name, null, "folder " + dirName + ": cannot be listed ("
          + e.getMessage() + "); its pages were skipped, check its permissions"));
      return;
    }
    entries.sort(null);
    for (Path p : entries) {
      String entryName = dirName.endsWith("/") ? dirName + p.getFileName() : dirName + "/" + p.getFileName();
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        walk(p, entryName, sink);
      } else if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
        sink.skipped(entryName, "a link to a folder, not followed (links can loop)");
      } else {
        InputKind kind = InputKind.of(p.getFileName().toString());
        if (kind != null && kind != InputKind.URL_LIST) {
          opener.open(kind, entryName, p, name).read(sink);
        }
      }
    }
  }
}
