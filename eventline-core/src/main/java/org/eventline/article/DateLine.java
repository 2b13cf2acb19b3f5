package org.eventline.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is a date and nothing else, with what its label (if any) says the date is:
 * {@code "Published: 25 June 2016"}, {@code "Retrieved 29 Mar 2024"}, {@code "Saturday 25 June 2016 - 16:04"}.
 */
record DateLine(Role role, PrintedDate date) {

  /** What a label says about a date; most printed dates carry no label. */
  enum Role {
    PUBLISHED,
    UPDATED,
    CRAWLED,
    UNLABELLED
  }

  private static final Pattern LABEL = Pattern.compile(
      "^(published|posted|first published|date|dated|released|publié|publiée|publicado|publicada|veröffentlicht|"
          + "erstellt|datum|pubblicato|pubblicata|gepubliceerd|"
          + "updated|last updated|modified|last modified|mis à jour|actualizado|aktualisiert|stand|aggiornato|"
          + "atualizado|bijgewerkt|"
          + "crawled|retrieved|accessed|scraped|fetched|saved|archived)"
          + "(?:\\s+(?:on|at|le|el|am|il|em|op))?\\s*[:\\-–]?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The same labels in Chinese, Japanese and Korean, which need no space before the date: "公開日：",
   * "最終更新日：", "发布时间：", "입력 ".
   */
  private static final Pattern CJK_LABEL = Pattern.compile(
      "^(公開日時?|掲載日時?|投稿日時?|配信日時?|配信開始日|公表日|発行日|発表日|登録日|作成日|"
          + "发布时间|发布日期|發佈時間|發布日期|发表时间|发表于|發表於|日期|時間|时间|기사입력|입력|작성일|등록일|"
          + "最終更新日時?|更新日時?|最終更新|更新时间|更新於|수정|업데이트)\\s*[:：]?\\s*");
  /** Labels of a last change in other languages than English and French. */
  private static final Set<String> UPDATED_LABELS = Set.of("actualizado", "aktualisiert", "stand", "aggiornato",
      "atualizado", "bijgewerkt");
  private static final Pattern CJK_UPDATED = Pattern.compile("更新|수정|업데이트");

  static Optional<DateLine> parse(String line) {
    Matcher m = LABEL.matcher(line);
    Matcher cjk = CJK_LABEL.matcher(line);
    Role role = Role.UNLABELLED;
    String rest = line;
    if (m.find()) {
      role = roleOf(m.group(1).toLowerCase(Locale.ROOT));
      rest = line.substring(m.end());
    } else if (cjk.find()) {
      role = CJK_UPDATED.matcher(cjk.group(1)).find() ? Role.UPDATED : Role.PUBLISHED;
      rest = line.substring(cjk.end());
    }
    Role r = role;
    return PrintedDate.parse(rest).map(d -> new DateLine(r, d));
  }

  private static Role roleOf(String label) {
    if (label.contains("updated") || label.contains("modified") || label.startsWith("mis à jour")
        || UPDATED_LABELS.contains(label)) {
      return Role.UPDATED;
    }
    return switch (label) {
      case "crawled", "retrieved", "accessed", "scraped", "fetched", "saved", "archived" -> Role.CRAWLED;
      default -> Role.PUBLISHED;
    };
  }
}
