package org.eventline.article;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The language of an article's text, by the n-gram detector of optimaize's language-detector,
 * checked against what the page declares. Declarations are often template defaults ("en" on an
 * Arabic story), so a confident reading of the text overrides a declaration it contradicts; a
 * declaration the text agrees with is kept as written ("en-GB").
 */
final class LanguageGuess {
  /** The languages of the news we code; each loaded profile costs heap, so not all 70. */
  private static final List<String> LANGUAGES = List.of("en", "ar", "fa", "ur", "tr", "he", "fr", "es", "pt",
      "it", "de", "nl", "ru", "uk", "pl", "zh-CN", "zh-TW", "ja", "ko", "hi", "id", "sw", "el", "sv");
  /** Enough text to be sure; more only costs time. */
  private static final int SAMPLE = 2000;
  /** Less text than this is too little to overrule a declaration. */
  private static final int MIN_TEXT = 120;
  private static final double CONFIDENT = 0.9;

  private LanguageGuess() {}

  /** Loaded on first use: a run that never reads HTML never pays for the profiles. */
  private static final class Detector {
    static final LanguageDetector INSTANCE = load();

    private static LanguageDetector load() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().read(LANGUAGES))
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("language profiles missing from the classpath", e);
      }
    }
  }

  /** The declared tag when the text agrees or says too little, else the detected code; null when neither. */
  static String of(String declared, String text) {
    String detected = detect(text);
    if (declared == null || declared.isBlank()) {
      return detected;
    }
    if (detected == null || primary(declared).equals(primary(detected))) {
      return declared;
    }
    return detected;
  }

  private static String detect(String text) {
    if (text == null || text.length() < MIN_TEXT) {
      return null;
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(sample);
    if (found.isEmpty() || found.get(0).getProbability() < CONFIDENT) {
      return null;
    }
    String code = found.get(0).getLocale().getLanguage();
    return code.equals("zh") ? "zh" : code;
  }

  private static String primary(String tag) {
    String p = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return p.equals("iw") ? "he" : p;
  }
}
