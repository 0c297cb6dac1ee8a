package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a rule that names whose phone numbers they are over a text, with the phones the phone detector would have found. */
final class NamesBeforePhones {

  /** The phone numbers as the tests write them: a "+" or digit, then digits, spaces, dots and dashes. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d .-]{6,}\\d");

  private NamesBeforePhones() {}

  /** The text of each PERSON span that {@code rule} adds to the phones of {@code text}. */
  static List<String> found(String text, BiConsumer<Tokens, List<Span>> rule) {
    List<Span> candidates = new ArrayList<>();
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      candidates.add(new Span(EntityType.PHONE, phone.start(), phone.end()));
    }
    rule.accept(new ScannedText(Lexicon.get()).read(text).tokens(), candidates);
    return candidates.stream().filter(span -> span.type() == EntityType.PERSON).map(span -> text.substring(span.start(), span.end())).toList();
  }
}
