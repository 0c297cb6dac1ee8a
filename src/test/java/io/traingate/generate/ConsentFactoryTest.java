package io.traingate.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.traingate.ingest.ConsentParser;
import io.traingate.ingest.ParseOutcome;
import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentFactoryTest {
  private static final int USERS = 10_000;
  private static final ConsentParser PARSER = new ConsentParser();

  private static GenerationSettings settings(long seed, double consentShare, double badRecordShare) {
    return new GenerationSettings(seed, 0, USERS, consentShare, badRecordShare, 1, 1, false, "unused");
  }

  private static List<List<GeneratedLine>> eventsByUser(GenerationSettings settings) {
    ConsentFactory factory = new ConsentFactory(settings);
    List<List<GeneratedLine>> byUser = new ArrayList<>();
    for (long user = 0; user < USERS; user++) {
      List<GeneratedLine> lines = new ArrayList<>();
      factory.generate(user, lines::add);
      byUser.add(lines);
    }
    return byUser;
  }

  private static ParseOutcome<ConsentEvent> parse(String json) {
    return PARSER.parse(json, json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theChosenShareOfUsersHasEventsOfEveryKindThatTheGateReads() {
    List<List<GeneratedLine>> byUser = eventsByUser(settings(7, 0.3, 0));
    long withEvents = byUser.stream().filter(lines -> !lines.isEmpty()).count();
    assertThat(withEvents / (double) USERS, closeTo(0.3, 0.02));
    Map<ConsentAction, Integer> byAction = new EnumMap<>(ConsentAction.class);
    Set<String> userIds = new HashSet<>();
    for (int user = 0; user < USERS; user++) {
      String userId = new UserFactory(7).user(user).userId();
      for (GeneratedLine line : byUser.get(user)) {
        ParseOutcome<ConsentEvent> outcome = parse(line.json());
        assertThat(line.json(), outcome.isParsed(), is(true));
        assertThat(outcome.value().userId(), equalTo(userId));
        byAction.merge(outcome.value().action(), 1, Integer::sum);
        userIds.add(userId);
      }
    }
    assertThat(userIds.size(), equalTo((int) withEvents));
    for (ConsentAction action : ConsentAction.values()) {
      assertThat(action.name(), byAction.getOrDefault(action, 0), greaterThan(50));
    }
  }

  @Test
  void someUsersOptOutAndLaterBackInAndEventsArriveUnsortedWithSomeExactDuplicates() {
    int optedOutThenIn = 0;
    int unsorted = 0;
    int duplicated = 0;
    for (List<GeneratedLine> lines : eventsByUser(settings(7, 0.3, 0))) {
      List<ConsentEvent> events = lines.stream().map(line -> parse(line.json()).value()).toList();
      List<String> jsons = lines.stream().map(GeneratedLine::json).toList();
      duplicated += new HashSet<>(jsons).size() < jsons.size() ? 1 : 0;
      for (int i = 1; i < events.size(); i++) {
        unsorted += events.get(i).effectiveAt().isBefore(events.get(i - 1).effectiveAt()) ? 1 : 0;
      }
      List<ConsentEvent> sorted = new ArrayList<>(events);
      sorted.sort((a, b) -> a.effectiveAt().compareTo(b.effectiveAt()));
      for (int i = 1; i < sorted.size(); i++) {
        optedOutThenIn += sorted.get(i - 1).action() == ConsentAction.OPT_OUT && sorted.get(i).action() == ConsentAction.OPT_IN ? 1 : 0;
      }
    }
    assertThat(optedOutThenIn, greaterThan(300));
    assertThat(unsorted, greaterThan(100));
    assertThat(duplicated, greaterThan(20));
  }

  @Test
  void deliberatelyBadEventsAreRefusedButStillNameTheirUser() {
    int bad = 0;
    int all = 0;
    for (List<GeneratedLine> lines : eventsByUser(settings(7, 0.3, 0.05))) {
      for (GeneratedLine line : lines) {
        all++;
        ParseOutcome<ConsentEvent> outcome = parse(line.json());
        assertThat(line.json(), outcome.isParsed(), is(!line.deliberatelyBad()));
        if (line.deliberatelyBad()) {
          bad++;
          // a bad record without its user would exclude everybody (policy.md rule 6)
          assertThat(line.json(), outcome.rejection().userId(), notNullValue());
        }
      }
    }
    assertThat(bad / (double) all, closeTo(0.05, 0.015));
  }

  @Test
  void theSameSeedGivesTheSameEvents() {
    ConsentFactory factory = new ConsentFactory(settings(7, 0.3, 0.001));
    List<List<GeneratedLine>> byUser = eventsByUser(settings(7, 0.3, 0.001));
    for (int user : new int[] {9999, 3, 512}) {
      List<GeneratedLine> again = new ArrayList<>();
      factory.generate(user, again::add);
      assertThat(again, equalTo(byUser.get(user)));
    }
  }
}
