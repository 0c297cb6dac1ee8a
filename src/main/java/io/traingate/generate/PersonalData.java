package io.traingate.generate;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import net.datafaker.Faker;

/**
 * Values of personal information as people type them: names and addresses from Datafaker in the
 * conversation's language, numbers made here so that each is well-formed (cards pass Luhn, IBANs
 * their mod-97 check, SSNs avoid the never-issued areas) in one of several common formats.
 */
final class PersonalData {
  private static final List<String> MAIL_DOMAINS =
      List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "example.org", "web.de", "gmx.net",
          "orange.fr", "hotmail.es", "uol.com.br", "rediffmail.com");

  /** Phone formats by language; {@code #} is a random digit. */
  private static final List<List<String>> PHONE_FORMATS =
      List.of(
          List.of("+1 (2##) ###-####", "(3##) 555-01##", "4##-###-####", "+1 6##.###.####", "+44 7### ######", "07### ######"),
          List.of("+49 151 ########", "0170 #######", "+49 (0)30 #######", "030 / ### ## ##"),
          List.of("+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 1 ## ## ## ##"),
          List.of("+34 6## ### ###", "6## ## ## ##", "+34 91 ### ## ##"),
          List.of("+55 11 9####-####", "(21) 9####-####", "+351 91# ### ###"),
          List.of("+91 98### #####", "+91-9#########", "09########"));

  /** IBAN country, length of the national part, and whether it starts with a four-letter bank code. */
  private record IbanFormat(String country, int bbanDigits, boolean bankLetters) {}

  private static final List<IbanFormat> IBAN_FORMATS =
      List.of(
          new IbanFormat("DE", 18, false),
          new IbanFormat("ES", 20, false),
          new IbanFormat("FR", 23, false),
          new IbanFormat("NL", 10, true),
          new IbanFormat("GB", 14, true));

  private final SplittableRandom random;
  private final Faker faker;
  private final Language language;

  PersonalData(SplittableRandom random, Faker faker, Language language) {
    this.random = random;
    this.faker = faker;
    this.language = language;
  }

  String value(PersonalKind kind) {
    return switch (kind) {
      case PERSON -> faker.name().fullName();
      case EMAIL -> email();
      case PHONE -> digits(pickOne(PHONE_FORMATS.get(language.ordinal())));
      case STREET_ADDRESS -> faker.address().fullAddress();
      case CREDIT_CARD -> card();
      case IP_ADDRESS -> ipAddress();
      case IBAN -> iban();
      case US_SSN -> ssn();
    };
  }

  private String email() {
    String first = ascii(faker.name().firstName(), "sam");
    String last = ascii(faker.name().lastName(), "lee");
    String local =
        switch (random.nextInt(4)) {
          case 0 -> first + "." + last;
          case 1 -> first.charAt(0) + last;
          case 2 -> first + "_" + last + random.nextInt(10, 100);
          default -> first + random.nextInt(1970, 2010);
        };
    return local + "@" + pickOne(MAIL_DOMAINS);
  }

  /** Card numbers of the common issuers, grouped as printed on the card or run together. */
  private String card() {
    String prefix;
    int length;
    switch (random.nextInt(4)) {
      case 0 -> {
        prefix = "4";
        length = 16;
      }
      case 1 -> {
        prefix = "5" + random.nextInt(1, 6);
        length = 16;
      }
      case 2 -> {
        prefix = random.nextBoolean() ? "34" : "37";
        length = 15;
      }
      default -> {
        prefix = "6011";
        length = 16;
      }
    }
    StringBuilder number = new StringBuilder(prefix);
    while (number.length() < length - 1) {
      number.append(random.nextInt(10));
    }
    number.append(luhnCheckDigit(number));
    String separator = List.of(" ", "-", "").get(random.nextInt(3));
    if (separator.isEmpty()) {
      return number.toString();
    }
    int[] groups = length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4};
    StringBuilder grouped = new StringBuilder();
    int at = 0;
    for (int group : groups) {
      grouped.append(at == 0 ? "" : separator).append(number, at, at + group);
      at += group;
    }
    return grouped.toString();
  }

  static int luhnCheckDigit(CharSequence payload) {
    int sum = 0;
    for (int i = payload.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = payload.charAt(i) - '0';
      if (position % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }

  private String ipAddress() {
    if (random.nextInt(6) == 0) {
      return String.format("2a02:%x:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(1, 0x10000));
    }
    int first = random.nextInt(11, 224);
    if (first == 127) {
      first = 128;
    }
    return first + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private String iban() {
    IbanFormat format = pickOne(IBAN_FORMATS);
    StringBuilder bban = new StringBuilder();
    if (format.bankLetters()) {
      for (int i = 0; i < 4; i++) {
        bban.append((char) ('A' + random.nextInt(26)));
      }
    }
    for (int i = 0; i < format.bbanDigits(); i++) {
      bban.append(random.nextInt(10));
    }
    String iban = format.country() + ibanCheckDigits(format.country(), bban.toString()) + bban;
    return random.nextBoolean() ? iban : iban.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** ISO 13616: the check digits make the rearranged number, letters as 10..35, equal 1 mod 97. */
  static String ibanCheckDigits(String country, String bban) {
    StringBuilder numeric = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    return String.format("%02d", check);
  }

  /** Area 001-899 except 666, group 01-99, serial 0001-9999: the numbers the SSA issues. */
  private String ssn() {
    int area = random.nextInt(1, 899);
    if (area == 666) {
      area = 667;
    }
    String separator = random.nextInt(5) == 0 ? " " : "-";
    return String.format("%03d%s%02d%s%04d", area, separator, random.nextInt(1, 100), separator, random.nextInt(1, 10000));
  }

  private String digits(String format) {
    StringBuilder out = new StringBuilder(format.length());
    for (char c : format.toCharArray()) {
      out.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c);
    }
    return out.toString();
  }

  private <T> T pickOne(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Mail addresses are typed without accents or spaces: "José Núñez" becomes "jose", "nunez". */
  private static String ascii(String name, String whenNothingIsLeft) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    return ascii.isEmpty() ? whenNothingIsLeft : ascii;
  }
}
