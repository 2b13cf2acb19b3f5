import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.pipeline.Pipeline;

/**
 * Codes each probe sentence of a TSV file (sentence, tab, the ISO alpha-3 country the first event
 * must be placed in) as a one-sentence article and prints the probes whose first event is placed
 * elsewhere, or has no place or no event, then the count placed right. A single-file program:
 *
 * <pre>
 * java -cp "eventline-cli/target/eventline-cli.jar:eventline-cli/target/lib/*" \
 *     devset/probes/Probes.java devset/probes/places-struck.tsv
 * </pre>
 */
public class Probes {
  public static void main(String[] args) throws Exception {
    int right = 0;
    int all = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      String body = fields[0];
      String wanted = fields[1];
      Article article = new Article(null, "probe.txt", null, null, null, "2024-03-15", null, null, null, null, null,
          "en", body, null);
      List<Event> events = Pipeline.shared().code(article).events();
      String got = events.isEmpty() ? "no event" : events.get(0).where() == null ? "no place"
          : events.get(0).where().country() + " " + events.get(0).where().name() + " (" + events.get(0).where().how() + ")";
      all++;
      if (got.startsWith(wanted + " ")) {
        right++;
      } else {
        System.out.println("wanted " + wanted + ", got " + got + " | " + body);
      }
    }
    System.out.println(right + " of " + all + " placed in the wanted country");
  }
}
