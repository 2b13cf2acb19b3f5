package org.eventline.event;

import java.util.List;
import org.eventline.actor.ActorMention;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Sentence;

/**
 * A sentence ready for event coding: its tokens, the actors found in it, and its dependency parse
 * when it was parsed (only sentences that may carry an event are).
 *
 * @param index 0-based index among all coded sentences of the article, title first
 * @param inTitle true for the headline, whose offsets are not in the body
 * @param parse null when the sentence was not parsed
 */
public record AnalysedSentence(int index, boolean inTitle, Sentence sentence, List<ActorMention> mentions, Parse parse) {
  public AnalysedSentence {
    mentions = List.copyOf(mentions);
  }

  /** The mention covering token {@code i}, or null. */
  public ActorMention mentionAt(int i) {
    for (ActorMention m : mentions) {
      if (m.covers(i)) {
        return m;
      }
    }
    return null;
  }
}
