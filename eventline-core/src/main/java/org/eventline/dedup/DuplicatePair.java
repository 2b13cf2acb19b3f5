package org.eventline.dedup;

/**
 * Two articles found to be copies of one story.
 *
 * @param jaccard estimated Jaccard similarity of their shingle sets
 * @param containment estimated share of the shorter one's shingles that are in the longer one:
 *     near 1 for a shortened copy, whose Jaccard similarity is only its share of the original's length
 */
public record DuplicatePair(String firstId, String secondId, double jaccard, double containment) {}
