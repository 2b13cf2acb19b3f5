package org.eventline.event;

import org.eventline.actor.ActorMention;

/**
 * One side of an event as the JSON contract shows it: the text found and the actor it stands for.
 */
public record Participant(String text, String name, String code, String country, String kind) {
  public static Participant of(ActorMention mention) {
    return new Participant(
        mention.text(),
        mention.actor().name(),
        mention.actor().code(),
        mention.actor().country(),
        mention.actor().kind().label());
  }
}
