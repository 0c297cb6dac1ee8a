package io.traingate.pii.eval;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.detect.SpanFinder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the redactor over the committed corpora and holds it to issue 3's accuracy targets. */
class EvaluateCorpusTest {

  private static final Path CORPUS = Path.of("test-data/pii-corpus");
  private static final Path GENERATED = CORPUS.resolve("generated.jsonl");
  private static final Path HARD_CASES = CORPUS.resolve("hard-cases.jsonl");

  private static Evaluation evaluation;
  private static List<LabeledMessage> generated;

  @BeforeAll
  static void evaluateCommittedCorpora() throws IOException {
    generated = LabeledCorpus.read(GENERATED);
    List<LabeledMessage> all = new ArrayList<>(generated);
    all.addAll(LabeledCorpus.read(HARD_CASES));
    evaluation = EvaluateCorpus.evaluate(all, SpanFinder.create(RedactionRules.defaults()));
  }

  @Test
  void structuredTypesReachRecall98AndPrecision95() {
    for (EntityType type : List.of(EntityType.EMAIL, EntityType.PHONE, EntityType.CREDIT_CARD, EntityType.US_SSN,
        EntityType.IBAN, EntityType.IP_ADDRESS, EntityType.SECRET, EntityType.CRYPTO_WALLET)) {
      assertThat(type + " recall", evaluation.recall(type), greaterThanOrEqualTo(0.98));
      assertThat(type + " precision", evaluation.precision(type), greaterThanOrEqualTo(0.95));
    }
  }

  @Test
  void contextualTypesReachRecall90AndPrecision85() {
    for (EntityType type : List.of(EntityType.PERSON, EntityType.STREET_ADDRESS, EntityType.GOV_ID)) {
      assertThat(type + " recall", evaluation.recall(type), greaterThanOrEqualTo(0.90));
      assertThat(type + " precision", evaluation.precision(type), greaterThanOrEqualTo(0.85));
    }
  }

  @Test
  void generatedCorpusIsLargeEnoughForEveryType() {
    assertThat(generated.size(), greaterThanOrEqualTo(3000));
    Map<EntityType, Integer> perType = new EnumMap<>(EntityType.class);
    generated.forEach(m -> m.spans().forEach(s -> perType.merge(s.type(), 1, Integer::sum)));
    for (EntityType type : EntityType.values()) {
      assertThat(type + " spans", perType.getOrDefault(type, 0), greaterThanOrEqualTo(150));
    }
  }

  @Test
  void hardCasesAreAtLeast300() throws IOException {
    assertThat(LabeledCorpus.read(HARD_CASES).size(), greaterThanOrEqualTo(300));
  }

  @Test
  void generatorRewritesTheCommittedFileByteForByte() throws IOException {
    StringWriter regenerated = new StringWriter();
    LabeledCorpus.write(CorpusGenerator.generate(CorpusGenerator.SEED, CorpusGenerator.MESSAGES), regenerated);
    assertThat(regenerated.toString().equals(Files.readString(GENERATED, StandardCharsets.UTF_8)), is(true));
  }

  @Test
  void commandPrintsOneRowPerTypeAndCharacterPrecision() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = EvaluateCorpus.run(new String[] {HARD_CASES.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status, is(0));
    for (EntityType type : EntityType.values()) {
      assertThat(printed, containsString(type.name()));
    }
    assertThat(printed, containsString("character-level precision"));
  }

  @Test
  void unreadableCorpusIsReportedWithoutAStackTrace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = EvaluateCorpus.run(new String[] {"no/such/file.jsonl"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(status, is(2));
    assertThat(bytes.toString(StandardCharsets.UTF_8), containsString("cannot read corpus"));
  }

  @Test
  void overlapIsIntersectionOverUnion() {
    io.traingate.pii.Span a = new io.traingate.pii.Span(EntityType.PERSON, 0, 10);
    assertThat(EvaluateCorpus.overlap(a, new io.traingate.pii.Span(EntityType.PERSON, 5, 15)), is(5.0 / 15));
    assertThat(EvaluateCorpus.overlap(a, new io.traingate.pii.Span(EntityType.PERSON, 10, 15)), is(0.0));
  }
}
