package org.eventline.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.stream.Stream;

/**
 * Makes {@code gazetteer.bin}, the {@link PlaceTable} of the shipped places, airports, counties and localities, at build
 * time: eventline-core's pom runs it in {@code process-classes}, after the TSV files are copied
 * and the classes compiled, with the output file as its argument:
 *
 * <pre>{@code
 * java -cp eventline-core/target/classes org.eventline.geo.PlaceTableCompiler \
 *     eventline-core/target/classes/org/eventline/geo/gazetteer.bin
 * }</pre>
 *
 * <p>The table is read by the same {@link GazetteerReader} and keyed by the same {@link Names} as
 * a TSV load, so it cannot drift from the files. It is made again only when something in its own
 * folder (a TSV file, a class of this package) is newer than it; otherwise the run is a no-op.
 */
final class PlaceTableCompiler {
  private PlaceTableCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PlaceTableCompiler <output gazetteer.bin>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (upToDate(out)) {
      return;
    }
    byte[] bytes = compile(Gazetteer.PLACES, Gazetteer.AIRPORTS, Gazetteer.COUNTIES, Gazetteer.LOCALITIES, Gazetteer.POSTAL).toBytes();
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The table of these places resources, read in this order (as {@link Gazetteer#load} reads them). */
  static PlaceTable compile(String... placesResources) {
    NameIndex names = new NameIndex();
    GazetteerReader reader = new GazetteerReader(names, new HashMap<>(), new HashSet<>(), new HashMap<>());
    for (String resource : placesResources) {
      reader.readPlaces(resource);
    }
    return PlaceTable.of(reader.places(), names);
  }

  /** A table written by {@link #main}, from the classpath. */
  static PlaceTable readTable(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath");
      }
      return PlaceTable.read(in, "gazetteer " + resource);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer " + resource + ": could not be read", e);
    }
  }

  private static boolean upToDate(Path out) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    FileTime made = Files.getLastModifiedTime(out);
    try (Stream<Path> inputs = Files.list(out.getParent())) {
      return inputs.filter(p -> !p.equals(out)).allMatch(p -> {
        try {
          return Files.getLastModifiedTime(p).compareTo(made) < 0;
        } catch (IOException e) {
          return false;
        }
      });
    }
  }
}
