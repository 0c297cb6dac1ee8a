package io.traingate.generate;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Writes the messages of one conversation in one language from its {@link Phrases}, filled with
 * Datafaker values, and plants personal information as it goes: every character written adds
 * 1/{@value #CHARACTERS_PER_ENTITY} of an entity to what is owed, and whenever a whole one is owed
 * the next sentence gives one away. A user states it; an assistant repeats it.
 */
final class ChatWriter {
  static final int CHARACTERS_PER_ENTITY = 400;
  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)\\}");
  private static final double SHARE_OPENING_WITH_CODE = 0.12;
  private static final double SHARE_REPLY_WITH_CODE = 0.10;
  private static final double SHARE_OPENING_WITH_PASTE = 0.03;
  private static final double SHARE_LONG_REPLY = 0.10;
  /**
   * Personal values mostly come from users: an assistant repeats one only when two are owed, so
   * what its text adds is usually planted in the user's next message.
   */
  private static final double ASSISTANT_PLANTS_AT = 2;

  private final SplittableRandom random;
  private final Faker faker;
  private final Language language;
  private final Phrases phrases;
  private final PersonalData personalData;
  private double entitiesOwed;
  private int entitiesPlanted;
  private long characters;

  ChatWriter(SplittableRandom random, Faker faker, Language language) {
    this.random = random;
    this.faker = faker;
    this.language = language;
    this.phrases = Phrasebook.of(language);
    this.personalData = new PersonalData(random, faker, language);
    // a random start spreads the plantings of short conversations evenly instead of all at the end
    this.entitiesOwed = random.nextDouble();
  }

  /** The user's first message: a request, maybe some context, maybe pasted code or a long draft. */
  String userOpening() {
    Text text = new Text(true);
    text.sentence(pick(phrases.requests()));
    for (int i = random.nextInt(3); i > 0; i--) {
      text.sentence(pick(phrases.context()));
    }
    if (random.nextDouble() < SHARE_OPENING_WITH_PASTE) {
      for (String sentence : pickDistinct(phrases.replySentences(), random.nextInt(8, 20))) {
        text.sentence(sentence);
      }
    } else if (random.nextDouble() < SHARE_OPENING_WITH_CODE) {
      text.sentence(pick(phrases.codeAsks()));
      text.code();
    }
    return text.toString();
  }

  String userFollowUp() {
    Text text = new Text(true);
    text.sentence(pick(phrases.followUps()));
    if (random.nextBoolean()) {
      text.sentence(pick(phrases.context()));
    }
    return text.toString();
  }

  /** @param closing the conversation's last message, which settles what is owed */
  String assistantReply(boolean closing) {
    Text text = new Text(false);
    text.sentence(pick(phrases.replyOpeners()));
    int sentences = random.nextDouble() < SHARE_LONG_REPLY ? random.nextInt(6, 12) : random.nextInt(1, 5);
    for (String sentence : pickDistinct(phrases.replySentences(), sentences)) {
      text.sentence(sentence);
    }
    if (random.nextDouble() < SHARE_REPLY_WITH_CODE) {
      text.code();
    }
    if (random.nextBoolean()) {
      text.sentence(pick(phrases.replyClosers()));
    }
    if (closing) {
      text.settleOwed();
    }
    return text.toString();
  }

  int entitiesPlanted() {
    return entitiesPlanted;
  }

  long characters() {
    return characters;
  }

  /** One message being written; {@code fromUser} decides the voice personal values are given in. */
  private final class Text {
    private final StringBuilder content = new StringBuilder();
    private final boolean fromUser;

    Text(boolean fromUser) {
      this.fromUser = fromUser;
    }

    void sentence(String template) {
      append(" ", fill(template));
      while (entitiesOwed >= (fromUser ? 1 : ASSISTANT_PLANTS_AT)) {
        plant();
      }
    }

    /** At the end of a conversation nothing can be carried over: what is owed is planted, a fraction by chance. */
    void settleOwed() {
      while (entitiesOwed >= 1) {
        plant();
      }
      if (random.nextDouble() < entitiesOwed) {
        plant();
      }
    }

    private void plant() {
      PersonalKind kind = PersonalKind.pick(random);
      String where = fromUser ? pick(phrases.personal().get(kind)) : pick(phrases.echoes());
      entitiesOwed -= 1;
      entitiesPlanted++;
      append(" ", where.replace("{}", personalData.value(kind)));
    }

    void code() {
      CodeSnippets.Snippet snippet = CodeSnippets.next(random);
      if (snippet.hasSecret()) {
        // a pasted key is the entity of this stretch of text, so fewer others are planted
        entitiesOwed -= 1;
        entitiesPlanted++;
      }
      append("\n\n", snippet.text());
    }

    private void append(String separator, String piece) {
      String added = content.length() == 0 ? piece : separator + piece;
      content.append(added);
      characters += added.length();
      entitiesOwed += (double) added.length() / CHARACTERS_PER_ENTITY;
    }

    @Override
    public String toString() {
      return content.toString();
    }
  }

  private String fill(String template) {
    Matcher slot = SLOT.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (slot.find()) {
      slot.appendReplacement(filled, Matcher.quoteReplacement(slotValue(slot.group(1))));
    }
    return slot.appendTail(filled).toString();
  }

  private String slotValue(String slot) {
    return switch (slot) {
      case "city" -> faker.address().city();
      case "company" -> faker.company().name();
      case "dish" -> faker.food().dish();
      case "job" -> faker.job().title();
      case "product" -> faker.commerce().productName();
      case "book" -> faker.book().title();
      case "month" -> Month.of(random.nextInt(1, 13)).getDisplayName(TextStyle.FULL, language.fakerLocale());
      case "n" -> String.valueOf(random.nextInt(2, 15));
      case "topic" -> pick(phrases.topics());
      default -> throw new IllegalArgumentException("no value for the slot {" + slot + "} of a phrase");
    };
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Up to {@code count} different options in random order: a reply does not say the same thing twice. */
  private <T> List<T> pickDistinct(List<T> options, int count) {
    List<T> shuffled = new ArrayList<>(options);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, random.nextInt(i + 1));
    }
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }
}
