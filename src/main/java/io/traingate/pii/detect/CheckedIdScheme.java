package io.traingate.pii.detect;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * National numbers whose check digits, and often the date of birth they hold, tell them from other
 * numbers, with the cue words that name them. After such a cue, a number that passes its scheme's
 * check may stand a sentence away ("send me Sindre's fødselsnummer? Mine is 21015223631"), where an
 * unchecked one must follow its cue ({@link GovIdDetector}). Each check reads the value's letters
 * and digits alone, letters in capitals.
 */
enum CheckedIdScheme {
  /** Estonia's isikukood and Lithuania's asmens kodas: century and sex, date of birth, serial, a mod-11 check in up to two passes. */
  BALTIC_PERSONAL_CODE("isikukood isikukoodi asmens") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 11) && v.charAt(0) >= '1' && v.charAt(0) <= '6' && isDate(v, 3, 5)
          && twoPassCheck(v, 9) == v.charAt(10) - '0';
    }
  },
  /** Norway's fødselsnummer: date of birth, serial and two mod-11 check digits. */
  NORWEGIAN_BIRTH_NUMBER("fødselsnummer fødselsnummeret fødselsnr personnummer personnummeret") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 11) && isDate(v, 2, 0) && mod11Check(v, 9, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2}) == v.charAt(9) - '0'
          && mod11Check(v, 10, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) == v.charAt(10) - '0';
    }
  },
  /** Sweden's personnummer and samordningsnummer: date of birth (day + 60 for the latter), serial and a Luhn digit, with or without the century. */
  SWEDISH_PERSONAL_NUMBER("personnummer personnumret personnr pnr samordningsnummer") {
    @Override
    boolean isValid(String v) {
      String tail = v.length() == 12 ? v.substring(2) : v;
      return (isDigits(v, 10) || isDigits(v, 12)) && Luhn.isValid(tail) && isMonth(twoDigits(tail, 2))
          && isDay(twoDigits(tail, 4) % 60, twoDigits(tail, 2));
    }
  },
  /** Finland's henkilötunnus (hetu): date of birth, a century sign, serial and a check char of the nine digits mod 31. */
  FINNISH_PERSONAL_CODE("hetu hetuni hetusi henkilötunnus henkilötunnukseni henkilötunnuksen sotu") {
    private static final Pattern SHAPE = Pattern.compile("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");
    private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Override
    boolean isValid(String v) {
      return SHAPE.matcher(v).matches() && isDate(v, 2, 0)
          && CHECK_CHARS.charAt((int) (Long.parseLong(v.substring(0, 6) + v.substring(7, 10)) % 31)) == v.charAt(10);
    }

    @Override
    String compact(String value) {
      return value.replace(" ", "").toUpperCase(Locale.ROOT); // the century sign is a hyphen or plus
    }
  },
  /** Romania's CNP: sex and century, date of birth, county, serial and a weighted mod-11 check digit. */
  ROMANIAN_CNP("cnp codul") {
    @Override
    boolean isValid(String v) {
      if (!isDigits(v, 13) || v.charAt(0) == '0' || v.charAt(0) == '9' || !isDate(v, 3, 5)) {
        return false;
      }
      int sum = weightedSum(v, new int[] {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9});
      return (sum % 11 == 10 ? 1 : sum % 11) == v.charAt(12) - '0';
    }
  },
  /** Kazakhstan's ИИН (ЖСН in Kazakh): date of birth, century and sex, serial and a mod-11 check digit in up to two passes. */
  KAZAKH_IIN("иин жсн iin") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 12) && isDate(v, 2, 4) && twoPassCheck(v, 11) == v.charAt(11) - '0';
    }
  },
  /** Greece's AMKA (social security number): date of birth, serial and a Luhn digit. */
  GREEK_AMKA("amka αμκα") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 11) && isDate(v, 2, 0) && Luhn.isValid(v);
    }
  },
  /** The UAE's Emirates ID: 784, the year of birth, serial and a Luhn digit. */
  EMIRATES_ID("id emirates الهوية هوية الإماراتية") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 15) && v.startsWith("784") && (v.startsWith("19", 3) || v.startsWith("20", 3)) && Luhn.isValid(v);
    }
  },
  /** Canada's social insurance number (NAS in French): nine digits, not opening with 0 or 8, and a Luhn digit. */
  CANADIAN_SIN("sin nas insurance") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 9) && v.charAt(0) != '0' && v.charAt(0) != '8' && Luhn.isValid(v);
    }
  },
  /** Australia's tax file number: nine digits whose weighted sum is a multiple of 11. */
  AUSTRALIAN_TFN("tfn file") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 9) && weightedSum(v, new int[] {1, 4, 3, 7, 5, 8, 6, 9, 10}) % 11 == 0;
    }
  },
  /** Egypt's national number: the century, date of birth, governorate, serial and a check digit whose rule is unpublished. */
  EGYPTIAN_NATIONAL_NUMBER("القومي") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 14) && (v.charAt(0) == '2' || v.charAt(0) == '3') && isDate(v, 3, 5);
    }
  },
  /** Sri Lanka's NIC: nine digits and V or X, or since 2016 twelve; both hold the year and the day of the year (plus 500 for women). */
  SRI_LANKAN_NIC("nic හැඳුනුම්පත් හැඳුනුම්පත") {
    private static final Pattern SHAPE = Pattern.compile("\\d{9}[VX]|(19|20)\\d{10}");

    @Override
    boolean isValid(String v) {
      if (!SHAPE.matcher(v).matches()) {
        return false;
      }
      int day = Integer.parseInt(v.substring(v.length() == 10 ? 2 : 4, v.length() == 10 ? 5 : 7)) % 500;
      return day >= 1 && day <= 366;
    }
  },
  /**
   * Portugal's cartão de cidadão: the civil number, its check digit, two letters and a check digit ("59100390 0 NL4").
   * Its shape tells it; the check digits are not asked, as people copy them wrongly.
   */
  PORTUGUESE_CITIZEN_CARD("cidadão cc") {
    private static final Pattern SHAPE = Pattern.compile("\\d{9}[A-Z]{2}\\d");

    @Override
    boolean isValid(String v) {
      return SHAPE.matcher(v).matches();
    }
  },
  /** The UK's national insurance number: two letters of the allowed prefixes, six digits and A to D. */
  UK_NINO("nino nin ni insurance") {
    private static final Pattern SHAPE = Pattern.compile("(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");

    @Override
    boolean isValid(String v) {
      return SHAPE.matcher(v).matches();
    }
  },
  /** Poland's PESEL: date of birth (the century in the month), serial and a weighted mod-10 check digit. */
  POLISH_PESEL("pesel") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 11) && isMonth(twoDigits(v, 2) % 20)
          && (10 - weightedSum(v, new int[] {1, 3, 7, 9, 1, 3, 7, 9, 1, 3}) % 10) % 10 == v.charAt(10) - '0';
    }
  },
  /** The Netherlands' BSN (formerly sofinummer): nine digits passing the eleven test, the last weighted -1. */
  DUTCH_BSN("bsn burgerservicenummer sofinummer") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 9) && (weightedSum(v, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) - (v.charAt(8) - '0')) % 11 == 0
          && !v.equals("000000000");
    }
  },
  /** Bulgaria's ЕГН: date of birth (the century in the month), serial and a weighted mod-11 check digit. */
  BULGARIAN_EGN("egn егн") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 10) && isMonth(twoDigits(v, 2) % 20)
          && weightedSum(v, new int[] {2, 4, 8, 5, 10, 9, 7, 3, 6}) % 11 % 10 == v.charAt(9) - '0';
    }
  },
  /** Croatia's OIB: eleven digits with an ISO 7064 MOD 11,10 check digit. */
  CROATIAN_OIB("oib") {
    @Override
    boolean isValid(String v) {
      if (!isDigits(v, 11)) {
        return false;
      }
      int product = 10;
      for (int i = 0; i < 10; i++) {
        int sum = (v.charAt(i) - '0' + product) % 10;
        product = (sum == 0 ? 10 : sum) * 2 % 11;
      }
      return (11 - product) % 10 == v.charAt(10) - '0';
    }
  },
  /** Belgium's national register number: date of birth, serial and 97 less the first nine digits mod 97 (with a 2 before them since 2000). */
  BELGIAN_NATIONAL_NUMBER("rijksregisternummer rijksregister insz national") {
    @Override
    boolean isValid(String v) {
      if (!isDigits(v, 11)) {
        return false;
      }
      long body = Long.parseLong(v.substring(0, 9));
      int check = Integer.parseInt(v.substring(9));
      return 97 - body % 97 == check || 97 - (2_000_000_000L + body) % 97 == check;
    }
  },
  /** Spain's DNI (eight digits) and NIE (X, Y or Z and seven digits), whose letter is the number mod 23. */
  SPANISH_DNI("dni nie nif") {
    private static final Pattern SHAPE = Pattern.compile("[XYZ0-9]\\d{7}[A-Z]");
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    @Override
    boolean isValid(String v) {
      if (!SHAPE.matcher(v).matches()) {
        return false;
      }
      int first = "XYZ".indexOf(v.charAt(0));
      long number = Long.parseLong((first >= 0 ? String.valueOf(first) : v.substring(0, 1)) + v.substring(1, 8));
      return LETTERS.charAt((int) (number % 23)) == v.charAt(8);
    }
  },
  /** Brazil's CPF: nine digits and two mod-11 check digits. */
  BRAZILIAN_CPF("cpf") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 11) && v.chars().distinct().count() > 1 && cpfDigit(v, 9) == v.charAt(9) - '0' && cpfDigit(v, 10) == v.charAt(10) - '0';
    }
  },
  /** India's Aadhaar: twelve digits, not opening with 0 or 1, and a Verhoeff check digit. */
  INDIAN_AADHAAR("aadhaar aadhar uidai आधार ఆధార్ ஆதார் আধার ಆಧಾರ್ ആധാർ આધાર ਆਧਾਰ ଆଧାର") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 12) && v.charAt(0) >= '2' && Verhoeff.isValid(v);
    }
  },
  /** Israel's teudat zehut: nine digits and a Luhn digit. */
  ISRAELI_ID("זהות הזהות ז") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 9) && Luhn.isValid(v);
    }
  },
  /** Turkey's TC kimlik number: eleven digits, not opening with 0, and two check digits. */
  TURKISH_TC_KIMLIK("tc kimlik tckn") {
    @Override
    boolean isValid(String v) {
      if (!isDigits(v, 11) || v.charAt(0) == '0') {
        return false;
      }
      int odd = 0;
      int even = 0;
      for (int i = 0; i < 9; i++) {
        int d = v.charAt(i) - '0';
        if (i % 2 == 0) {
          odd += d;
        } else {
          even += d;
        }
      }
      int tenth = v.charAt(9) - '0';
      return Math.floorMod(7 * odd - even, 10) == tenth && (odd + even + tenth) % 10 == v.charAt(10) - '0';
    }
  },
  /** Hungary's TAJ number: nine digits, the last the sum of the others weighted 3, 7, 3, 7 … mod 10. */
  HUNGARIAN_TAJ("taj taj-szám") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 9) && weightedSum(v, new int[] {3, 7, 3, 7, 3, 7, 3, 7}) % 10 == v.charAt(8) - '0';
    }
  },
  /** Thailand's identity number: thirteen digits, the last eleven less the sum of the others weighted 13 down to 2 mod 11, mod 10. */
  THAI_ID("บัตรประชาชน เลขบัตรประชาชน") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 13) && (11 - weightedSum(v, new int[] {13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2}) % 11) % 10 == v.charAt(12) - '0';
    }
  },
  /**
   * The JMBG of former Yugoslavia's states (ЈМБГ in Serbian, ЕМБГ in Macedonian): date of birth with a
   * three-digit year, region, serial and a mod-11 check digit, 11 read as 0.
   */
  YUGOSLAV_JMBG("jmbg јмбг embg ембг матичен") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 13) && isDate(v, 2, 0) && mod11Check(v, 12, new int[] {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) == v.charAt(12) - '0';
    }
  },
  /** Iceland's kennitala: date of birth, serial, a mod-11 check digit and the century. */
  ICELANDIC_KENNITALA("kennitala kennitölu kennitöluna kennitölunni kennitalan") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 10) && isDate(v, 2, 0) && mod11Check(v, 8, new int[] {3, 2, 7, 6, 5, 4, 3, 2}) == v.charAt(8) - '0'
          && "890".indexOf(v.charAt(9)) >= 0;
    }
  },
  /** Latvia's personas kods before 2017: date of birth, century, serial and a check digit, 1101 less the weighted sum mod 11. */
  LATVIAN_PERSONAL_CODE("personas") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 11) && isDate(v, 2, 0)
          && (1101 - weightedSum(v, new int[] {1, 6, 3, 7, 9, 10, 5, 8, 4, 2})) % 11 == v.charAt(10) - '0';
    }
  },
  /** Austria's social insurance number: serial, a mod-11 check digit (never 10), and the date of birth. */
  AUSTRIAN_SOCIAL_INSURANCE("sozialversicherungsnummer versicherungsnummer svnr") {
    @Override
    boolean isValid(String v) {
      if (!isDigits(v, 10) || !isDate(v, 6, 4) && !(twoDigits(v, 6) == 13 || twoDigits(v, 6) == 14)) {
        return false; // months 13 and 14 stand for unknown dates
      }
      return weightedSum(v, new int[] {3, 7, 9, 0, 5, 8, 4, 2, 1, 6}) % 11 == v.charAt(3) - '0'; // the check digit weighs 0
    }
  },
  /** New Zealand's National Health Index number: three letters (no I or O), three digits and a mod-11 check digit. */
  NEW_ZEALAND_NHI("nhi") {
    private static final Pattern SHAPE = Pattern.compile("[A-HJ-NP-Z]{3}\\d{4}");
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Override
    boolean isValid(String v) {
      if (!SHAPE.matcher(v).matches()) {
        return false;
      }
      int sum = 0;
      for (int i = 0; i < 6; i++) {
        int value = i < 3 ? LETTERS.indexOf(v.charAt(i)) + 1 : v.charAt(i) - '0';
        sum += value * (7 - i);
      }
      return sum % 11 != 0 && (11 - sum % 11) % 10 == v.charAt(6) - '0';
    }
  },
  /** Saudi Arabia's national id (opening with 1) and iqama (2): ten digits and a Luhn digit. */
  SAUDI_ID("iqama اقامة إقامة الإقامة") {
    @Override
    boolean isValid(String v) {
      return isDigits(v, 10) && (v.charAt(0) == '1' || v.charAt(0) == '2') && Luhn.isValid(v);
    }
  },
  /**
   * Germany's identity card (Personalausweis, "Perso" in speech): nine letters and digits of its own
   * alphabet and a check digit, the chars weighted 7, 3, 1 (a letter counts 10 for A on), mod 10.
   */
  GERMAN_ID_CARD("perso personalausweis ausweis personalausweisnummer ausweisnummer personalausweis-nr ausweis-nr") {
    private static final Pattern SHAPE = Pattern.compile("[CFGHJKLMNPRTVWXYZ0-9]{9}\\d");

    @Override
    boolean isValid(String v) {
      if (!SHAPE.matcher(v).matches() || v.chars().limit(9).noneMatch(Character::isLetter)) {
        return false; // nine digits alone are another number
      }
      int[] weights = {7, 3, 1};
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        char c = v.charAt(i);
        sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i % 3];
      }
      return sum % 10 == v.charAt(9) - '0';
    }
  },
  /** Ukraine's passport booklet: two Cyrillic capitals and six digits ("ЕН112501"); its shape alone tells it, with no check. */
  UKRAINIAN_PASSPORT("паспорт паспорта паспорту") {
    private static final Pattern SHAPE = Pattern.compile("[А-ЯІЇЄҐ]{2}\\d{6}");

    @Override
    boolean isValid(String v) {
      return SHAPE.matcher(v).matches();
    }
  };

  private static final int[] MONTH_LENGTHS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  private static final Map<String, Set<CheckedIdScheme>> BY_CUE = new HashMap<>();

  static {
    for (CheckedIdScheme scheme : values()) {
      for (String cue : scheme.cues) {
        BY_CUE.computeIfAbsent(cue, c -> EnumSet.noneOf(CheckedIdScheme.class)).add(scheme);
      }
    }
  }

  private final List<String> cues;

  CheckedIdScheme(String cues) {
    this.cues = List.of(cues.split(" "));
  }

  /** True if {@code value}, as {@link #compact} gives it, is a number of this scheme. */
  abstract boolean isValid(String value);

  /** The chars of a value that its check reads: letters and digits, letters in capitals. */
  String compact(String value) {
    StringBuilder chars = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        chars.append(Character.toUpperCase(c));
      }
    }
    return chars.toString();
  }

  /** True if the value, as written, is a number of this scheme. */
  boolean holds(String value) {
    return isValid(compact(value));
  }

  /** The schemes a cue word (in lower case) names: none for most words. */
  static Set<CheckedIdScheme> cuedBy(String word) {
    return BY_CUE.getOrDefault(word, Set.of());
  }

  private static boolean isDigits(String v, int length) {
    if (v.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** True if the two-digit month and day at these places make a date of some year (February's 29th allowed). */
  private static boolean isDate(String v, int month, int day) {
    return isMonth(twoDigits(v, month)) && isDay(twoDigits(v, day), twoDigits(v, month));
  }

  private static int twoDigits(String v, int at) {
    return (v.charAt(at) - '0') * 10 + v.charAt(at + 1) - '0';
  }

  private static boolean isMonth(int month) {
    return month >= 1 && month <= 12;
  }

  private static boolean isDay(int day, int month) {
    return day >= 1 && day <= MONTH_LENGTHS[month - 1];
  }

  private static int weightedSum(String v, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (v.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  /** 11 less the weighted sum of the first {@code n} digits mod 11, 0 for 11, -1 for 10 (no valid number). */
  private static int mod11Check(String v, int n, int[] weights) {
    int check = 11 - weightedSum(v, weights) % 11;
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  /**
   * The check digit of the Baltic codes ({@code cycle} 9) and Kazakhstan's ИИН (11): the digits before it weighted 1, 2 …
   * {@code cycle}, 1 … mod 11; if that leaves 10, weighted from 3 on; 10 again is 0.
   */
  private static int twoPassCheck(String v, int cycle) {
    int n = v.length() - 1;
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (v.charAt(i) - '0') * (i % cycle + 1);
    }
    if (sum % 11 != 10) {
      return sum % 11;
    }
    sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (v.charAt(i) - '0') * ((i + 2) % cycle + 1);
    }
    return sum % 11 == 10 ? 0 : sum % 11;
  }

  /** The CPF's check digit at place {@code n} (9 or 10): the first {@code n} digits weighted n+1 down to 2, mod 11, 0 below 2. */
  private static int cpfDigit(String v, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (v.charAt(i) - '0') * (n + 1 - i);
    }
    int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  }
}
