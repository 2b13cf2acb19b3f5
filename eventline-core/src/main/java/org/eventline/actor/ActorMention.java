package org.eventline.actor;

/**
 * An actor found in a sentence: the words as written and where they stand.
 *
 * @param text the words as written ("the Russian foreign minister")
 * @param actor the resolved actor
 * @param firstToken index of the first token in its sentence (0-based)
 * @param lastToken index of the last token in its sentence, inclusive
 * @param headToken index of the token that heads the phrase (the noun a parser attaches to)
 * @param start character offset of the first character in the text that was analysed
 * @param end character offset after the last character
 */
public record ActorMention(
    String text, Actor actor, int firstToken, int lastToken, int headToken, int start, int end) {
  public ActorMention {
    if (actor == null) {
      throw new IllegalArgumentException("a mention needs an actor");
    }
    if (firstToken > lastToken || headToken < firstToken || headToken > lastToken) {
      throw new IllegalArgumentException(
          "mention '" + text + "': tokens " + firstToken + ".." + lastToken + " head " + headToken);
    }
  }

  public boolean covers(int token) {
    return token >= firstToken && token <= lastToken;
  }
}
