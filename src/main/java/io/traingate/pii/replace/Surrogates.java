package io.traingate.pii.replace;

import com.google.common.base.CharMatcher;
import com.google.common.io.BaseEncoding;
import io.traingate.pii.EntityType;
import io.traingate.pii.detect.Iban;
import io.traingate.pii.detect.Luhn;
import io.traingate.pii.detect.ProviderKeyDetector;
import io.traingate.pii.detect.WalletChecksums;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * The {@code surrogate} operator: a realistic fake of the same kind and shape as the original.
 * Every fake is drawn from a generator reseeded with the value's keyed seed, so the same value
 * always gets the same fake. Not thread-safe (one per conversation).
 */
public final class Surrogates {

  private static final String[] EXAMPLE_DOMAINS = {"example.com", "example.org", "example.net"};
  private static final CharMatcher ASCII_LOWER = CharMatcher.inRange('a', 'z');

  private final Random random = new Random(0);
  // A fixed locale: the machine's default must not change the fakes.
  private final Faker faker = new Faker(Locale.ENGLISH, random);

  public String fake(EntityType type, String original, long seed) {
    random.setSeed(seed);
    return switch (type) {
      case EMAIL -> email();
      case PHONE -> ShapeRandomizer.digits(original, 2, random);
      case CREDIT_CARD -> paymentCard(original);
      case US_SSN -> ssn(original);
      case IP_ADDRESS -> original.indexOf(':') >= 0 ? ipv6() : ipv4();
      case PERSON -> person(original);
      case STREET_ADDRESS -> faker.address().streetAddress();
      case IBAN -> iban(original);
      case SECRET -> secret(original);
      case CRYPTO_WALLET -> wallet(original);
      case GOV_ID -> ShapeRandomizer.sameClasses(original, 0, random);
    };
  }

  private String email() {
    String first = asciiLetters(faker.name().firstName());
    String last = asciiLetters(faker.name().lastName());
    String local = switch (random.nextInt(3)) {
      case 0 -> first + "." + last;
      case 1 -> first.charAt(0) + last;
      default -> first + random.nextInt(100);
    };
    return local + "@" + EXAMPLE_DOMAINS[random.nextInt(EXAMPLE_DOMAINS.length)];
  }

  /** Same country and layout, random account, check digits recomputed so the fake is a valid IBAN. */
  private String iban(String original) {
    String shaped = ShapeRandomizer.sameClasses(original, 4, random);
    String compact = shaped.replace(" ", "").replace("-", "");
    String country = compact.substring(0, 2).toUpperCase(Locale.ROOT);
    int check = 98 - Iban.mod97(country + "00" + compact.substring(4));
    return shaped.substring(0, 2) + String.format(Locale.ROOT, "%02d", check) + shaped.substring(4);
  }

  /** The provider prefix or PEM armour stays, so the fake still says what kind of secret it was. */
  private String secret(String original) {
    if (original.startsWith("-----BEGIN")) {
      StringBuilder out = new StringBuilder(original.length());
      for (String line : original.split("\n", -1)) {
        out.append(line.startsWith("-----") ? line : ShapeRandomizer.sameClasses(line, 0, random)).append('\n');
      }
      return out.substring(0, out.length() - 1);
    }
    return ShapeRandomizer.sameClasses(original, ProviderKeyDetector.providerPrefixLength(original), random);
  }

  /** A wallet address of the same kind whose checksum verifies. */
  private String wallet(String original) {
    byte[] hash = new byte[20];
    random.nextBytes(hash);
    String lower = original.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) {
      String hex = BaseEncoding.base16().lowerCase().encode(hash);
      String digits = original.substring(2);
      boolean checksummed = !digits.equals(digits.toLowerCase(Locale.ROOT)) && !digits.equals(digits.toUpperCase(Locale.ROOT));
      return original.substring(0, 2) + (checksummed ? WalletChecksums.eip55(hex) : hex);
    }
    if (lower.startsWith("bc1")) {
      return segwit(original);
    }
    return WalletChecksums.base58Check(original.startsWith("3") ? (byte) 0x05 : (byte) 0x00, hash);
  }

  /** Same witness version and program length as the original bech32 address. */
  private String segwit(String original) {
    int dataLength = original.length() - 3 - 6; // minus "bc1" and the checksum
    int[] data = new int[dataLength];
    data[0] = WalletChecksums.BECH32.indexOf(Character.toLowerCase(original.charAt(3)));
    for (int i = 1; i < dataLength; i++) {
      data[i] = random.nextInt(32);
    }
    return WalletChecksums.bech32("bc", data, data[0] != 0);
  }

  private String paymentCard(String original) {
    String shaped = ShapeRandomizer.digits(original, 1, random);
    String digits = ValueNormalizer.digitsOf(shaped);
    char check = Luhn.checkDigit(digits.substring(0, digits.length() - 1));
    int last = shaped.length() - 1;
    while (!Character.isDigit(shaped.charAt(last))) {
      last--;
    }
    return shaped.substring(0, last) + check + shaped.substring(last + 1);
  }

  private String ssn(String original) {
    int area = 1 + random.nextInt(665); // 001..665: valid and never 666 or 9xx
    int group = 1 + random.nextInt(99);
    int serial = 1 + random.nextInt(9999);
    String separator = original.length() == 11 ? String.valueOf(original.charAt(3)) : "";
    return String.format(Locale.ROOT, "%03d%s%02d%s%04d", area, separator, group, separator, serial);
  }

  /** Addresses from the documentation ranges (RFC 5737, RFC 3849): never someone's real host. */
  private String ipv4() {
    String[] networks = {"192.0.2.", "198.51.100.", "203.0.113."};
    return networks[random.nextInt(networks.length)] + (1 + random.nextInt(254));
  }

  private String ipv6() {
    return String.format(Locale.ROOT, "2001:db8:%x::%x", random.nextInt(0x10000), 1 + random.nextInt(0xffff));
  }

  private String person(String original) {
    boolean fullName = original.trim().indexOf(' ') > 0;
    String name = fullName ? faker.name().firstName() + " " + faker.name().lastName() : faker.name().firstName();
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return name.toLowerCase(Locale.ROOT);
    }
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return name.toUpperCase(Locale.ROOT);
    }
    return name;
  }

  private static String asciiLetters(String s) {
    String letters = ASCII_LOWER.retainFrom(s.toLowerCase(Locale.ROOT));
    return letters.isEmpty() ? "x" : letters;
  }
}
