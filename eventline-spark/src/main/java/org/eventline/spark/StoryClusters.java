package org.eventline.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;


import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.eventline.dedup.Fingerprint;

/**
 * Duplicate stories over the whole data set, as the core's {@code Deduplicator} finds them in one
 * JVM, but as Spark operations: LSH band keys per article (computed on the executors with the
 * article), a group per band bucket giving candidate pairs, the containment test on each pair, and
 * connected components by iterated min-label joins. Nothing is collected to the driver but a count
 * per iteration.
 *
 * <p>The result is one row per article: {@code article_id, story_id}, the story id being the id of
 * the member the others credit as their source, else the earliest published, else the least id.
 */
final class StoryClusters {
  /** As in the Deduplicator: above this many articles in one bucket (boilerplate), each is paired with the first only. */
  static final int LARGE_BUCKET = 64;
  /** Components wider than this many hops are cut: a safety stop, far above any real repost chain. */
  static final int MAX_ITERATIONS = 30;

  private StoryClusters() {}

  /** @param articles rows with id, published, site, source, shingles, signature, band_keys */
  static Dataset<Row> of(Dataset<Row> articles) {
    Dataset<Row> fingerprints = articles.where(col("shingles").gt(0));
    Dataset<Row> pairs = candidatePairs(fingerprints);
    Dataset<Row> edges = duplicates(pairs, fingerprints);
    Dataset<Row> components = components(edges);
    Dataset<Row> members = articles.select("id", "published", "site", "source").join(components,
        articles.col("id").equalTo(components.col("member")), "left")
        .select(col("id"), col("published"), col("site"), col("source"),
            coalesce(col("component"), col("id")).as("component"));
    StructType out = new StructType().add("article_id", DataTypes.StringType).add("story_id", DataTypes.StringType);
    return members.groupByKey((MapFunction<Row, String>) r -> r.getAs("component"), Encoders.STRING())
        .flatMapGroups(StoryClusters::original, Encoders.row(out));
  }

  /** Pairs (a, b), a < b, that share a band bucket. */
  static Dataset<Row> candidatePairs(Dataset<Row> fingerprints) {
    Dataset<Row> buckets = fingerprints.select(col("id"), explode(col("band_keys")).as("band_key"))
        .groupBy("band_key").agg(collect_list("id").as("ids"))
        .where(size(col("ids")).gt(1));
    StructType pair = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    return buckets.flatMap((FlatMapFunction<Row, Row>) StoryClusters::pairs, Encoders.row(pair)).distinct();
  }

  private static Iterator<Row> pairs(Row bucket) {
    List<String> ids = new ArrayList<>(bucket.getList(bucket.fieldIndex("ids")));
    Collections.sort(ids); // the order the pairs and the "first" of a large bucket are taken in must not depend on the shuffle
    List<Row> out = new ArrayList<>();
    for (int x = 1; x < ids.size(); x++) {
      int to = ids.size() > LARGE_BUCKET ? 1 : x;
      for (int y = 0; y < to; y++) {
        String a = ids.get(y);
        String b = ids.get(x);
        if (!a.equals(b)) {
          out.add(a.compareTo(b) < 0 ? RowFactory.create(a, b) : RowFactory.create(b, a));
        }
      }
    }
    return out.iterator();
  }

  /** The candidate pairs that pass the Deduplicator's containment test. */
  static Dataset<Row> duplicates(Dataset<Row> pairs, Dataset<Row> fingerprints) {
    Dataset<Row> fa = fingerprints.select(col("id").as("fa_id"), col("shingles").as("fa_n"), col("signature").as("fa_sig"));
    Dataset<Row> fb = fingerprints.select(col("id").as("fb_id"), col("shingles").as("fb_n"), col("signature").as("fb_sig"));
    Dataset<Row> joined = pairs.join(fa, pairs.col("a").equalTo(fa.col("fa_id")))
        .join(fb, pairs.col("b").equalTo(fb.col("fb_id")));
    StructType edge = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    return joined.flatMap((FlatMapFunction<Row, Row>) r -> {
      Fingerprint a = fingerprint(r.getInt(r.fieldIndex("fa_n")), r.getList(r.fieldIndex("fa_sig")));
      Fingerprint b = fingerprint(r.getInt(r.fieldIndex("fb_n")), r.getList(r.fieldIndex("fb_sig")));
      return a.isDuplicate(b, Fingerprint.MIN_CONTAINMENT)
          ? List.of(RowFactory.create(r.<String>getAs("a"), r.<String>getAs("b"))).iterator()
          : Collections.emptyIterator();
    }, Encoders.row(edge));
  }

  /**
   * Connected components of the duplicate graph: every member starts labelled with itself and takes
   * the least label among its neighbours until no label changes; the label is then the least id in
   * the component. Rows: {@code member, component}, only for articles with a duplicate.
   */
  static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
        .union(edges.select(col("b").as("src"), col("a").as("dst"))).cache();
    Dataset<Row> labels = both.select(col("src").as("member"), least(col("src"), col("dst")).as("component"))
        .groupBy("member").agg(min("component").as("component")).localCheckpoint();
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Dataset<Row> offered = both.join(labels, both.col("dst").equalTo(labels.col("member")))
          .select(col("src").as("member"), col("component"));
      Dataset<Row> next = offered.union(labels).groupBy("member").agg(min("component").as("component"))
          .localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("component", "before"), "member")
          .where(col("component").notEqual(col("before"))).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    both.unpersist();
    return labels;
  }

  /** Every member of one component with the component's original as its story id. */
  private static Iterator<Row> original(String component, Iterator<Row> rows) {
    List<Row> members = new ArrayList<>();
    rows.forEachRemaining(members::add);
    members.sort((x, y) -> x.<String>getAs("id").compareTo(y.getAs("id")));
    Row best = members.get(0);
    int bestCredits = -1;
    for (Row m : members) {
      int credits = 0;
      for (Row other : members) {
        if (other != m && Fingerprint.credits(other.getAs("source"), m.getAs("site"))) {
          credits++;
        }
      }
      if (credits > bestCredits || (credits == bestCredits && earlier(m.getAs("published"), best.getAs("published")))) {
        best = m;
        bestCredits = credits;
      }
    }
    String story = best.getAs("id");
    List<Row> out = new ArrayList<>(members.size());
    for (Row m : members) {
      out.add(RowFactory.create(m.<String>getAs("id"), story));
    }
    return out.iterator();
  }

  private static boolean earlier(String a, String b) {
    return a != null && (b == null || a.compareTo(b) < 0);
  }

  private static Fingerprint fingerprint(int shingles, List<Integer> signature) {
    int[] s = new int[signature.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = signature.get(i);
    }
    return new Fingerprint(shingles, s);
  }
}
