/**
 * Ingesting at scale: {@link org.eventline.ingest.Ingest} reads {@link org.eventline.source.Source}s
 * into a bounded queue, codes pages on all cores, and stores each article with its events and its
 * provenance in one transaction, so a run killed at any moment resumes where it stopped and an
 * input given twice is stored once. Every page that fails is recorded in the store's errors table
 * with its input, stage and reason, and the run goes on.
 */
package org.eventline.ingest;
