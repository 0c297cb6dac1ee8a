package io.traingate.pii.replace;

import com.google.common.net.InetAddresses;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.traingate.pii.EntityType;
import java.text.Normalizer;
import java.util.List;
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
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final PhoneNumberUtil phoneUtil = PhoneNumberUtil.getInstance();
  private final List<String> phoneRegions;

  public ValueNormalizer(List<String> phoneRegions) {
    this.phoneRegions = List.copyOf(phoneRegions);
  }

  public String normalize(EntityType type, String value) {
    return switch (type) {
      case EMAIL -> email(value);
      case PHONE -> phone(value);
      case CREDIT_CARD, US_SSN -> digitsOf(value);
      case IBAN, GOV_ID -> NOT_ALNUM.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
      case IP_ADDRESS -> ipAddress(value);
      case CRYPTO_WALLET -> isCaseInsensitiveWallet(value) ? value.toLowerCase(Locale.ROOT) : value;
      case SECRET -> value;
      case PERSON, STREET_ADDRESS -> words(value);
    };
  }

  private static String email(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return SPELLED_DOT.matcher(SPELLED_AT.matcher(lower).replaceAll("@")).replaceAll(".");
  }

  private String phone(String value) {
    for (String region : phoneRegions) {
      try {
        PhoneNumber number = phoneUtil.parse(value, region);
        if (phoneUtil.isValidNumber(number)) {
          return phoneUtil.format(number, PhoneNumberFormat.E164);
        }
      } catch (NumberParseException e) {
        // not a number in this region's dialling plan; try the next one
      }
    }
    return digitsOf(value);
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
    return NOT_ALNUM.matcher(folded).replaceAll(" ").trim();
  }

  static String digitsOf(String value) {
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
