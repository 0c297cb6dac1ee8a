package io.traingate.pii.eval;

import com.google.common.io.BaseEncoding;
import com.google.common.net.InetAddresses;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.traingate.pii.detect.Iban;
import io.traingate.pii.detect.Luhn;
import io.traingate.pii.detect.WalletChecksums;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Realistic fake values of every entity type, in the many spellings people use in chat. All
 * randomness comes from one seeded {@link Random}, so a seed always gives the same values.
 */
final class FakePii {

  private static final List<String> NAME_LOCALES = List.of(
      "en-US", "en-US", "en-GB", "en-IN", "de", "fr", "es", "it", "pt-BR", "nl", "tr", "pl", "sv", "en-NG", "vi", "id");
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Random random;
  private final Faker english;
  private final List<Faker> nameFakers;
  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

  FakePii(Random random) {
    this.random = random;
    this.english = new Faker(Locale.US, random);
    this.nameFakers = NAME_LOCALES.stream().map(tag -> new Faker(Locale.forLanguageTag(tag), random)).toList();
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  // ---- people

  String firstName() {
    return clean(pick(nameFakers).name().firstName());
  }

  String lastName() {
    return clean(pick(nameFakers).name().lastName());
  }

  /** Faker names sometimes carry spaces or titles; keep one word. */
  private static String clean(String name) {
    String first = name.trim().split("\\s+")[0];
    return first.replace(".", "");
  }

  // ---- contact

  String email() {
    String first = ascii(english.name().firstName());
    String last = ascii(english.name().lastName());
    String local = switch (random.nextInt(5)) {
      case 0 -> first + "." + last;
      case 1 -> first.charAt(0) + last;
      case 2 -> first + between(1, 99);
      case 3 -> first + "_" + last;
      default -> last + "." + first.charAt(0);
    };
    String domain = pick(List.of("gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "proton.me", "example.org",
        "acme-corp.com", "mail.uni-koeln.de", "orange.fr", "icloud.com", "company.io", "web.de", "libero.it"));
    String address = local + "@" + domain;
    if (chance(0.15)) {
      address = address.toUpperCase(Locale.ROOT).charAt(0) + address.substring(1);
    }
    return address;
  }

  /** {@code dana at gmail dot com} and friends. */
  String obfuscatedEmail() {
    String local = ascii(english.name().firstName()) + (chance(0.5) ? "." + ascii(english.name().lastName()) : "");
    String host = pick(List.of("gmail", "yahoo", "outlook", "protonmail", "example"));
    String tld = pick(List.of("com", "org", "net", "io"));
    return switch (random.nextInt(4)) {
      case 0 -> local + " at " + host + " dot " + tld;
      case 1 -> local + " [at] " + host + " [dot] " + tld;
      case 2 -> local + "(at)" + host + "(dot)" + tld;
      default -> local + " AT " + host + " DOT " + tld;
    };
  }

  /**
   * The fourteen regions issue 3 names, which the committed corpus was generated with: fixed here,
   * so that the corpus does not change when the default regions grow.
   */
  private static final List<String> CORPUS_PHONE_REGIONS =
      List.of("US", "GB", "CA", "AU", "IN", "DE", "FR", "ES", "IT", "BR", "MX", "PH", "TR", "JP");

  String phone() {
    String region = pick(CORPUS_PHONE_REGIONS);
    PhoneNumberType type = chance(0.5) ? PhoneNumberType.MOBILE : PhoneNumberType.FIXED_LINE;
    PhoneNumber example = phones.getExampleNumberForType(region, type);
    PhoneNumber number = example;
    for (int attempt = 0; attempt < 50; attempt++) {
      String national = String.valueOf(example.getNationalNumber());
      int keep = Math.max(3, national.length() - 4);
      StringBuilder digits = new StringBuilder(national.substring(0, keep));
      while (digits.length() < national.length()) {
        digits.append(random.nextInt(10));
      }
      PhoneNumber candidate = new PhoneNumber().setCountryCode(example.getCountryCode()).setNationalNumber(Long.parseLong(digits.toString()));
      if (phones.isValidNumber(candidate)) {
        number = candidate;
        break;
      }
    }
    return switch (random.nextInt(6)) {
      case 0, 1 -> phones.format(number, PhoneNumberFormat.NATIONAL);
      case 2, 3 -> phones.format(number, PhoneNumberFormat.INTERNATIONAL);
      case 4 -> phones.format(number, PhoneNumberFormat.E164);
      default -> phones.format(number, PhoneNumberFormat.INTERNATIONAL).replace(' ', chance(0.5) ? '.' : '-').replaceFirst("^\\+(\\d+)[.-]", "+$1 ");
    };
  }

  // ---- money

  String cardNumber() {
    String[][] issuers = {{"4", "16"}, {"4", "16"}, {"51", "16"}, {"55", "16"}, {"2221", "16"}, {"34", "15"}, {"37", "15"},
        {"6011", "16"}, {"65", "16"}, {"3528", "16"}, {"36", "14"}, {"62", "16"}, {"4", "13"}};
    String[] issuer = issuers[random.nextInt(issuers.length)];
    int length = Integer.parseInt(issuer[1]);
    StringBuilder digits = new StringBuilder(issuer[0]);
    while (digits.length() < length - 1) {
      digits.append(random.nextInt(10));
    }
    digits.append(Luhn.checkDigit(digits));
    String separator = pick(List.of(" ", " ", "-", ""));
    int[] groups = length == 15 ? new int[] {4, 6, 5} : length == 14 ? new int[] {4, 6, 4} : length == 13 ? new int[] {4, 4, 5} : new int[] {4, 4, 4, 4};
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int g : groups) {
      if (at > 0) {
        out.append(separator);
      }
      out.append(digits, at, at + g);
      at += g;
    }
    return out.toString();
  }

  String ssn(boolean delimited) {
    int area;
    do {
      area = between(1, 899);
    } while (area == 666);
    String digits = String.format(Locale.ROOT, "%03d%02d%04d", area, between(1, 99), between(1, 9999));
    if (!delimited) {
      return digits;
    }
    String d = chance(0.85) ? "-" : " ";
    return digits.substring(0, 3) + d + digits.substring(3, 5) + d + digits.substring(5);
  }

  String iban() {
    String[][] formats = {{"DE", "18n"}, {"GB", "4a14n"}, {"FR", "23n"}, {"ES", "20n"}, {"IT", "1a22n"}, {"NL", "4a10n"},
        {"BE", "12n"}, {"CH", "17n"}, {"AT", "16n"}, {"PL", "24n"}, {"PT", "21n"}, {"SE", "20n"}, {"IE", "4a14n"}, {"NO", "11n"}, {"DK", "14n"}};
    String[] format = formats[random.nextInt(formats.length)];
    StringBuilder bban = new StringBuilder();
    for (String part : format[1].split("(?<=[an])")) {
      int count = Integer.parseInt(part.substring(0, part.length() - 1));
      boolean letters = part.endsWith("a");
      for (int i = 0; i < count; i++) {
        bban.append(letters ? UPPER.charAt(random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
      }
    }
    int check = 98 - Iban.mod97(format[0] + "00" + bban);
    String compact = format[0] + String.format(Locale.ROOT, "%02d", check) + bban;
    if (chance(0.4)) {
      return compact;
    }
    return compact.replaceAll("(.{4})(?!$)", "$1 ");
  }

  // ---- network

  String ipAddress() {
    byte[] bytes = new byte[chance(0.7) ? 4 : 16];
    random.nextBytes(bytes);
    if (bytes.length == 4) {
      bytes[0] = (byte) between(1, 223);
    } else {
      bytes[0] = 0x20;
      bytes[1] = 0x01;
      if (chance(0.5)) {
        for (int i = 8; i < 14; i++) {
          bytes[i] = 0;
        }
      }
    }
    try {
      InetAddress address = InetAddress.getByAddress(bytes);
      return InetAddresses.toAddrString(address);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- secrets

  String random(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  String providerKey() {
    return switch (random.nextInt(8)) {
      case 0 -> "sk-" + random(ALNUM, 48);
      case 1 -> "sk-proj-" + random(ALNUM + "-_", 56);
      case 2 -> "AKIA" + random(UPPER_ALNUM, 16);
      case 3 -> "ghp_" + random(ALNUM, 36);
      case 4 -> "xoxb-" + between(100000000, 999999999) + "-" + between(100000000, 999999999) + "-" + random(ALNUM, 24);
      case 5 -> "AIza" + random(ALNUM + "-_", 35);
      case 6 -> "sk_live_" + random(ALNUM, 24);
      default -> "glpat-" + random(ALNUM, 20);
    };
  }

  String jwt() {
    BaseEncoding base64url = BaseEncoding.base64Url().omitPadding();
    String header = base64url.encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = base64url.encode(("{\"sub\":\"" + between(1000, 999999) + "\",\"name\":\"" + ascii(english.name().firstName())
        + "\",\"iat\":" + between(1500000000, 1800000000) + "}").getBytes(StandardCharsets.UTF_8));
    byte[] signature = new byte[32];
    random.nextBytes(signature);
    return header + "." + payload + "." + base64url.encode(signature);
  }

  String pemBlock() {
    String label = pick(List.of("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"));
    byte[] body = new byte[between(120, 400)];
    random.nextBytes(body);
    String base64 = BaseEncoding.base64().encode(body).replaceAll("(.{64})", "$1\n").strip();
    return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----";
  }

  /** A password as people choose them: words with digits and symbols. */
  String password() {
    String word = ascii(english.name().firstName());
    return switch (random.nextInt(4)) {
      case 0 -> word + between(1, 9999) + pick(List.of("!", "#", "$", ""));
      case 1 -> Character.toUpperCase(word.charAt(0)) + word.substring(1) + "_" + between(10, 99);
      case 2 -> random(ALNUM + "!@#$%^*", between(10, 20));
      default -> word.replace('a', '4').replace('e', '3').replace('o', '0') + between(1, 99);
    };
  }

  String username() {
    return pick(List.of("admin", "root", "app", "deploy", "svc_" + ascii(english.name().lastName()), ascii(english.name().firstName())));
  }

  // ---- crypto

  String wallet() {
    byte[] hash = new byte[20];
    random.nextBytes(hash);
    return switch (random.nextInt(5)) {
      case 0 -> WalletChecksums.base58Check((byte) 0x00, hash);
      case 1 -> WalletChecksums.base58Check((byte) 0x05, hash);
      case 2 -> WalletChecksums.bech32("bc", withWitnessVersion(0, hash), false);
      case 3 -> {
        String hex = BaseEncoding.base16().lowerCase().encode(hash);
        yield "0x" + (chance(0.5) ? hex : WalletChecksums.eip55(hex));
      }
      default -> {
        byte[] key = new byte[32];
        random.nextBytes(key);
        yield WalletChecksums.bech32("bc", withWitnessVersion(1, key), true);
      }
    };
  }

  private static int[] withWitnessVersion(int version, byte[] program) {
    int[] five = new int[1 + (program.length * 8 + 4) / 5];
    five[0] = version;
    int acc = 0;
    int bits = 0;
    int out = 1;
    for (byte b : program) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five[out++] = (acc >> bits) & 31;
      }
    }
    if (bits > 0) {
      five[out] = (acc << (5 - bits)) & 31;
    }
    return five;
  }

  // ---- identity documents: {cue, value}

  String[] governmentId() {
    return switch (random.nextInt(9)) {
      case 0 -> new String[] {pick(List.of("passport number", "passport no.", "passport #", "Passport:")), UPPER.charAt(random.nextInt(26)) + random("0123456789", 8)};
      case 1 -> new String[] {pick(List.of("passport", "my passport number is")), random("0123456789", 9)};
      case 2 -> new String[] {pick(List.of("driver's license", "DL#", "driver license number", "driving licence no.")), UPPER.charAt(random.nextInt(26)) + random("0123456789", 7)};
      case 3 -> new String[] {pick(List.of("DL", "license number")), UPPER.charAt(random.nextInt(26)) + random("0123456789", 3) + "-" + random("0123456789", 4) + "-" + random("0123456789", 4)};
      case 4 -> new String[] {pick(List.of("national insurance number", "NI number", "NINO")), "" + "ABCEGHJKLMNPRSTWXYZ".charAt(random.nextInt(19)) + "ABCEGHJKLMNPRSTWXYZ".charAt(random.nextInt(19)) + " " + random("0123456789", 2) + " " + random("0123456789", 2) + " " + random("0123456789", 2) + " " + "ABCD".charAt(random.nextInt(4))};
      case 5 -> new String[] {pick(List.of("Aadhaar", "aadhaar number", "Aadhaar no")), between(2, 9) + random("0123456789", 3) + " " + random("0123456789", 4) + " " + random("0123456789", 4)};
      case 6 -> new String[] {pick(List.of("PAN", "PAN card")), random(UPPER, 5) + random("0123456789", 4) + UPPER.charAt(random.nextInt(26))};
      case 7 -> new String[] {pick(List.of("DNI", "mi DNI es", "NIE")), random("0123456789", 8) + UPPER.charAt(random.nextInt(26))};
      default -> new String[] {pick(List.of("national ID number", "ID number", "national id", "SIN")), random("0123456789", 3) + " " + random("0123456789", 3) + " " + random("0123456789", 3)};
    };
  }

  // ---- places

  String streetAddress() {
    return switch (random.nextInt(9)) {
      case 0, 1, 2 -> usAddress();
      case 3 -> ukAddress();
      case 4 -> germanAddress();
      case 5 -> frenchAddress();
      case 6 -> southernEuropeanAddress();
      case 7 -> dutchAddress();
      default -> australianOrCanadianAddress();
    };
  }

  private String usAddress() {
    String street = between(1, 9999) + " " + pick(List.of(english.name().lastName(), english.name().firstName(), pick(List.of("Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Park", "1st", "2nd", "3rd", "5th", "42nd"))))
        + " " + pick(List.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Terrace", "Parkway", "Circle"));
    if (chance(0.15)) {
      street += " " + pick(List.of("NW", "SE", "N", "S"));
    }
    if (chance(0.3)) {
      street += pick(List.of(", Apt ", " Apt. ", ", Suite ", " Unit ", " #")) + between(1, 999) + (chance(0.2) ? "B" : "");
    }
    if (chance(0.5)) {
      street += ", " + english.address().city() + ", " + english.address().stateAbbr() + " " + english.address().zipCode();
    }
    return street;
  }

  private String ukAddress() {
    String street = (chance(0.2) ? "Flat " + between(1, 30) + ", " : "") + between(1, 300) + " " + english.name().lastName() + " "
        + pick(List.of("Road", "Street", "Lane", "Close", "Gardens", "Crescent", "Avenue", "Grove", "Mews", "Terrace"));
    if (chance(0.6)) {
      street += ", " + pick(List.of("London", "Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff")) + " "
          + UPPER.charAt(random.nextInt(26)) + UPPER.charAt(random.nextInt(26)) + between(1, 20) + " " + between(1, 9) + UPPER.charAt(random.nextInt(26)) + UPPER.charAt(random.nextInt(26));
    }
    return street;
  }

  private String germanAddress() {
    String street = english.name().lastName() + pick(List.of("straße", "str.", "weg", "gasse", "platz", "allee", "ring"))
        + " " + between(1, 200) + (chance(0.2) ? "a" : "");
    if (chance(0.6)) {
      street += ", " + random("0123456789", 5) + " " + pick(List.of("Berlin", "München", "Köln", "Hamburg", "Leipzig", "Bad Homburg"));
    }
    return street;
  }

  private String frenchAddress() {
    String street = between(1, 150) + (chance(0.1) ? " bis" : "") + " " + pick(List.of("rue", "avenue", "boulevard", "place", "allée", "Rue", "Avenue"))
        + " " + pick(List.of("de la ", "du ", "des ", "", "de ")) + english.name().lastName();
    if (chance(0.6)) {
      street += ", " + random("0123456789", 5) + " " + pick(List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nantes"));
    }
    return street;
  }

  private String southernEuropeanAddress() {
    String prefix = pick(List.of("Calle", "Avenida", "Via", "Viale", "Piazza", "Corso", "Rua", "Avenida", "Paseo"));
    String street = prefix + " " + pick(List.of("", "de ", "del ", "dos ")) + english.name().lastName() + (chance(0.3) ? "," : "") + " " + between(1, 300);
    if (chance(0.5)) {
      street += ", " + random("0123456789", 5) + " " + pick(List.of("Madrid", "Roma", "Lisboa", "Sevilla", "Milano", "Porto", "Valencia"));
    }
    return street;
  }

  private String dutchAddress() {
    String street = english.name().lastName() + pick(List.of("straat", "laan", "weg", "gracht", "plein")) + " " + between(1, 300);
    if (chance(0.5)) {
      street += ", " + between(1000, 9999) + " " + UPPER.charAt(random.nextInt(26)) + UPPER.charAt(random.nextInt(26)) + " " + pick(List.of("Amsterdam", "Utrecht", "Rotterdam", "Delft"));
    }
    return street;
  }

  private String australianOrCanadianAddress() {
    String street = between(1, 999) + " " + english.name().lastName() + " " + pick(List.of("Road", "Street", "Avenue", "Drive", "Crescent", "Parade", "Highway"));
    if (chance(0.5)) {
      street += ", " + english.address().city() + " " + pick(List.of("NSW 2000", "VIC 3000", "QLD 4000", "ON M5V 2T6", "BC V6B 1A1", "AB T2P 1J9"));
    }
    return street;
  }

  static String ascii(String s) {
    String letters = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    return letters.isEmpty() ? "user" : letters;
  }
}
