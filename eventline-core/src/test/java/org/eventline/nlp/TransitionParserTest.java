package org.eventline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our forward pass must give CoreNLP's trees: every sentence of several development articles is
 * parsed by both, and the basic and enhanced++ dependencies must be equal, label for label.
 */
class TransitionParserTest {
  private static final Path PAGES = Path.of("..", "devset", "events", "pages");

  @Test
  void givesTheSameTreesAsCoreNlpsDependencyParser() throws IOException {
    NlpPipeline nlp = NlpPipeline.shared();
    List<List<CoreLabel>> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(PAGES)) {
      for (Path page : files.sorted().limit(8).toList()) {
        for (Sentence s : nlp.analyse(Files.readString(page))) {
          sentences.add(NlpPipeline.coreLabels(s));
        }
      }
    }
    assertThat(sentences).hasSizeGreaterThan(100);

    DependencyParser coreNlp = DependencyParser.loadFromModelFile(TransitionParser.DEFAULT_MODEL);
    TransitionParser ours = TransitionParser.load();
    int differ = 0;
    List<String> firstDifferences = new ArrayList<>();
    for (List<CoreLabel> words : sentences) {
      GrammaticalStructure expected = coreNlp.predict(words);
      GrammaticalStructure got = ours.parse(words);
      String e = expected.typedDependencies() + " " + expected.typedDependenciesEnhancedPlusPlus();
      String g = got.typedDependencies() + " " + got.typedDependenciesEnhancedPlusPlus();
      if (!e.equals(g)) {
        differ++;
        if (firstDifferences.size() < 3) {
          firstDifferences.add("CoreNLP " + e + "\nours    " + g);
        }
      }
    }
    assertThat(differ).as("sentences parsed differently: %s", firstDifferences).isZero();
  }

  @Test
  void aModelWithTheWrongFeatureCountIsRefused() {
    String header = "dict=3\npos=3\nlabel=2\nembeddingSize=2\nhiddenSize=2\nnumTokens=10\npreComputed=0\n";
    assertThatThrownBy(() -> TransitionParser.read(new BufferedReader(new StringReader(header))))
        .isInstanceOf(IOException.class).hasMessageContaining("10 features");
  }

  @Test
  void aTruncatedModelIsRefusedWithAReason() {
    String header = "dict=3\npos=3\nlabel=2\nembeddingSize=2\nhiddenSize=2\nnumTokens=48\npreComputed=0\n"
        + "-UNKNOWN- 0.1 0.2\n";
    assertThatThrownBy(() -> TransitionParser.read(new BufferedReader(new StringReader(header))))
        .isInstanceOf(IOException.class).hasMessageContaining("embeddings end");
  }
}
