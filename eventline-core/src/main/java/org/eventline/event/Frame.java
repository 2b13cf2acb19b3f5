package org.eventline.event;

import java.util.List;

/** The sources and targets found around one event word, before events are made of them. */
record Frame(int trigger, EventPattern pattern, List<Side> sources, List<Side> targets, boolean pairwise) {}
