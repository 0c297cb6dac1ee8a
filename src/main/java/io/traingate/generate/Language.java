package io.traingate.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The languages conversations are written in, with their share of conversations in percent. */
enum Language {
  ENGLISH(70, Locale.forLanguageTag("en-US")),
  GERMAN(8, Locale.GERMAN),
  FRENCH(7, Locale.FRENCH),
  SPANISH(7, Locale.forLanguageTag("es")),
  PORTUGUESE(5, Locale.forLanguageTag("pt-BR")),
  /** Hindi written in Latin script, as many users type it; Indian names and places. */
  HINDI_LATIN(3, Locale.forLanguageTag("en-IN"));

  private final double weight;
  private final Locale fakerLocale;

  Language(double weight, Locale fakerLocale) {
    this.weight = weight;
    this.fakerLocale = fakerLocale;
  }

  Locale fakerLocale() {
    return fakerLocale;
  }

  static Language pick(SplittableRandom random) {
    return Weighted.pick(random, List.of(values()), Language::weight);
  }

  private double weight() {
    return weight;
  }
}
