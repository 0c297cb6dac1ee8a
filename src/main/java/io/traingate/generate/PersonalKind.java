package io.traingate.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The kinds of personal information planted in chat text, with their share of plantings in
 * percent. Secrets are planted too, but only inside code blocks ({@link CodeSnippets}).
 */
enum PersonalKind {
  PERSON(24),
  EMAIL(20),
  PHONE(18),
  STREET_ADDRESS(10),
  CREDIT_CARD(8),
  IP_ADDRESS(8),
  IBAN(6),
  US_SSN(6);

  private final double weight;

  PersonalKind(double weight) {
    this.weight = weight;
  }

  static PersonalKind pick(SplittableRandom random) {
    return Weighted.pick(random, List.of(values()), PersonalKind::weight);
  }

  private double weight() {
    return weight;
  }
}
