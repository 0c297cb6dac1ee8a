package io.traingate.pii.eval;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the generated labeled corpus: chat-style messages made of templates whose slots are
 * filled with fake values, labeled exactly where the values land. Seeded, so every run writes
 * the same bytes:
 * {@code java -cp ... io.traingate.pii.eval.CorpusGenerator test-data/pii-corpus/generated.jsonl}.
 */
public final class CorpusGenerator {

  static final long SEED = 20261128L;
  static final int MESSAGES = 3200;
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_]+)}");
  private static final List<EntityType> TYPES = List.of(EntityType.values());

  private final FakePii fake;

  private CorpusGenerator(long seed) {
    this.fake = new FakePii(new Random(seed));
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "test-data/pii-corpus/generated.jsonl");
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      LabeledCorpus.write(generate(SEED, MESSAGES), writer);
    }
  }

  static List<LabeledMessage> generate(long seed, int count) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    List<LabeledMessage> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      messages.add(generator.message(i));
    }
    return messages;
  }

  private LabeledMessage message(int index) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    boolean withoutPii = fake.chance(0.12);
    int parts = withoutPii ? fake.between(1, 3) : fake.between(1, 4);
    int entityParts = withoutPii ? 0 : Math.max(1, parts - fake.between(0, 2));
    for (int p = 0; p < parts; p++) {
      if (text.length() > 0) {
        text.append(fake.pick(List.of(" ", " ", ". ", "\n", ", ", " - ")));
      }
      if (p < entityParts) {
        EntityType type = TYPES.get((index + p * 5) % TYPES.size());
        fill(fake.pick(ChatTemplates.BY_TYPE.get(type)), text, spans);
      } else {
        text.append(fake.pick(ChatTemplates.FILLERS));
      }
    }
    return new LabeledMessage(text.toString(), spans);
  }

  private void fill(String template, StringBuilder text, List<Span> spans) {
    Matcher slot = SLOT.matcher(template);
    int copied = 0;
    while (slot.find()) {
      text.append(template, copied, slot.start());
      String name = slot.group(1);
      String[] contextAndValue = value(name);
      text.append(contextAndValue[0]);
      int start = text.length();
      text.append(contextAndValue[1]);
      spans.add(new Span(ChatTemplates.SLOT_TYPES.get(name), start, text.length()));
      copied = slot.end();
    }
    text.append(template, copied, template.length());
  }

  /** {unlabeled context written before the value, the labeled value}. */
  private String[] value(String slot) {
    return switch (slot) {
      case "EMAIL" -> plain(fake.email());
      case "EMAIL_SPELLED" -> plain(fake.obfuscatedEmail());
      case "PHONE" -> plain(fake.phone());
      case "CARD" -> plain(fake.cardNumber());
      case "SSN" -> plain(fake.ssn(true));
      case "SSN_BARE" -> plain(fake.ssn(false));
      case "IBAN" -> plain(fake.iban());
      case "IP" -> plain(fake.ipAddress());
      case "KEY" -> plain(fake.providerKey());
      case "JWT" -> plain(fake.jwt());
      case "PEM" -> plain(fake.pemBlock());
      case "PASSWORD" -> plain(fake.password());
      case "URL_CREDENTIAL" -> plain(fake.username() + ":" + fake.password().replace("@", "").replace("/", "").replace("#", "").replace("?", ""));
      case "WALLET" -> plain(fake.wallet());
      case "GOV_ID" -> {
        String[] cueAndValue = fake.governmentId();
        yield new String[] {cueAndValue[0] + " " + (fake.chance(0.3) ? "is " : ""), cueAndValue[1]};
      }
      case "FIRST" -> plain(fake.firstName());
      case "first" -> plain(fake.firstName().toLowerCase(java.util.Locale.ROOT));
      case "LAST" -> plain(fake.lastName());
      case "FULL" -> plain(fake.firstName() + " " + fake.lastName());
      case "full" -> plain((fake.firstName() + " " + fake.lastName()).toLowerCase(java.util.Locale.ROOT));
      case "ADDRESS" -> plain(fake.streetAddress());
      case "address" -> plain(fake.streetAddress().toLowerCase(java.util.Locale.ROOT));
      default -> throw new IllegalArgumentException("unknown slot " + slot);
    };
  }

  private static String[] plain(String value) {
    return new String[] {"", value};
  }
}
