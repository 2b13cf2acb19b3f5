package org.eventline.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.Ontology;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;

/**
 * A seeded generator of news articles and their events, shaped like real event data: a few busy
 * countries dominate, governments act most, verbal cooperation and assaults are the commonest
 * types, most events are asserted, articles carry 1–8 events and arrive in date order.
 *
 * <pre>{@code
 * SyntheticCorpus corpus = new SyntheticCorpus(42, LocalDate.parse("2015-01-01"), 3650);
 * SyntheticCorpus.Item a = corpus.next(1_000_000); // the same sequence for the same seed
 * }</pre>
 */
public final class SyntheticCorpus {
  /** One generated article and the events coded from it. */
  public record Item(Article article, List<Event> events) {}

  // ISO code, name, capital, lat, lon; weights follow the list order (earlier = busier).
  private static final String[][] COUNTRIES = {
    {"SYR", "Syria", "Damascus", "33.51", "36.29"}, {"RUS", "Russia", "Moscow", "55.75", "37.62"},
    {"USA", "United States", "Washington", "38.90", "-77.04"}, {"IRQ", "Iraq", "Baghdad", "33.34", "44.40"},
    {"TUR", "Turkey", "Ankara", "39.93", "32.86"}, {"IRN", "Iran", "Tehran", "35.69", "51.42"},
    {"ISR", "Israel", "Jerusalem", "31.77", "35.21"}, {"UKR", "Ukraine", "Kyiv", "50.45", "30.52"},
    {"AFG", "Afghanistan", "Kabul", "34.53", "69.17"}, {"YEM", "Yemen", "Sanaa", "15.35", "44.21"},
    {"LBY", "Libya", "Tripoli", "32.89", "13.19"}, {"CHN", "China", "Beijing", "39.90", "116.41"},
    {"FRA", "France", "Paris", "48.86", "2.35"}, {"GBR", "United Kingdom", "London", "51.51", "-0.13"},
    {"DEU", "Germany", "Berlin", "52.52", "13.40"}, {"EGY", "Egypt", "Cairo", "30.04", "31.24"},
    {"SAU", "Saudi Arabia", "Riyadh", "24.71", "46.68"}, {"PAK", "Pakistan", "Islamabad", "33.68", "73.05"},
    {"IND", "India", "New Delhi", "28.61", "77.21"}, {"NGA", "Nigeria", "Abuja", "9.08", "7.40"},
    {"SOM", "Somalia", "Mogadishu", "2.05", "45.32"}, {"MLI", "Mali", "Bamako", "12.64", "-8.00"},
    {"SDN", "Sudan", "Khartoum", "15.50", "32.56"}, {"LBN", "Lebanon", "Beirut", "33.89", "35.50"},
    {"JOR", "Jordan", "Amman", "31.95", "35.93"}, {"VEN", "Venezuela", "Caracas", "10.48", "-66.90"},
    {"COL", "Colombia", "Bogota", "4.71", "-74.07"}, {"MEX", "Mexico", "Mexico City", "19.43", "-99.13"},
    {"BRA", "Brazil", "Brasilia", "-15.79", "-47.88"}, {"ZAF", "South Africa", "Pretoria", "-25.75", "28.19"},
    {"KEN", "Kenya", "Nairobi", "-1.29", "36.82"}, {"ETH", "Ethiopia", "Addis Ababa", "9.03", "38.74"},
    {"PRK", "North Korea", "Pyongyang", "39.04", "125.76"}, {"KOR", "South Korea", "Seoul", "37.57", "126.98"},
    {"JPN", "Japan", "Tokyo", "35.68", "139.69"}, {"MMR", "Myanmar", "Naypyidaw", "19.76", "96.08"},
  };
  // Role suffix, kind, how the text names it, weight.
  private static final String[][] ROLES = {
    {"GOV", "government", "the government of %s", "10"}, {"MIL", "military", "the %s army", "5"},
    {"REB", "armed_group", "rebels in %s", "3"}, {"OPP", "other", "the %s opposition", "2"},
    {"CVL", "civilians", "civilians in %s", "2"}, {"", "state", "%s", "4"},
  };
  private static final String[][] IGOS = {{"IGOUNO", "United Nations"}, {"IGOEEC", "European Union"},
    {"IGONAT", "NATO"}, {"IGOARB", "Arab League"}};
  // CAMEO codes with weights: talk is common, conflict comes in bursts.
  private static final String[] CAMEO = {"030", "036", "040", "042", "043", "046", "051", "057", "061", "071",
    "073", "111", "112", "120", "128", "130", "138", "141", "163", "173", "180", "183", "190", "193", "195"};
  private static final int[] CAMEO_WEIGHT = {12, 6, 10, 8, 8, 4, 4, 3, 2, 2, 2, 6, 5, 3, 2, 3, 2, 3, 2, 3, 4, 2, 6, 4, 3};

  private final SplittableRandom random;
  private final LocalDate start;
  private final int days;
  private final Ontology ontology = Ontology.defaults();
  private final int cameoTotal;
  private long produced;

  /**
   * @param seed the same seed gives the same articles in the same order
   * @param start the first article date
   * @param days how many days the articles spread over, in order
   */
  public SyntheticCorpus(long seed, LocalDate start, int days) {
    this.random = new SplittableRandom(seed);
    this.start = start;
    this.days = Math.max(1, days);
    int total = 0;
    for (int w : CAMEO_WEIGHT) {
      total += w;
    }
    this.cameoTotal = total;
  }

  /**
   * The next article of a run that will hold about {@code expectedArticles}; dates advance with
   * the count, so the store's rows arrive clustered by date as a real feed's do.
   */
  public Item next(long expectedArticles) {
    long n = produced++;
    LocalDate date = start.plusDays(Math.min(days - 1, n * days / Math.max(1, expectedArticles)));
    String id = String.format("syn%012d", n);
    int count = 1 + Math.min(7, (int) Math.abs(random.nextGaussian() * 2.5));
    StringBuilder body = new StringBuilder();
    List<Event> events = new ArrayList<>(count);
    String[] place = COUNTRIES[skewed(COUNTRIES.length)];
    for (int i = 0; i < count; i++) {
      Participant source = actor(place);
      Participant target = random.nextInt(10) == 0 ? null : actor(COUNTRIES[skewed(COUNTRIES.length)]);
      Ontology.Entry entry = ontology.entry(cameo()).orElseThrow();
      String sentence = capitalise(source.text()) + " " + verb(entry) + (target == null ? "" : " " + target.text())
          + " near " + place[2] + ".";
      int startOffset = body.length();
      body.append(sentence).append(' ');
      Place where = new Place(place[2], place[2], place[0],
          Double.parseDouble(place[3]) + (random.nextDouble() - 0.5), Double.parseDouble(place[4]) + (random.nextDouble() - 0.5),
          null, "city", "sentence");
      EventStatus status = random.nextInt(20) == 0 ? EventStatus.NEGATED
          : random.nextInt(10) == 0 ? EventStatus.HYPOTHETICAL : EventStatus.ASSERTED;
      events.add(new Event(id + "-" + i, id, date.toString(), entry.type(), entry.mode(), entry.cameo(),
          entry.quadClass(), entry.goldstein(), status, source, target, where,
          new SentenceRef(i + 1, sentence, startOffset, startOffset + sentence.length()),
          Math.round((0.5 + random.nextDouble() / 2) * 100) / 100.0));
    }
    String title = events.get(0).type().name().charAt(0) + events.get(0).type().name().substring(1).toLowerCase()
        + " near " + place[2];
    Article article = new Article(id, "synthetic/" + id + ".html", "https://news.example/" + id, null, title,
        date.toString(), null, null, "Synthetic Wire", "news.example", null, "en", body.toString().strip(), null);
    return new Item(article, events);
  }

  private Participant actor(String[] country) {
    if (random.nextInt(25) == 0) {
      String[] igo = IGOS[random.nextInt(IGOS.length)];
      return new Participant("the " + igo[1], igo[1], igo[0], null, "igo");
    }
    String[] role = ROLES[weightedRole()];
    return new Participant(String.format(role[2], country[1]), country[1] + (role[0].isEmpty() ? "" : " " + role[1].replace('_', ' ')),
        country[0] + role[0], country[0], role[1]);
  }

  private int weightedRole() {
    int total = 0;
    for (String[] r : ROLES) {
      total += Integer.parseInt(r[3]);
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < ROLES.length; i++) {
      pick -= Integer.parseInt(ROLES[i][3]);
      if (pick < 0) {
        return i;
      }
    }
    return 0;
  }

  private String cameo() {
    int pick = random.nextInt(cameoTotal);
    for (int i = 0; i < CAMEO.length; i++) {
      pick -= CAMEO_WEIGHT[i];
      if (pick < 0) {
        return CAMEO[i];
      }
    }
    return CAMEO[0];
  }

  /** Index 0 most often, then fewer and fewer: a few countries make most of the news. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u * u));
  }

  private static String verb(Ontology.Entry e) {
    String name = e.name() == null ? e.type().name().toLowerCase() : e.name().toLowerCase();
    return name.length() > 40 ? name.substring(0, 40).strip() : name;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
