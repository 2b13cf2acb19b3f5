/**
 * Eventline on Apache Spark: the core pipeline over WARC files on a cluster, Parquet out.
 *
 * <p>{@link org.eventline.spark.EventlineJob} is the front door: one partition per WARC file,
 * CoreNLP loaded once per executor JVM (the core's {@code Pipeline.shared()}), the tables written
 * with the same columns as the embedded store's exports, and duplicate stories and event
 * aggregation computed as joins and reductions over the whole data set, never on the driver.
 */
package org.eventline.spark;
