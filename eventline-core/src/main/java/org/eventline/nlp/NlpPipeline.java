package org.eventline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, loaded once per process: sentence splitting, tokens, POS tags, lemmas and
 * coarse NER for every sentence, and dependency parses only for the sentences asked for.
 *
 * <p>Most sentences carry no event, so {@link #parse(Sentence)} is separate from
 * {@link #analyse(String)}. Parses come from CoreNLP's English UD model run by
 * {@link TransitionParser}, which gives CoreNLP's trees at a fraction of the cost.
 *
 * <pre>{@code
 * NlpPipeline nlp = NlpPipeline.shared();
 * for (Sentence s : nlp.analyse(text)) { Parse p = nlp.parse(s); }
 * }</pre>
 */
public final class NlpPipeline {
  private static volatile NlpPipeline shared;

  private final StanfordCoreNLP tagger;
  private final TransitionParser parser;
  private final long loadMillis;

  private NlpPipeline() {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Coarse types are all actor resolution needs; fine-grained types and SUTime cost 2.5x.
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // One CRF (PERSON, LOCATION, ORGANIZATION) instead of three: NER time falls from 75 to 25 ms
    // on a 600-word article, and dictionaries cover what the 7-class and MISC models add.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    // Paragraph breaks end sentences: headlines and credit lines have no final stop.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.tagger = new StanfordCoreNLP(props);
    this.parser = TransitionParser.load();
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** The process-wide pipeline; the first call loads the models (several seconds). */
  public static NlpPipeline shared() {
    NlpPipeline p = shared;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = shared;
        if (p == null) {
          p = new NlpPipeline();
          shared = p;
        }
      }
    }
    return p;
  }

  /** How long loading the models took, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  /** Splits, tokenizes, tags, lemmatizes and NER-tags a text. Offsets are into {@code text}. */
  public List<Sentence> analyse(String text) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
            l.beginPosition(), l.endPosition()));
      }
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<Token> mended = NounModifiers.mend(HeadlineVerbs.mend(tokens));
      out.add(new Sentence(out.size(), text.substring(begin, end), begin, end, mended));
    }
    return out;
  }

  /** Parses one sentence into Universal Dependencies (enhanced++: subjects shared by conjuncts,
   *  controlled subjects of xcomp, relative pronouns replaced by their antecedents). */
  public Parse parse(Sentence sentence) {
    GrammaticalStructure gs = parser.parse(coreLabels(sentence));
    List<Dependency> deps = new ArrayList<>();
    for (TypedDependency td : gs.typedDependenciesEnhancedPlusPlus()) {
      IndexedWord dep = td.dep();
      if (dep.copyCount() > 0 || td.gov().copyCount() > 0) {
        continue; // copy nodes stand for elided words; events are coded on real tokens only
      }
      deps.add(new Dependency(td.gov().index() - 1, dep.index() - 1, td.reln().toString()));
    }
    return new Parse(sentence, deps);
  }

  /** A sentence's tokens as the tagged CoreLabels the parser takes, indexed from 1. */
  static List<CoreLabel> coreLabels(Sentence sentence) {
    List<CoreLabel> words = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setIndex(t.index() + 1);
      l.setBeginPosition(t.begin());
      l.setEndPosition(t.end());
      words.add(l);
    }
    return words;
  }
}
