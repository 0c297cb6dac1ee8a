package io.traingate.pii.detect;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the days and months of every language the JDK knows (its CLDR data), and the dates
 * they open: before a clock time, a day or a year, a day's or month's name is one, though name
 * lists hold it as a name ("Montag 7:15", "domingo 16:45", "Khamis 8:00", "Rev. March 2024", git's
 * "Sun Mar 31 19:13:26").
 */
final class CalendarWords {

  private CalendarWords() {}

  /** Shorter names are abbreviations more than words. */
  private static final int MIN_CALENDAR_WORD = 3;
  private static final int MAX_DAY = 31;
  private static final int MAX_HOUR_DIGITS = 2;
  private static final int YEAR_DIGITS = 4;

  /** The names in full and abbreviated ("Mon", "Mar"), as sorted {@link Tokens#key}s: asked only before a number. */
  private static final long[] KEYS = of(List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE))
      .stream().mapToLong(Tokens::key).sorted().distinct().toArray();

  /**
   * The names of days and months in these styles, in lower case, of at least three letters (an
   * abbreviation's dot dropped: "lun." is "lun"), in every language but regional forms, which name
   * days as their language does.
   */
  static Set<String> of(List<TextStyle> styles) {
    Set<String> words = new HashSet<>();
    for (Locale locale : Locale.getAvailableLocales()) {
      if (!locale.getCountry().isEmpty() || !locale.getScript().isEmpty() || !locale.getVariant().isEmpty()) {
        continue;
      }
      for (TextStyle style : styles) {
        for (DayOfWeek day : DayOfWeek.values()) {
          add(day.getDisplayName(style, locale), words);
        }
        for (Month month : Month.values()) {
          add(month.getDisplayName(style, locale), words);
        }
      }
    }
    return words;
  }

  private static void add(String name, Set<String> words) {
    String word = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (word.codePointCount(0, word.length()) >= MIN_CALENDAR_WORD && word.chars().allMatch(Character::isLetter)) {
      words.add(word.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * True if token {@code t} is a day's or month's name that opens a date: a clock time, a day or a
   * year follows it one space apart, or another such name does before one ("Sun Mar 31").
   */
  static boolean opensDate(Tokens tokens, int t) {
    if (!isCalendarWord(tokens, t) || !tokens.gapIs(t + 1, " ")) {
      return false;
    }
    int next = t + 1;
    return isDateNumber(tokens, next) || isCalendarWord(tokens, next) && tokens.gapIs(next + 1, " ") && isDateNumber(tokens, next + 1);
  }

  /** True if token {@code t} is a day of the month before a month's name one space apart: the date "22 Oct", "9 October". */
  static boolean isDayBeforeMonth(Tokens tokens, int t) {
    return t + 1 < tokens.count() && tokens.has(t, Tokens.ALL_DIGITS) && isDay(tokens, t)
        && tokens.gapIs(t + 1, " ") && isCalendarWord(tokens, t + 1);
  }

  /** True if token {@code t}, of digits, is one or two of them, no more than a month's days. */
  private static boolean isDay(Tokens tokens, int t) {
    return tokens.length(t) <= MAX_HOUR_DIGITS && Integer.parseInt(tokens.text(), tokens.start(t), tokens.end(t), 10) <= MAX_DAY;
  }

  static boolean isCalendarWord(Tokens tokens, int t) {
    return t >= 0 && t < tokens.count() && tokens.has(t, Tokens.CAPITALIZED | Tokens.ALL_LOWER | Tokens.CASELESS)
        && Arrays.binarySearch(KEYS, tokens.key(t)) >= 0;
  }

  /** A clock time ("7:15", "16.45"), a year ("2024") or a day ("31") that no digit group follows as a phone number's would. */
  private static boolean isDateNumber(Tokens tokens, int t) {
    if (t >= tokens.count() || !tokens.has(t, Tokens.ALL_DIGITS)) {
      return false;
    }
    int length = tokens.length(t);
    if (length <= MAX_HOUR_DIGITS && isClockMinutes(tokens, t + 1)) {
      return true;
    }
    String text = tokens.text();
    boolean year = length == YEAR_DIGITS && (text.startsWith("19", tokens.start(t)) || text.startsWith("20", tokens.start(t)));
    boolean day = isDay(tokens, t);
    boolean moreDigits = t + 1 < tokens.count() && tokens.has(t + 1, Tokens.ALL_DIGITS) && tokens.gapIs(t + 1, " ")
        && !isClockMinutes(tokens, t + 2);
    return (year || day) && !moreDigits;
  }

  /** True if token {@code t} is the minutes of a clock time: two digits after ':' or '.'. */
  private static boolean isClockMinutes(Tokens tokens, int t) {
    return t < tokens.count() && tokens.has(t, Tokens.ALL_DIGITS) && tokens.length(t) == 2 && (tokens.gapIs(t, ":") || tokens.gapIs(t, "."));
  }
}
