package io.traingate.pii.detect;

import java.util.Map;

/** IBAN structure: the registry's length per country and the ISO 7064 mod-97 check. */
public final class Iban {
  private Iban() {}

  /** Total IBAN length per country code (SWIFT IBAN registry, and Iran's Sheba numbers, IBANs outside it). */
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
      Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27),
      Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28),
      Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
      Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18),
      Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
      Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
      Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IR", 26), Map.entry("IS", 26), Map.entry("IT", 27),
      Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LC", 32),
      Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25),
      Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MN", 20),
      Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28), Map.entry("NL", 18),
      Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29),
      Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33),
      Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
      Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25), Map.entry("SV", 28),
      Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
      Map.entry("VG", 24), Map.entry("XK", 20), Map.entry("YE", 30));

  /** {@link #LENGTHS} indexed by country code, so that looking one up builds no string. */
  private static final byte[] LENGTHS_BY_CODE = lengthsByCode();

  /** The IBAN length of the country whose code is these two upper-case letters, or 0 if the country issues none. */
  public static int lengthFor(char first, char second) {
    return Chars.isUpper(first) && Chars.isUpper(second) ? LENGTHS_BY_CODE[codeIndex(first, second)] : 0;
  }

  private static int codeIndex(char first, char second) {
    return (first - 'A') * 26 + (second - 'A');
  }

  private static byte[] lengthsByCode() {
    byte[] lengths = new byte[26 * 26];
    LENGTHS.forEach((code, length) -> lengths[codeIndex(code.charAt(0), code.charAt(1))] = length.byteValue());
    return lengths;
  }

  /** Remainder mod 97 of the IBAN read as digits, country and check moved to the end. */
  public static int mod97(CharSequence compact) {
    int remainder = 0;
    int n = compact.length();
    for (int k = 0; k < n; k++) {
      char c = Character.toUpperCase(compact.charAt((k + 4) % n));
      int value = Chars.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
    }
    return remainder;
  }

  /** True if {@code compact} (no spaces) has its country's length and a valid check. */
  public static boolean isValid(CharSequence compact) {
    if (compact.length() < 4) {
      return false;
    }
    int length = lengthFor(Character.toUpperCase(compact.charAt(0)), Character.toUpperCase(compact.charAt(1)));
    return compact.length() == length && mod97(compact) == 1;
  }
}
