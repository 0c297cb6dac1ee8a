package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Credentials assigned to a name that says what they are: {@code password=hunter2},
 * {@code "api_key": "..."}, {@code DB_PASSWORD='...'}, {@code client_secret: ...}, and in prose
 * "my password is Tr0ub4dor". The span is the value only. Triggers are {@code =}, {@code :} and
 * the word "is", found by the JDK's fast searches.
 */
public final class PasswordAssignmentDetector implements Detector {

  private static final List<String> KEYS = List.of(
      "password", "passwd", "passwort", "contraseña", "pwd", "pass", "passphrase", "secret", "token", "apikey",
      "api_key", "api-key", "access_key", "secret_key", "private_key", "client_secret", "auth_token",
      "access_token", "refresh_token", "credentials");
  /** The last letters of every key (and of "key"): most words end otherwise and are ruled out at once. */
  private static final String KEY_ENDINGS =
      KEYS.stream().map(key -> key.substring(key.length() - 1)).distinct().collect(Collectors.joining()) + "y";
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "access", "private", "signing", "encryption", "master");
  private static final int MAX_NAME = 64;
  private static final int MAX_VALUE = 256;
  private static final int MIN_VALUE = 4;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    for (int i = text.indexOf('=', 1); i >= 0; i = text.indexOf('=', i + 1)) {
      assignedValue(text, i, out);
    }
    for (int i = text.indexOf(':', 1); i >= 0; i = text.indexOf(':', i + 1)) {
      assignedValue(text, i, out);
    }
    for (int i = text.indexOf(" is ", 1); i >= 0; i = text.indexOf(" is ", i + 1)) {
      proseValue(text, i, out);
    }
  }

  private static void assignedValue(String text, int operator, List<Span> out) {
    char before = text.charAt(operator - 1);
    if (before == '=' || before == '!' || before == '<' || before == '>'
        || operator + 1 < text.length() && (text.charAt(operator + 1) == '=' || text.charAt(operator + 1) == '/')) {
      return; // comparisons, and URLs (handled by UrlCredentialDetector)
    }
    int nameEnd = operator;
    while (nameEnd > 0 && operator - nameEnd < 3 && (text.charAt(nameEnd - 1) == ' ' || isQuote(text.charAt(nameEnd - 1)))) {
      nameEnd--;
    }
    if (!namesCredential(text, nameEnd)) {
      return;
    }
    int valueStart = operator + 1;
    if (valueStart < text.length() && text.charAt(valueStart) == '>') {
      valueStart++; // =>
    }
    addValue(text, valueStart, false, out);
  }

  private static void proseValue(String text, int space, List<Span> out) {
    if (!namesCredential(text, space)) {
      return;
    }
    int valueStart = space + 4;
    if (valueStart < text.length() && text.charAt(valueStart) == ':') {
      valueStart++;
    }
    addValue(text, valueStart, true, out);
  }

  /** True if the identifier ending at {@code end} is, or ends with, a credential key. */
  private static boolean namesCredential(String text, int end) {
    if (end == 0 || KEY_ENDINGS.indexOf(Character.toLowerCase(text.charAt(end - 1))) < 0) {
      return false;
    }
    int start = end;
    while (start > 0 && end - start < MAX_NAME && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return false;
    }
    if (end - start == 3 && text.regionMatches(true, start, "key", 0, 3)) {
      return KEY_QUALIFIERS.contains(wordBefore(text, start)); // "api key: ...", "secret key is ..."
    }
    for (String key : KEYS) {
      int keyStart = end - key.length();
      if (keyStart >= start && text.regionMatches(true, keyStart, key, 0, key.length())) {
        boolean whole = keyStart == start;
        char joiner = whole ? ' ' : text.charAt(keyStart - 1);
        boolean camel = !whole && Character.isUpperCase(text.charAt(keyStart)) && Character.isLowerCase(joiner);
        return whole || joiner == '_' || joiner == '-' || joiner == '.' || camel;
      }
    }
    return false;
  }

  /** The lower-case word that ends one space before {@code end}, or "". */
  private static String wordBefore(String text, int end) {
    if (end < 2 || text.charAt(end - 1) != ' ') {
      return "";
    }
    int start = end - 1;
    while (start > 0 && end - start < MAX_NAME && Chars.isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end - 1).toLowerCase(Locale.ROOT);
  }

  private static void addValue(String text, int from, boolean prose, List<Span> out) {
    int n = text.length();
    int i = from;
    while (i < n && i - from < 3 && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= n) {
      return;
    }
    char quote = isQuote(text.charAt(i)) ? text.charAt(i) : 0;
    int start = quote != 0 ? i + 1 : i;
    int end = start;
    while (end < n && end - start < MAX_VALUE && !endsValue(text.charAt(end), quote, prose)) {
      end++;
    }
    if (quote != 0 && (end >= n || text.charAt(end) != quote)) {
      return;
    }
    if (quote == 0) {
      while (end > start && ".,;!?".indexOf(text.charAt(end - 1)) >= 0) {
        end--; // sentence punctuation
      }
    }
    String value = text.substring(start, end);
    boolean plausible = value.length() >= MIN_VALUE && SecretValues.isLiteral(value)
        && (!prose || SecretValues.looksGenerated(value))
        && (quote != 0 || !looksLikeVariable(text, from, value));
    if (plausible) {
      out.add(new Span(EntityType.SECRET, start, end));
    }
  }

  /** {@code password = user_input} in code assigns a variable, not a literal. */
  private static boolean looksLikeVariable(String text, int valueFrom, String value) {
    boolean spacedOperator = text.charAt(valueFrom - 1) == '=' && valueFrom < text.length() && text.charAt(valueFrom) == ' ';
    if (!spacedOperator) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(Chars.isLower(c) || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Where a value ends: its closing quote, or white space and delimiters (and {@code &} in URLs). */
  private static boolean endsValue(char c, char quote, boolean prose) {
    if (quote != 0) {
      return c == quote || c == '\n';
    }
    return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == ',' || c == ';' || (c == '&' && !prose)
        || c == ')' || c == '}' || c == ']' || c == '<';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  private static boolean isNameChar(char c) {
    return Chars.isWordChar(c) || c == '-' || c == '.';
  }
}
