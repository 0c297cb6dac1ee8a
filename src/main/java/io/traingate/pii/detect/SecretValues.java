package io.traingate.pii.detect;

import java.util.Locale;
import java.util.Set;

/** Tells a literal secret value from a placeholder, template or reference written in its place. */
final class SecretValues {
  private SecretValues() {}

  private static final int MIN_RANDOM_LENGTH = 16;
  private static final double MIN_RANDOM_BITS_PER_CHAR = 3.0;
  private static final int MIN_STRONG_PASSWORD = 10;

  private static final Set<String> PLACEHOLDERS = Set.of(
      "null", "none", "nil", "true", "false", "undefined", "required", "optional", "string", "str", "int",
      "redacted", "hidden", "removed", "secret", "password", "passwd", "token", "your_password",
      "yourpassword", "your-password", "mypassword", "example", "changeit", "changeme", "change_me", "change-me", "empty", "default", "env", "na", "n/a");

  /** True if {@code value} could be a real credential rather than a stand-in for one. */
  static boolean isLiteral(String value) {
    if (value.isEmpty()) {
      return false;
    }
    if (isTemplateOrCall(value)) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(lower) || lower.startsWith("os.") || lower.startsWith("process.env")
        || lower.startsWith("self.") || lower.startsWith("this.") || lower.startsWith("config.")
        || lower.startsWith("settings.")) {
      return false;
    }
    return !isAllOneFiller(value) && !isPlaceholderName(value, lower);
  }

  /**
   * {@code YOUR_API_KEY}, {@code <insert-token-here>}, {@code API_TOKEN}, {@code USERNAME:PASSWORD},
   * a provider's prefix alone ("the signing secret whsec_ is in vault"), and a value masked with
   * asterisks as logs and docs print one ({@code AKIA****************}): names of a value, not one.
   */
  private static boolean isPlaceholderName(String value, String lower) {
    int prefix = ProviderKeyDetector.providerPrefixLength(value);
    if (prefix == value.length() || prefix > 0 && isAllOneFiller(value.substring(prefix))
        || isBracketedWord(value) || lower.startsWith("my_") || lower.contains("placeholder") || lower.contains("xxxx") || value.contains("****") || lower.contains("here") && lower.length() < 24
        || opensWithPlaceholderWord(lower)) {
      return true;
    }
    return (value.indexOf('_') > 0 || value.indexOf(':') > 0) && isUpperSnakeCase(value);
  }

  /**
   * A word in brackets where a value would stand, as CI logs and plans print a hidden one:
   * {@code [MASKED]}, {@code [REDACTED]}, Terraform's {@code (sensitive value)} (of which an
   * assignment reads the first word).
   */
  private static boolean isBracketedWord(String value) {
    char open = value.charAt(0);
    if (open != '[' && open != '(' || value.length() < 3) {
      return false;
    }
    int end = value.charAt(value.length() - 1) == (open == '[' ? ']' : ')') ? value.length() - 1 : value.length();
    for (int i = 1; i < end; i++) {
      if (!Character.isLetter(value.charAt(i)) && value.charAt(i) != ' ') {
        return false;
      }
    }
    return end > 1;
  }

  /** Words that open a stand-in for a value, never a real one: "your-token", "changeme-in-vault", "example_key". */
  private static final String[] PLACEHOLDER_OPENINGS = {"your", "changeme", "change-me", "change_me", "changeit", "example", "dummy"};

  private static boolean opensWithPlaceholderWord(String lower) {
    for (String opening : PLACEHOLDER_OPENINGS) {
      if (lower.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }

  /** True if the body of a provider's key, after its prefix, is a stand-in: "xoxb-your-token", "sk-example-key". */
  static boolean isPlaceholderBody(CharSequence body) {
    return opensWithPlaceholderWord(body.toString().toLowerCase(Locale.ROOT));
  }

  /** Capitals joined by {@code _} or {@code :} only. */
  private static boolean isUpperSnakeCase(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '_' && c != ':' && !Chars.isUpper(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code ${DB_PASS}}, {@code {{ secret }}}, {@code <password>}, {@code $PASS}, {@code getpass()},
   * {@code os.getenv(}: a call is a name and a bracket, unlike the "(" inside a random key ("r}M@9!qZ4t#Lp2&Vb8^Wx6*Jn3(Ks1").
   */
  private static boolean isTemplateOrCall(String value) {
    if (value.startsWith("${") || value.startsWith("{{") || value.startsWith("%(") || value.startsWith("<") && value.endsWith(">")) {
      return true;
    }
    if (value.charAt(0) == '$' && value.length() > 1 && value.chars().skip(1).allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
      return true;
    }
    int bracket = value.indexOf('(');
    if (bracket <= 0) {
      return false;
    }
    for (int i = 0; i < bracket; i++) {
      char c = value.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllOneFiller(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '*' && c != 'x' && c != 'X' && c != '.' && c != '-' && c != '#' && c != '•') {
        return false;
      }
    }
    return true;
  }

  /**
   * True if the value looks machine-made: long, with letters and digits, and with the entropy of
   * random keys ("key-95d6cff3…", not "created_at" or "user:1234").
   */
  static boolean looksRandom(String value) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < value.length(); i++) {
      letter |= Character.isLetter(value.charAt(i));
      digit |= Character.isDigit(value.charAt(i));
    }
    return value.length() >= MIN_RANDOM_LENGTH && letter && digit && Entropy.bitsPerChar(value) >= MIN_RANDOM_BITS_PER_CHAR;
  }

  /**
   * True if the value is random base64, which may open with '/' as a path does: an AWS secret key
   * "/MXKAX427J1wGPMjpdQ2Svwn…" is random, of base64's chars and mixes cases; a path
   * "/srv/app2/Prod.pem" holds a dot, "/var/lib/secret" no capital, "/var/lib/Secret2" a folder's
   * lower-case word between slashes.
   */
  static boolean isRandomBase64(String value) {
    boolean upper = false;
    boolean lower = false;
    int segmentStart = 0;
    boolean segmentLower = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Chars.isAsciiAlnum(c) && c != '+' && c != '/' && c != '=') {
        return false;
      }
      if (c == '/') {
        if (segmentLower && i - segmentStart >= 2) {
          return false;
        }
        segmentStart = i + 1;
        segmentLower = true;
      }
      segmentLower &= c == '/' || Chars.isLower(c);
      upper |= Chars.isUpper(c);
      lower |= Chars.isLower(c);
    }
    return upper && lower && looksRandom(value);
  }

  /** True if the value mixes classes (digits, symbols, inner capitals): "hunter2", not "wrong". */
  static boolean looksGenerated(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Chars.isLetterOrMark(c) || (i > 0 && Character.isUpperCase(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the value looks like a password chosen under a policy, where nothing names it one: ten
   * chars or more of at least three of lower case, upper case, digits and symbols ("mango&amp;1815cobalt",
   * "Pbfw_wQzIoFRTb", "marzipan-lantern-kestrel21"); not a host name, e-mail, URL or path ("vpn2.corp-net.io").
   */
  static boolean looksLikeStrongPassword(String value) {
    if (value.length() < MIN_STRONG_PASSWORD || value.contains("://") || value.charAt(0) == '/' || !isLiteral(value)) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    boolean hostChars = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
      digit |= Chars.isDigit(c);
      symbol |= !Character.isLetterOrDigit(c);
      hostChars &= Chars.isLower(c) || Chars.isDigit(c) || c == '.' || c == '-';
    }
    int at = value.indexOf('@');
    boolean email = at > 0 && at == value.lastIndexOf('@') && value.indexOf('.', at) > at + 1;
    boolean host = hostChars && value.indexOf('.') > 0 || email;
    int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    return classes >= 3 && !host;
  }

  /** True if the value holds a letter and a char that is none: "Xk29!ab", "d586a3c8", not "expired" nor "4471". */
  static boolean mixesLettersAndOthers(String value) {
    boolean letter = false;
    boolean other = false;
    for (int i = 0; i < value.length(); i++) {
      if (Chars.isLetterOrMark(value.charAt(i))) {
        letter = true;
      } else {
        other = true;
      }
    }
    return letter && other;
  }
}
