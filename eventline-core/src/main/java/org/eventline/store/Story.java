package org.eventline.store;

import java.util.List;

/**
 * The story an article belongs to: every stored copy of one text (reposts, copies with other
 * boilerplate, shortened copies), the original marked.
 *
 * <pre>{@code
 * Story s = store.story(articleId).orElseThrow();
 * if (!s.originalId().equals(articleId)) print("repost of " + s.original().title());
 * }</pre>
 *
 * @param id the story's id: the id of its first stored article
 * @param originalId the article the others credit as their source, else the earliest published, else the first stored
 * @param articles every member, the original first, then in the order they were stored
 */
public record Story(String id, String originalId, List<Copy> articles) {
  public Story {
    articles = List.copyOf(articles);
    if (articles.isEmpty() || !articles.get(0).id().equals(originalId)) {
      throw new IllegalArgumentException("a story lists its original first: " + originalId);
    }
  }

  /** One stored copy of the story, without its body. */
  public record Copy(String id, String title, String url, String site, String source, String published) {}

  public Copy original() {
    return articles.get(0);
  }

  /** Stored copies, the original included: 1 for an article no other repeats. */
  public int size() {
    return articles.size();
  }
}
