package org.eventline.dedup;

import java.util.List;

/**
 * Articles that tell one story: reposts, copies with other boilerplate, shortened copies.
 *
 * <pre>{@code for (StoryCluster c : dedup.clusters()) if (c.size() > 1) print(c.originalId() + " reposted as " + c.articleIds());}</pre>
 *
 * @param originalId the article credited as the source by the others, else the earliest published
 * @param articleIds every member, the original first, then in the order they were added
 */
public record StoryCluster(String originalId, List<String> articleIds) {
  public StoryCluster {
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty() || !articleIds.get(0).equals(originalId)) {
      throw new IllegalArgumentException("a story cluster lists its original first: " + originalId + " " + articleIds);
    }
  }

  public int size() {
    return articleIds.size();
  }
}
