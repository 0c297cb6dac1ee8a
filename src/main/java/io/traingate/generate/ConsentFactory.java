package io.traingate.generate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The consent events of user {@code index}, from (seed, index) alone. A {@code consentShare} of
 * users has any: opt-outs, opt-outs taken back, opt-ins, deletions; written unsorted, now and
 * then twice, a few deliberately bad (still naming their user).
 */
final class ConsentFactory implements RecordGenerator {
  static final double EXACT_DUPLICATE_SHARE = 0.03;

  /** What a user did, in time order, and how many users with consent events did it, in percent. */
  enum History {
    OPTED_OUT(45, "opt_out"),
    OPTED_OUT_THEN_BACK_IN(20, "opt_out", "opt_in"),
    OPTED_IN(10, "opt_in"),
    OPTED_OUT_IN_OUT(8, "opt_out", "opt_in", "opt_out"),
    OPTED_IN_THEN_OUT(7, "opt_in", "opt_out"),
    DELETED(7, "delete"),
    OPTED_OUT_THEN_DELETED(3, "opt_out", "delete");

    private final double weight;
    private final List<String> events;

    History(double weight, String... events) {
      this.weight = weight;
      this.events = List.of(events);
    }

    double weight() {
      return weight;
    }
  }

  private static final List<String> SOURCES = List.of("privacy_portal", "data_controls", "data_controls", "support_ticket");

  private final GenerationSettings settings;
  private final UserFactory users;

  ConsentFactory(GenerationSettings settings) {
    this.settings = settings;
    this.users = new UserFactory(settings.seed());
  }

  @Override
  public void generate(long userIndex, Consumer<GeneratedLine> out) {
    SplittableRandom random = Seeds.random(settings.seed(), Seeds.Purpose.CONSENT, userIndex);
    if (random.nextDouble() >= settings.consentShare()) {
      return;
    }
    String userId = users.user(userIndex).userId();
    History history = Weighted.pick(random, List.of(History.values()), History::weight);
    Instant[] times = new Instant[history.events.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = TimeWindow.consentEvent(random);
    }
    Arrays.sort(times);
    List<GeneratedLine> lines = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      lines.add(event(userId, history.events.get(i), times[i], random));
    }
    if (random.nextDouble() < EXACT_DUPLICATE_SHARE) {
      lines.add(lines.get(random.nextInt(lines.size())));
    }
    // consent systems deliver events unsorted: so does the generator
    for (int i = lines.size() - 1; i > 0; i--) {
      Collections.swap(lines, i, random.nextInt(i + 1));
    }
    lines.forEach(out);
  }

  private GeneratedLine event(String userId, String event, Instant effectiveAt, SplittableRandom random) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("user_id", userId);
    record.put("event", event);
    record.set("effective_at", TimestampStyle.pick(random).write(effectiveAt));
    if (random.nextDouble() < 0.85) {
      record.put("source", event.equals("delete") ? "privacy_portal" : SOURCES.get(random.nextInt(SOURCES.size())));
    }
    if (random.nextDouble() < settings.badRecordShare()) {
      return new GeneratedLine(BadRecords.consentEvent(record, random), true, 0, 0);
    }
    return new GeneratedLine(record.toString(), false, 0, 0);
  }
}
