package io.traingate.pii.replace;

import com.google.common.base.CharMatcher;
import com.google.common.net.InetAddresses;
import io.traingate.pii.EntityType;
import io.traingate.pii.detect.CallingCodes;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical form of a found value, so that different spellings of one value share an index,
 * a hash and a surrogate: {@code Dana@Example.org} and {@code dana at example dot org}, or
 * {@code (415) 555-0132} and {@code +1 415 555 0132}. Thread-safe.
 */
public final class ValueNormalizer {

  // Bounded alternations over an already-found span: no backtracking blow-up possible.
  private static final Pattern SPELLED_AT = Pattern.compile("\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*|\\s+at\\s+");
  private static final Pattern SPELLED_DOT = Pattern.compile("\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*|\\s+dot\\s+");
  private static final CharMatcher ASCII_DIGITS = CharMatcher.inRange('0', '9');
  // The general categories of regex's \p{L} and \p{N}, as bits: one table look-up per character.
  private static final int LETTER_OR_NUMBER_TYPES = 1 << Character.UPPERCASE_LETTER
      | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER
      | 1 << Character.MODIFIER_LETTER
      | 1 << Character.OTHER_LETTER
      | 1 << Character.DECIMAL_DIGIT_NUMBER
      | 1 << Character.LETTER_NUMBER
      | 1 << Character.OTHER_NUMBER;

  public String normalize(EntityType type, String value) {
    return switch (type) {
      case EMAIL -> email(value);
      case PHONE -> phone(value);
      case CREDIT_CARD, US_SSN -> digitsOf(value);
      case IBAN, GOV_ID -> lettersAndNumbers(value, "").toUpperCase(Locale.ROOT);
      case IP_ADDRESS -> ipAddress(value);
      case CRYPTO_WALLET -> isCaseInsensitiveWallet(value) ? value.toLowerCase(Locale.ROOT) : value;
      case SECRET -> value;
      case PERSON, STREET_ADDRESS -> words(value);
    };
  }

  private static String email(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!isSpelledOut(lower)) {
      return lower; // the common case: no spaces or brackets, so nothing for the patterns to replace
    }
    return SPELLED_DOT.matcher(SPELLED_AT.matcher(lower).replaceAll("@")).replaceAll(".");
  }

  /** True if the address may hold what SPELLED_AT and SPELLED_DOT replace: white space or an opening bracket. */
  private static boolean isSpelledOut(String email) {
    for (int i = 0; i < email.length(); i++) {
      char c = email.charAt(i);
      if (Character.isWhitespace(c) || "[({<".indexOf(c) >= 0) { // a superset of what the patterns match
        return true;
      }
    }
    return false;
  }

  /**
   * The national number without its trunk prefix: {@code +1 650 253 0000}, {@code (650) 253-0000}
   * and {@code 1-650-253-0000} agree, as do {@code +44 20 7946 0958}, {@code +44 (0)20 7946 0958}
   * and {@code 020 7946 0958}. After a "+" the country code goes; elsewhere the 1 before ten NANP
   * digits. Leading zeros (trunk prefixes) go too.
   */
  private static String phone(String value) {
    String digits = digitsOf(value);
    String national = value.startsWith("+") ? withoutCountryCode(digits)
        : digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    int start = 0;
    while (start < national.length() - 1 && national.charAt(start) == '0') {
      start++;
    }
    return national.substring(start);
  }

  /** The digits after the country code they start with, or all of them if no code leaves any. */
  private static String withoutCountryCode(String digits) {
    int length = CallingCodes.lengthAt(digits, 0);
    return length > 0 && length < digits.length() ? digits.substring(length) : digits;
  }

  private static String ipAddress(String value) {
    return InetAddresses.isInetAddress(value)
        ? InetAddresses.toAddrString(InetAddresses.forString(value))
        : value.toLowerCase(Locale.ROOT);
  }

  /** Hex Ethereum addresses and bech32 addresses mean the same in either case. */
  private static boolean isCaseInsensitiveWallet(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.startsWith("0x") || lower.startsWith("bc1") || lower.startsWith("tb1");
  }

  private static String words(String value) {
    String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return lettersAndNumbers(folded, " ").trim();
  }

  /**
   * {@code value} with each run of code points that are neither letters nor numbers replaced by
   * {@code separator}: what {@code replaceAll("[^\\p{L}\\p{N}]+", separator)} gives, without a
   * regex matcher per value.
   */
  static String lettersAndNumbers(String value, String separator) {
    StringBuilder out = null; // made at the first replacement, so a value with none comes back as it is
    int copied = 0;
    int i = 0;
    while (i < value.length()) {
      int othersEnd = skipOthers(value, i);
      if (othersEnd == i) {
        i += Character.charCount(value.codePointAt(i));
        continue;
      }
      if (out == null) {
        out = new StringBuilder(value.length());
      }
      out.append(value, copied, i).append(separator);
      copied = othersEnd;
      i = othersEnd;
    }
    return out == null ? value : out.append(value, copied, value.length()).toString();
  }

  /** The end of the run of code points that are neither letters nor numbers starting at {@code from}. */
  private static int skipOthers(String value, int from) {
    int i = from;
    while (i < value.length()) {
      int codePoint = value.codePointAt(i);
      if (isLetterOrNumber(codePoint)) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static boolean isLetterOrNumber(int codePoint) {
    return (LETTER_OR_NUMBER_TYPES >> Character.getType(codePoint) & 1) != 0;
  }

  /** The ASCII digits of {@code value}, in order. */
  static String digitsOf(String value) {
    return ASCII_DIGITS.retainFrom(value);
  }
}
