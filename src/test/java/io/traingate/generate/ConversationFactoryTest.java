package io.traingate.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.traingate.ingest.ConversationParser;
import io.traingate.ingest.ParseOutcome;
import io.traingate.policy.Conversation;
import io.traingate.policy.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConversationFactoryTest {
  private static final int CONVERSATIONS = 6000;
  private static final GenerationSettings SETTINGS = settings(7, 0.001);
  private static final ConversationParser PARSER = new ConversationParser();
  private static List<GeneratedLine> lines;
  private static List<Conversation> parsed;

  @BeforeAll
  static void generate() {
    ConversationFactory factory = new ConversationFactory(SETTINGS);
    lines = new ArrayList<>();
    parsed = new ArrayList<>();
    for (long i = 0; i < CONVERSATIONS; i++) {
      GeneratedLine line = factory.create(i);
      lines.add(line);
      ParseOutcome<Conversation> outcome = parse(line.json());
      if (outcome.isParsed()) {
        parsed.add(outcome.value());
      }
    }
  }

  static GenerationSettings settings(long seed, double badRecordShare) {
    return new GenerationSettings(seed, CONVERSATIONS, 2000, 0.3, badRecordShare, 1, 1, false, "unused");
  }

  private static ParseOutcome<Conversation> parse(String json) {
    return PARSER.parse(json, json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameSeedAndIndexGiveTheSameLineWhateverWasGeneratedBefore() {
    ConversationFactory fresh = new ConversationFactory(SETTINGS);
    for (long i : new long[] {4321, 17, 5999, 0}) {
      assertThat(fresh.create(i).json(), equalTo(lines.get((int) i).json()));
    }
  }

  @Test
  void anotherSeedGivesOtherConversations() {
    ConversationFactory other = new ConversationFactory(settings(8, 0.001));
    for (int i = 0; i < 20; i++) {
      assertThat(other.create(i).json(), not(equalTo(lines.get(i).json())));
    }
  }

  @Test
  void everyLineButTheDeliberatelyBadOnesParsesWithTheGatesOwnParser() {
    int bad = 0;
    for (GeneratedLine line : lines) {
      assertThat(line.json(), parse(line.json()).isParsed(), is(!line.deliberatelyBad()));
      bad += line.deliberatelyBad() ? 1 : 0;
    }
    assertThat("bad lines of " + CONVERSATIONS + " at 0.1%", bad, both(greaterThan(0)).and(lessThan(20)));
  }

  @Test
  void theShareOfBadLinesFollowsTheOption() {
    ConversationFactory factory = new ConversationFactory(settings(7, 0.05));
    int bad = 0;
    for (long i = 0; i < 2000; i++) {
      GeneratedLine line = factory.create(i);
      assertThat(parse(line.json()).isParsed(), is(!line.deliberatelyBad()));
      bad += line.deliberatelyBad() ? 1 : 0;
    }
    assertThat(bad / 2000.0, closeTo(0.05, 0.015));
  }

  @Test
  void plansWorkspacesAndTemporaryChatsComeInARealisticMix() {
    Map<String, Integer> byPlan = new HashMap<>();
    int inWorkspace = 0;
    int temporary = 0;
    for (Conversation conversation : parsed) {
      byPlan.merge(conversation.product() + "/" + conversation.plan(), 1, Integer::sum);
      inWorkspace += conversation.workspaceId() != null ? 1 : 0;
      temporary += conversation.temporary() ? 1 : 0;
    }
    double total = parsed.size();
    assertThat(temporary / total, closeTo(ConversationFactory.TEMPORARY_SHARE, 0.01));
    // team, enterprise and edu users: 17% of users; heavy users skew a run's share a little
    assertThat(inWorkspace / total, closeTo(0.17, 0.04));
    assertThat(byPlan.get("chatgpt/free") / total, closeTo(0.44, 0.05));
    assertThat(byPlan.getOrDefault("chatgpt/legacy", 0) + byPlan.getOrDefault("sora/plus", 0), greaterThan(0));
    assertThat(byPlan.get("api/pay_as_you_go"), greaterThan(0));
    assertThat(byPlan.get("dalle/free"), greaterThan(0));
  }

  @Test
  void personalInformationIsPlantedAtAboutOneEntityPer400Characters() {
    long characters = 0;
    long entities = 0;
    for (GeneratedLine line : lines) {
      characters += line.characters();
      entities += line.entitiesPlanted();
    }
    assertThat((double) characters / entities, closeTo(ChatWriter.CHARACTERS_PER_ENTITY, 60));
  }

  @Test
  void conversationsAverageOneToThreeKilobytes() {
    double bytes = lines.stream().mapToInt(line -> line.json().getBytes(StandardCharsets.UTF_8).length).average().orElseThrow();
    assertThat(bytes, both(greaterThan(1000.0)).and(lessThan(3000.0)));
  }

  @Test
  void aFewConversationsComeTwiceTheLaterCopyWithMoreMessages() {
    Map<String, Conversation> first = new HashMap<>();
    int duplicates = 0;
    for (Conversation conversation : parsed) {
      Conversation earlier = first.putIfAbsent(conversation.conversationId(), conversation);
      if (earlier != null) {
        duplicates++;
        assertThat(conversation.messages().size(), greaterThan(earlier.messages().size()));
        assertThat(conversation.messages().subList(0, earlier.messages().size()), equalTo(earlier.messages()));
      }
    }
    assertThat(duplicates / (double) CONVERSATIONS, closeTo(ConversationFactory.DUPLICATE_SHARE, 0.006));
  }

  @Test
  void mostConversationsStartBeforeTheConsentSnapshotAndSomeAfter() {
    long after = parsed.stream().filter(c -> c.createdAt().isAfter(TimeWindow.CONSENT_AS_OF)).count();
    assertThat(after / (double) parsed.size(), closeTo(0.03, 0.01));
    Instant earliest = parsed.stream().map(Conversation::createdAt).min(Instant::compareTo).orElseThrow();
    assertThat(earliest, greaterThanOrEqualTo(TimeWindow.CONSENT_AS_OF.minus(Duration.ofDays(TimeWindow.DAYS))));
  }

  @Test
  void textComesInSeveralLanguagesWithCodeBlocksAndPastedKeys() {
    String all = String.join("\n", parsed.stream().flatMap(c -> c.messages().stream()).map(Message::content).toList());
    for (String marker : new String[] {"Kannst du", "Peux-tu", "¿", "Pode me", "Mujhe", "```python", "sk-", "AKIA"}) {
      assertThat(marker, all.contains(marker), is(true));
    }
  }
}
