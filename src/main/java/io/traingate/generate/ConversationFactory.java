package io.traingate.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import net.datafaker.Faker;

/**
 * Conversation {@code index} of a run, from (seed, index) alone: its user (and so plan and
 * workspace), language, times, turns and text. A few indices hold a later copy of the previous
 * conversation with more messages (a duplicate the gate must resolve), a few a deliberately bad
 * record.
 *
 * <p>Not thread-safe: the Fakers are costly to make, so one factory serves one thread and
 * reseeds their shared {@link Random} for every record.
 */
final class ConversationFactory implements RecordGenerator {
  static final double TEMPORARY_SHARE = 0.05;
  static final double DUPLICATE_SHARE = 0.01;
  private static final double SYSTEM_PROMPT_SHARE = 0.08;
  private static final double RESUMED_LATER_SHARE = 0.04;
  private static final double MORE_TURNS = 0.55;
  private static final int MAX_TURNS = 8;
  /** Heavy users: this share of conversations belongs to the first tenth of users. */
  private static final double HEAVY_USER_SHARE = 0.3;

  private final GenerationSettings settings;
  private final UserFactory users;
  private final Random fakerRandom = new Random(0);
  private final Map<Language, Faker> fakers = new EnumMap<>(Language.class);

  ConversationFactory(GenerationSettings settings) {
    this.settings = settings;
    this.users = new UserFactory(settings.seed());
    for (Language language : Language.values()) {
      fakers.put(language, new Faker(language.fakerLocale(), fakerRandom));
    }
  }

  @Override
  public void generate(long index, Consumer<GeneratedLine> out) {
    out.accept(create(index));
  }

  GeneratedLine create(long index) {
    if (isBad(index)) {
      Draft draft = new Draft(index);
      return new GeneratedLine(BadRecords.conversation(draft.record, draft.random), true, draft.writer.characters(), draft.writer.entitiesPlanted());
    }
    Draft draft;
    if (isDuplicate(index)) {
      draft = new Draft(index - 1);
      draft.addTurns(1 + draft.random.nextInt(2));
    } else {
      draft = new Draft(index);
    }
    return new GeneratedLine(draft.record.toString(), false, draft.writer.characters(), draft.writer.entitiesPlanted());
  }

  private boolean isBad(long index) {
    return Seeds.random(settings.seed(), Seeds.Purpose.BAD_RECORD, index).nextDouble() < settings.badRecordShare();
  }

  /**
   * A duplicate repeats the previous index, so the original is always written too; never of a
   * bad record or of another duplicate, whose original would not be written.
   */
  private boolean isDuplicate(long index) {
    return index > 0 && drawsDuplicate(index) && !drawsDuplicate(index - 1) && !isBad(index - 1);
  }

  private boolean drawsDuplicate(long index) {
    return Seeds.random(settings.seed(), Seeds.Purpose.DUPLICATE, index).nextDouble() < DUPLICATE_SHARE;
  }

  private long pickUser(SplittableRandom random) {
    long heavyUsers = Math.max(1, settings.users() / 10);
    return random.nextDouble() < HEAVY_USER_SHARE ? random.nextLong(heavyUsers) : random.nextLong(settings.users());
  }

  /** One conversation being written; more turns can be added for a later copy. */
  private final class Draft {
    final SplittableRandom random;
    final ObjectNode record = JsonNodeFactory.instance.objectNode();
    final ChatWriter writer;
    private final ArrayNode messages;
    private final TimestampStyle timestamps;
    private final boolean withIds;
    private Instant clock;

    Draft(long index) {
      random = Seeds.random(settings.seed(), Seeds.Purpose.CONVERSATION, index);
      fakerRandom.setSeed(random.nextLong());
      UserProfile user = users.user(pickUser(random));
      Language language = Language.pick(random);
      writer = new ChatWriter(random, fakers.get(language), language);
      timestamps = TimestampStyle.pick(random);
      withIds = random.nextDouble() < 0.7;
      clock = TimeWindow.conversationStart(random);

      record.put("conversation_id", Seeds.id("conv-", settings.seed(), Seeds.Purpose.CONVERSATION_ID, index));
      record.put("user_id", user.userId());
      // optional fields are sometimes left out, as the contract allows
      if (user.workspaceId() != null || random.nextDouble() < 0.8) {
        record.put("workspace_id", user.workspaceId());
      }
      record.put("product", user.product());
      record.put("plan", user.plan());
      boolean temporary = random.nextDouble() < TEMPORARY_SHARE;
      if (temporary || random.nextDouble() < 0.7) {
        record.put("temporary", temporary);
      }
      record.set("created_at", timestamps.write(clock));
      messages = record.putArray("messages");
      if (random.nextDouble() < SYSTEM_PROMPT_SHARE) {
        message("system", "You are a helpful assistant. Answer concisely.");
      }
      int turns = 1;
      while (turns < MAX_TURNS && random.nextDouble() < MORE_TURNS) {
        turns++;
      }
      message("user", writer.userOpening());
      assistantAnswers(turns == 1);
      addTurns(turns - 1);
    }

    /** Turns after the first; a later copy of a conversation adds some to a finished one. */
    void addTurns(int turns) {
      for (int i = 1; i <= turns; i++) {
        // people come back to a conversation after days now and then: across an opt-out, maybe
        clock = clock.plusSeconds(random.nextDouble() < RESUMED_LATER_SHARE ? random.nextLong(86_400, 20 * 86_400) : random.nextLong(20, 900));
        message("user", writer.userFollowUp());
        assistantAnswers(i == turns);
      }
    }

    private void assistantAnswers(boolean closing) {
      clock = clock.plusSeconds(random.nextLong(2, 90));
      message("assistant", writer.assistantReply(closing));
    }

    private void message(String role, String content) {
      ObjectNode message = messages.addObject();
      if (withIds) {
        message.put("id", "m" + messages.size());
      }
      message.put("role", role);
      if (random.nextDouble() < 0.9) {
        message.set("created_at", timestamps.write(clock));
      }
      message.put("content", content);
    }
  }
}
