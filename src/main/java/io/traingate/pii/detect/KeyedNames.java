package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Names as the values of quoted keys that call them names, in pasted JSON or Python dicts:
 * {@code "name": "清水 さゆり"}, {@code 'customer_name': 'Shania Hutagalung'}. As with a table's
 * header ({@link TableColumns}), the key says what the words alone cannot, and the text must also
 * hold a key of another field of people ("email", "phone" …), so {@code "name": "billing"} in a
 * service's config is none. The value is one to four words of letters, not all in lower case
 * ({@code 'NAME': 'prod'} names a database), unless it repeats a word of the name just before it in
 * the same object, as a chat export's handle does: {@code {"real_name": "Tolga Çetin", "display_name": "tolga"}}.
 * A log's {@code "user"} key holds a login as often, so its value is a name only as two or more capitalised words.
 */
final class KeyedNames {

  /** A key that holds a login, or a person's name where it is written as one: {@code "user":"Sterling Ironside"}. */
  private static final String USER_KEY = "user";
  /** Longest key and value read: "customer_name", a name of four words. */
  private static final int MAX_KEY = 40;
  private static final int MAX_VALUE = 80;

  private KeyedNames() {}

  /** Adds a PERSON span for each value of a name key in {@code text}. */
  static void find(String text, List<Span> out) {
    if (!holdsPersonField(text)) {
      return;
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    int lastNameStart = -1;
    int lastNameEnd = -1;
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      int keyEnd = keyEnd(text, colon);
      int keyStart = keyStart(text, keyEnd);
      boolean userKey = keyStart >= 0 && text.regionMatches(true, keyStart + 1, USER_KEY, 0, USER_KEY.length()) && keyEnd - keyStart - 1 == USER_KEY.length();
      if (keyStart < 0 || !userKey && !TableColumns.isNameHeader(text, keyStart + 1, keyEnd)) {
        continue;
      }
      char quote = text.charAt(keyEnd);
      int valueStart = colon + 1;
      while (valueStart < text.length() && text.charAt(valueStart) == ' ') {
        valueStart++;
      }
      if (valueStart >= text.length() || text.charAt(valueStart) != quote) {
        continue;
      }
      int valueEnd = text.indexOf(quote, valueStart + 1);
      boolean named = userKey ? isCapitalisedWords(text, valueStart + 1, valueEnd)
          : !isLowerCase(text, valueStart + 1, valueEnd) || repeatsWordOf(text, valueStart + 1, valueEnd, lastNameStart, lastNameEnd);
      if (valueEnd > valueStart + 1 && valueEnd - valueStart <= MAX_VALUE && named) {
        TableNames.addName(text, valueStart + 1, valueEnd, names);
        lastNameStart = valueStart + 1;
        lastNameEnd = valueEnd;
      }
    }
  }

  /**
   * True if {@code [from, to)} is, but for case, a word of the name {@code [nameFrom, nameTo)} of the
   * same object (no brace or line between): "tolga" after "Tolga Çetin".
   */
  private static boolean repeatsWordOf(String text, int from, int to, int nameFrom, int nameTo) {
    if (nameFrom < 0 || from - nameTo > MAX_KEY + MAX_VALUE) {
      return false;
    }
    for (int i = nameTo; i < from; i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '\n') {
        return false;
      }
    }
    int length = to - from;
    int word = nameFrom;
    while (word < nameTo) {
      int space = text.indexOf(' ', word);
      int wordEnd = space < 0 || space > nameTo ? nameTo : space;
      if (wordEnd - word == length && text.regionMatches(true, word, text, from, length)) {
        return true;
      }
      word = wordEnd + 1;
    }
    return false;
  }

  /** True if every letter is a lower-case one: the names of databases and services ('NAME': 'prod'), not of people. */
  /** Two or more words, each a capital and letters: a person's name as a log's "user" key shows it ("Verity Ironside"), not a login ("vironside", "svc-backup"). */
  private static boolean isCapitalisedWords(String text, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean wordStart = i == from || text.charAt(i - 1) == ' ';
      if (wordStart ? !Character.isUpperCase(c) : c != ' ' && !Character.isLetter(c)) {
        return false;
      }
      words += wordStart ? 1 : 0;
    }
    return words >= 2;
  }

  private static boolean isLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isLowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the quote that closes the key before the colon at {@code colon} (spaces allowed between), or -1. */
  private static int keyEnd(String text, int colon) {
    int i = colon - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i > 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'') ? i : -1;
  }

  /** The index of the quote that opens the key closed at {@code keyEnd}; -1 if {@code keyEnd} is, if none does, or if the key is too long. */
  private static int keyStart(String text, int keyEnd) {
    if (keyEnd < 0) {
      return -1;
    }
    int keyStart = text.lastIndexOf(text.charAt(keyEnd), keyEnd - 1);
    return keyStart >= 0 && keyEnd - keyStart <= MAX_KEY ? keyStart : -1;
  }

  /** True if a quoted key of another field of people stands in the text: "email", 'phone'. */
  private static boolean holdsPersonField(String text) {
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      int keyEnd = keyEnd(text, colon);
      int keyStart = keyStart(text, keyEnd);
      if (keyStart >= 0 && TableColumns.isPersonField(text, keyStart + 1, keyEnd)) {
        return true;
      }
    }
    return false;
  }
}
