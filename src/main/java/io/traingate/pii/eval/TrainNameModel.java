package io.traingate.pii.eval;

import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.detect.NameExamples;
import io.traingate.pii.detect.NameScorer;
import io.traingate.pii.detect.SpanFinder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains the PERSON model of {@link NameScorer} on the committed corpora and writes it as the
 * redactor's resource. Deterministic: the corpora in name order, a fixed seed, so that two runs
 * write the same bytes. The {@link #UNSEEN} corpora, the measures of unseen text, are never read.
 *
 * <p>From the repository's root, after {@code mvn -q -o test-compile}:
 * <pre>
 * java -cp target/classes:$(cat target/cp.txt) io.traingate.pii.eval.TrainNameModel
 * </pre>
 * writes {@code src/main/resources/io/traingate/pii/person-model.b64}. With
 * {@code --held-out holdout-16.jsonl,holdout-17.jsonl} it trains without those files instead, writes
 * nothing, and prints the PERSON figures of the rules alone and of the scorer at several thresholds
 * on each: how the thresholds and the training's settings were chosen.
 */
public final class TrainNameModel {
  private TrainNameModel() {}

  static final Path CORPORA = Path.of("test-data/pii-corpus");
  static final Path MODEL = Path.of("src/main/resources/io/traingate/pii/person-model.b64");
  /** The corpora that measure the redactor on text it has never seen: no model may learn from them. */
  static final Set<String> UNSEEN = Set.of("holdout-18.jsonl", "holdout-19.jsonl", "holdout-20.jsonl", "holdout-21.jsonl",
      "holdout-22.jsonl", "holdout-23.jsonl");

  static final long SEED = 20;
  static final int EPOCHS = 8;
  static final double LEARNING_RATE = 0.1;
  static final double L2 = 1e-6;
  /** A word the rules missed is a name from this probability on. */
  static final float ADD_THRESHOLD = 0.9f;
  /** A rule's span is dropped when all its words score below this. */
  static final float DROP_THRESHOLD = 0.4f;

  private static final float[] ADD_GRID = {0.5f, 0.6f, 0.7f, 0.8f, 0.85f, 0.9f};
  private static final float[] DROP_GRID = {0f, 0.1f, 0.2f, 0.3f, 0.4f};

  /** The examples of many texts: each word's feature indices and whether it is part of a name. */
  record Examples(List<int[]> features, BitSet names) {
    Examples() {
      this(new ArrayList<>(), new BitSet());
    }

    void add(int[] wordFeatures, boolean isName) {
      names.set(features.size(), isName);
      features.add(wordFeatures);
    }
  }

  public static void main(String[] args) throws IOException {
    Set<String> heldOut = args.length == 2 && args[0].equals("--held-out") ? Set.of(args[1].split(",")) : Set.of();
    if (args.length != 0 && heldOut.isEmpty()) {
      System.err.println("usage: TrainNameModel [--held-out a.jsonl,b.jsonl]");
      System.exit(2);
    }
    PrintStream out = System.out;
    if (heldOut.isEmpty()) {
      long began = System.nanoTime();
      try (OutputStream file = Files.newOutputStream(MODEL)) {
        writeModel(file);
      }
      out.printf(Locale.ROOT, "wrote %s, %d bytes, in %.0f s%n", MODEL, Files.size(MODEL), (System.nanoTime() - began) / 1e9);
      return;
    }
    Examples examples = examples(heldOut);
    out.printf(Locale.ROOT, "%d examples, %d of names%n", examples.features().size(), examples.names().cardinality());
    double[] weights = train(examples, EPOCHS, LEARNING_RATE, L2);
    for (String name : heldOut.stream().sorted().toList()) {
      measure(weights, LabeledCorpus.read(CORPORA.resolve(name)), name, out);
    }
  }

  /** The model that training on all corpora that may be learned from writes: what the resource must hold. */
  static void writeModel(OutputStream out) throws IOException {
    NameScorer.write(train(examples(Set.of()), EPOCHS, LEARNING_RATE, L2), ADD_THRESHOLD, DROP_THRESHOLD, out);
  }

  /** The examples of the corpora that may be learned from, but those {@code heldOut}. */
  private static Examples examples(Set<String> heldOut) throws IOException {
    Examples examples = new Examples();
    NameExamples collector = new NameExamples();
    for (Path corpus : corpora()) {
      if (!heldOut.contains(corpus.getFileName().toString())) {
        for (LabeledMessage message : LabeledCorpus.read(corpus)) {
          collector.collect(message.text(), message.spans(), examples::add);
        }
      }
    }
    return examples;
  }

  /** The corpora that may be learned from, in name order. */
  static List<Path> corpora() throws IOException {
    try (Stream<Path> files = Files.list(CORPORA)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsonl") && !UNSEEN.contains(f.getFileName().toString()))
          .sorted().toList();
    }
  }

  /** Logistic regression by stochastic gradient descent, the examples in a seeded order each epoch, a falling rate. */
  static double[] train(Examples examples, int epochs, double learningRate, double l2) {
    double[] weights = new double[NameExamples.tableSize()];
    int n = examples.features().size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(SEED);
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      double rate = learningRate / (1 + epoch);
      for (int i : order) {
        int[] features = examples.features().get(i);
        double sum = 0;
        for (int f : features) {
          sum += weights[f];
        }
        double error = (examples.names().get(i) ? 1 : 0) - 1 / (1 + StrictMath.exp(-sum));
        for (int f : features) {
          weights[f] += rate * error - l2 * weights[f];
        }
      }
    }
    return weights;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /** PERSON recall and precision, and character precision, of the rules alone and with the model at each pair of thresholds. */
  static void measure(double[] weights, List<LabeledMessage> messages, String name, PrintStream out) throws IOException {
    RedactionRules rules = RedactionRules.defaults();
    print(out, name + " rules alone", EvaluateCorpus.evaluate(messages, SpanFinder.create(rules, NameScorer.rulesAlone())));
    for (float add : ADD_GRID) {
      for (float drop : DROP_GRID) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NameScorer.write(weights, add, drop, bytes);
        NameScorer scorer = NameScorer.read(new ByteArrayInputStream(bytes.toByteArray()));
        print(out, String.format(Locale.ROOT, "%s add %.2f drop %.2f", name, add, drop),
            EvaluateCorpus.evaluate(messages, SpanFinder.create(rules, scorer)));
      }
    }
  }

  private static void print(PrintStream out, String what, Evaluation e) {
    out.printf(Locale.ROOT, "%-36s PERSON recall %.3f precision %.3f  chars %.4f%n", what,
        e.recall(EntityType.PERSON), e.precision(EntityType.PERSON), e.characterPrecision());
  }
}
