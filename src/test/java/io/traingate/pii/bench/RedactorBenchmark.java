package io.traingate.pii.bench;

import io.traingate.pii.ConversationRedaction;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Redaction speed on 1 MB of chat text (2000 messages of ~500 chars), with about one entity per
 * 400 characters and without any. One operation redacts the whole megabyte, so MB/s equals
 * ops/s times {@link #megabytes}. Run from the worktree after {@code mvn test-compile} and
 * {@code mvn dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main RedactorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RedactorBenchmark {

  @Param({"true", "false"})
  public boolean withEntities;

  private Redactor redactor;
  private List<String> messages;
  /** Size of one operation's input in MB (UTF-8), printed at setup. */
  public double megabytes;

  @Setup
  public void setUp() throws IOException {
    redactor = Redactor.create(RedactionRules.defaults(), "benchmark-key".getBytes(StandardCharsets.UTF_8));
    messages = ChatText.messages(2000, 500, withEntities);
    long bytes = messages.stream().mapToLong(m -> m.getBytes(StandardCharsets.UTF_8).length).sum();
    megabytes = bytes / 1e6;
    System.out.printf("%ninput per operation: %.3f MB%n", megabytes);
  }

  @Benchmark
  public void redactConversation(Blackhole sink) {
    ConversationRedaction conversation = redactor.newConversation();
    for (String message : messages) {
      sink.consume(conversation.redact(message));
    }
  }
}
