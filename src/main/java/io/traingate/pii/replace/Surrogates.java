package io.traingate.pii.replace;

import io.traingate.pii.EntityType;
import io.traingate.pii.detect.Luhn;
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
      case IBAN, SECRET, CRYPTO_WALLET, GOV_ID -> ShapeRandomizer.sameClasses(original, 0, random);
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
    String letters = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return letters.isEmpty() ? "x" : letters;
  }
}
