package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers: runs of digits that are a valid number (as {@code PhoneNumberUtil.isValidNumber}
 * decides) in the first configured region that can read them, and, unless written after "+",
 * grouped as libphonenumber's strict grouping requires (the digits grouped as the number's own
 * formats group them). Only runs that could be a phone number (7 to 40 digits with phone-style
 * separators) are read, each by the regions' plans ({@link RegionPlan}), which read a number as
 * libphonenumber's parser and matcher do, on its metadata compiled once: the matcher itself took
 * about 25 µs a number, a fifth of the redactor's time on chat. Numbers that a label calls
 * something else ("order no. 954899759", "UPC 036000291452") are not phones, however valid their
 * digits.
 */
public final class PhoneDetector implements Detector {

  private static final int MIN_DIGITS = 7;
  /** E.164 numbers have at most 15 digits. */
  private static final int MAX_DIGITS = 15;
  /** Dialled from abroad, they start with an international prefix of up to four digits (0011 from Australia). */
  private static final int MAX_INTERNATIONAL_PREFIX_DIGITS = 4;
  private static final int MAX_SEPARATOR_RUN = 3;
  /** The longest area code written in brackets, with the trunk prefix and a space: "(0212)", "(02)", "(415)", "(06 1)". */
  private static final int MAX_BRACKETED_DIGITS = 5;
  /**
   * Digit runs with phone-like lengths whose grouping no dialling plan uses: IPv4 addresses (not
   * "819.73.15.59", whose 819 no address holds: a Spanish number in dots), dates and SSN-style 3-2-4
   * groups; Brazil's CEP (66055-200), and the Czech and Slovak birth number (735307/1429), which no
   * dialling plan groups so either.
   */
  private static final String OCTET = "(?:[01]?\\d?\\d|2[0-4]\\d|25[0-5])";
  private static final Pattern NOT_A_PHONE_SHAPE = Pattern.compile(
      OCTET + "(?:\\." + OCTET + "){3}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{3}([- ])\\d{2}\\1\\d{4}"
          + "|\\d{5}-\\d{3}|\\d{6}/\\d{3,4}");

  /** Labels of numbers that are not phones: orders, invoices, product codes, policies, accounts, tickets, bookings, builds, shipments. */
  private static final ContextWords NOT_A_PHONE_LABELS = ContextWords.of(
      "order", "purchase order", "p.o", "invoice", "inv", "receipt", "tracking", "shipment", "parcel", "waybill", "awb",
      "consignment", "upc", "ean", "gtin", "sku", "isbn", "asin", "imei", "serial", "s/n", "model", "part", "item", "batch",
      "policy", "account", "acct", "a/c", "reference", "ref", "ticket", "case no", "case number", "case id", "claim",
      "booking", "reservation", "confirmation", "transaction", "txn", "customer no", "customer number", "customer id",
      "member no", "member number", "member id", "membership", "voucher", "coupon", "contract", "pnr", "routing",
      "routing number", "aba", "sort code", "bsb", "conf", "build",
      "bestellnummer", "bestellung", "auftragsnummer", "rechnungsnummer", "rechnung", "kundennummer", "vertragsnummer",
      "sendungsnummer", "artikelnummer", "seriennummer", "aktenzeichen", "kontonummer", "konto", "referenz",
      "klantnummer", "klantnr", "bestelnummer", "ordernummer", "factuurnummer", "kundenummer", "kundnummer", "ordrenummer",
      "commande", "facture", "référence", "réf", "dossier", "compte", "contrat", "colis",
      "pedido", "factura", "referencia", "cuenta", "póliza", "poliza", "expediente", "seguimiento", "contrato",
      "ordine", "fattura", "riferimento", "conto", "polizza", "pratica", "contratto", "spedizione",
      "fatura", "nota fiscal", "conta", "apólice", "apolice", "protocolo", "rastreio",
      "sipariş", "siparis", "poliçe", "hesap", "takip", "kargo", "заказ", "заказа",
      // carriers, whose name labels a tracking number: "Shipment FedEx 9578802654"
      "fedex", "dhl", "usps",
      // postcodes (a ZIP+4 "60614-2207"), tax numbers of firms, bag tags, and the seconds of a timestamp ("ts": 1715731200)
      "zip", "zip code", "zipcode", "postcode", "postal code", "vat", "bag tag", "baggage tag", "luggage tag",
      "ts", "timestamp", "epoch", "unix time",
      // an insurance claim in Portuguese and Italian, an Indonesian waybill, an Arabic shipment ("your shipment"), the Persian
      // postcode and national code, Ukraine's taxpayer number
      "sinistro", "resi", "شحنة", "شحنتك", "الشحنة", "کد پستی", "کد ملی", "рнокпп",
      // the Gulf's residence permit (iqama), with and without its hamza, and the Czech identity card (občanský průkaz)
      "الإقامة", "إقامة", "الاقامة", "اقامة", "číslo op",
      // the Belgian enterprise number, in Dutch and French, which is ten digits after a 0 as a phone is, and French VAT
      "ondernemingsnummer", "kbo", "bce", "numéro d'entreprise", "tva",
      "注文番号", "注文", "伝票番号", "追跡番号", "問い合わせ番号", "会員番号", "口座番号", "請求書番号",
      // a fund's or club's member, a student and a profile by their numbers; the Swedish and German passport
      "member", "student number", "student no", "student id", "profile", "pass nr",
      // an order in more languages: Czech and Slovak, Polish, Ukrainian, Malay and Indonesian, Hindi, Arabic ("your order"),
      // Hebrew, Greek, Finnish, Hungarian, Romanian, Vietnamese, Thai, Chinese and Korean; and an account, shortened
      "objednávka", "objednávky", "objednávku", "objednávkou", "zamówienie", "zamówienia", "замовлення", "pesanan",
      "ऑर्डर", "طلب", "طلبك", "الطلب", "הזמנה", "παραγγελία", "tilaus", "tilausnumero", "rendelés", "comanda", "comandă",
      "đơn hàng", "คำสั่งซื้อ", "订单", "주문", "acc");
  /**
   * "PO" is a purchase order, "po" a Tagalog particle; "UPS" the carrier, "ups" a German "oops"; NIP, Poland's tax number,
   * "nip" a word; TAJ, Hungary's social security number, "Taj" a name.
   */
  private static final ContextWords NOT_A_PHONE_ABBREVIATIONS = ContextWords.inCapitals("PO", "UPS", "NIP", "TAJ");
  /** Words after a number that call it a time: "convert 1716200000 unix timestamp". */
  private static final Set<String> TIME_WORDS_AFTER = Set.of("unix", "epoch", "timestamp");
  /** The longest code in capitals that may stand between a label and its number: the carrier's "LH" of "bag tag LH 220 418 992". */
  private static final int MAX_CARRIER_CODE = 3;
  /** Words between such a label and its number: "order number is …", "policy no. …". */
  private static final Set<String> LABEL_FILLERS = Set.of(
      "number", "no", "nr", "num", "nº", "n", "id", "code", "is", "was", "numero", "número", "numéro", "nummer", "numer",
      "numara", "numarası", "は", "の",
      // the Arabic and Persian "number": شحنتك رقم …, شماره; the Hungarian one: TAJ szám
      "رقم", "شماره", "szám",
      // the Czech and Slovak "number": objednávka č. …
      "č");
  private static final int LABEL_WINDOW = 40;
  /** Words that call what follows a phone number, in the languages of the default regions. */
  private static final ContextWords PHONE_CUES = ContextWords.of(
      "call", "calling", "phone", "tel", "telephone", "mobile", "mob", "cell", "ring", "text me", "txt me", "whatsapp", "sms",
      "reach me", "my number", "new number",
      "anrufen", "ruf", "telefon", "handy", "bel", "bellen", "telefoon", "mobiel",
      "appelle", "appelez", "appeler", "téléphone", "tél", "portable", "joindre",
      "llama", "llámame", "llamar", "teléfono", "telefono", "móvil", "movil", "celular", "cel", "mòbil", "telèfon",
      "liga", "ligar", "ligue", "telefone", "chiama", "chiamami", "chiamare", "cellulare",
      "звони", "позвони", "перезвони", "звоните", "телефон", "тел", "дзвони", "зателефонуй",
      "zadzwoń", "dzwoń", "ringer", "ringe", "mobil", "ara", "arayın", "cep",
      "hubungi", "telp", "tawagan", "電話", "携帯", "电话", "手机", "전화", "연락",
      // the Danish and Norwegian "phone" cut; Estonian "call"; Chinese "call back", "call" (formal), "call to"; Georgian
      // "tel." and "call"; Arabic "call" and "talk to me"
      "tlf", "helista", "回拨", "回电", "致电", "打给", "ტელ", "დარეკე", "اتصل", "كلمني",
      // "phone", "number" and "call" in Icelandic, Croatian, Maltese, Georgian, Urdu, Khmer and Lao
      "síma", "sími", "hringdu", "hringir", "broj", "nazovi", "ċempel", "ċempilli", "jċempillek", "ნომერი", "ნომერია",
      "فون", "ទូរស័ព្ទ", "ໂທ",
      // "phone" and "call" in Latvian, Slovak and Czech, Albanian and Azerbaijani "(her) number", Cantonese "call me"
      "tālrunis", "tālr", "zavolaj", "zavolajte", "zavolejte", "volejte", "numri", "nömrəsi", "nömrə", "打俾");
  /** How far before a number its cue may stand: "перезвони мне на новый номер 891 670 464 91". */
  private static final int CUE_WINDOW = 40;

  /**
   * Every region libphonenumber knows, tried after the configured ones only for a number that words
   * call a phone ("Ring til Henrik på 33 30 27 39", "Hringdu í Siggu í síma 611 1206", "回拨2183 2041"):
   * the words say it is a phone, so its region need not be one the policy names. Without them, where
   * numbers are eight digits or seven without a trunk prefix (Denmark, Iceland, Hong Kong …) any such
   * run, a date or a code, would be valid. Made when first needed (a holder class): 245 plans are
   * some 17 MB, which a redactor that meets no such number never pays for.
   */
  private static final class CuedRegions {
    static final List<RegionPlan> ALL = PhoneNumberUtil.getInstance().getSupportedRegions().stream()
        .sorted().map(RegionPlan::of).toList();
  }

  private final List<RegionPlan> regions;

  public PhoneDetector(List<String> regions) {
    this.regions = regions.stream().map(RegionPlan::of).toList();
  }

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs digitRuns = scanned.digitRuns();
    Claims claims = new Claims(out);
    int resume = 0;
    for (int r = 0; r < digitRuns.count(); r++) {
      int firstDigit = digitRuns.start(r);
      if (firstDigit >= resume) {
        boolean opened = firstDigit > resume && opensNumber(text, firstDigit);
        resume = scanNumber(text, opened ? firstDigit - 1 : firstDigit, out, claims);
      }
    }
    if (scanned.tokens().anyHas(Tokens.OTHER_DIGITS)) {
      findInOtherDigits(text, out, claims);
    }
    if (scanned.holdsNamedColumns()) {
      findInPhoneColumns(scanned, out, claims);
    }
  }

  /**
   * The numbers in the cells of a table's phone column ("first_name,last_name,email,phone" then
   * "…,043 908 020"): the header calls them phones as words would ({@link #isCalledPhone}), so
   * they may be grouped any way and belong to any region.
   */
  private void findInPhoneColumns(ScannedText scanned, List<Span> out, Claims claims) {
    String text = scanned.text();
    SecondRuleSpans phones = new SecondRuleSpans(out, EntityType.PHONE);
    TableColumns.read(scanned, TableColumns.Kind.PHONE, (cellStart, cellEnd) -> {
      int from = TableColumns.valueStart(text, cellStart, cellEnd);
      int to = TableColumns.valueEnd(text, from, cellEnd);
      if (isNumberOnly(text, from, to) && !claims.cover(from, to)) {
        String window = text.substring(from, to);
        String digits = Chars.digitsOf(window, 0, window.length());
        if (digits.length() >= MIN_DIGITS && isValidAsCalledPhone(window, digits)) {
          phones.add(from, to);
        }
      }
    });
  }

  /** True if chars {@code [from, to)} are a number alone: digits and a phone's separators, opening with a digit, "+" or "(". */
  private static boolean isNumberOnly(String text, int from, int to) {
    if (to <= from || !(Chars.isDigit(text.charAt(from)) || text.charAt(from) == '+' || text.charAt(from) == '(')) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (!Chars.isDigit(c) && !isSeparator(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The numbers written in the digits of other scripts, as Arabic, Persian, Bengali and Hindi chat
   * writes them ("على الرقم ٠١١٤ ٧٨٥ ٨٠٥٣", "ফোন ০১৯৯৪-৪৫৭৭২২"): read in a copy of the text whose
   * digits are ASCII, one char for one, so that the spans found there hold in the text.
   */
  private void findInOtherDigits(String text, List<Span> out, Claims claims) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 128 && Character.isDigit(chars[i])) {
        chars[i] = (char) ('0' + Character.digit(chars[i], 10));
      }
    }
    String ascii = new String(chars);
    int resume = 0;
    for (int i = 0; i < chars.length; i++) {
      boolean opensRun = Chars.isDigit(chars[i]) && (i == 0 || !Chars.isDigit(chars[i - 1])) && text.charAt(i) >= 128;
      if (opensRun && i >= resume) {
        boolean opened = i > resume && opensNumber(ascii, i);
        resume = scanNumber(ascii, opened ? i - 1 : i, out, claims);
      }
    }
  }

  /** Scans the number that starts at {@code start}, matches it if plausible, and returns where to resume. */
  private int scanNumber(String text, int start, List<Span> out, Claims claims) {
    int n = text.length();
    int i = start;
    int digits = 0;
    int singleDigitGroups = 0;
    int groupDigits = 0;
    int end = i;
    int separators = 0;
    // where the number stood before a space and an opening bracket that a group follows: a remark ("(24h)") or an area code
    int endBeforeRemark = -1;
    int digitsBeforeRemark = 0;
    int singlesBeforeRemark = 0;
    if (!Chars.isDigit(text.charAt(i))) {
      i++; // the leading + or (
    }
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.isDigit(c)) {
        digits++;
        groupDigits++;
        separators = 0;
        i++;
        end = i;
      } else if (isSeparator(c) && separators < MAX_SEPARATOR_RUN && (isParenthesis(c) || !hasPlainSeparator(text, end, i))) {
        singleDigitGroups += groupDigits == 1 ? 1 : 0;
        groupDigits = 0;
        if (c == '(' && i == end + 1 && text.charAt(end) == ' ' && endBeforeRemark < 0) {
          endBeforeRemark = end;
          digitsBeforeRemark = digits;
          singlesBeforeRemark = singleDigitGroups;
        }
        separators++;
        i++;
      } else {
        break;
      }
    }
    singleDigitGroups += groupDigits == 1 ? 1 : 0;
    int found = out.size();
    matchIfPlausible(text, start, end, digits, singleDigitGroups, out, claims);
    if (out.size() == found && endBeforeRemark > start) {
      // "+34622171367 (24h)": the bracket opened a remark, not the number's next group
      matchIfPlausible(text, start, endBeforeRemark, digitsBeforeRemark, singlesBeforeRemark, out, claims);
    }
    return Math.max(end, start + 1);
  }

  /** Matches the window {@code [start, end)} of {@code digits} digits if it is shaped and placed as a phone number can be. */
  private void matchIfPlausible(String text, int start, int end, int digits, int singleDigitGroups, List<Span> out, Claims claims) {
    int maxDigits = MAX_DIGITS + (text.charAt(start) == '0' ? MAX_INTERNATIONAL_PREFIX_DIGITS : 0);
    boolean plausible = digits >= MIN_DIGITS && digits <= maxDigits && singleDigitGroups <= 2;
    // a prefix that a language joins to a number leaves it a word of its own: "በ091 362 6651", "ל+972 50-400-8110"
    boolean opensWord = !Chars.joinsWordAt(text, start - 1) || NumberPrefixes.lengthBefore(text, start) > 0;
    if (plausible && opensWord && !Chars.joinsWordAt(text, end) && !opensEmailTag(text, end) && !endsCode(text, start)
        && !followsCodeGroup(text, start) && !isInUrl(text, start) && !runsIntoTime(text, end)) {
      match(text, start, end, out, claims);
    }
  }

  /** True if the number's last group is the hour of a time: the date and hour of "[03.06.2024 21:14]". */
  private static boolean runsIntoTime(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ':' && Chars.isDigit(text.charAt(end + 1));
  }

  /** The longest URL read back from a number to its scheme. */
  private static final int MAX_URL = 256;

  /** True if the number stands in a URL: ".../actions/runs/9912837461", "https://…?id=4155550132". */
  private static boolean isInUrl(String text, int start) {
    if (start == 0 || text.charAt(start - 1) != '/' && text.charAt(start - 1) != '=') {
      return false;
    }
    int i = start - 1;
    while (i >= 2 && start - i < MAX_URL && !Character.isWhitespace(text.charAt(i - 1))) {
      if (text.charAt(i - 1) == '/' && text.charAt(i - 2) == '/' && i >= 3 && text.charAt(i - 3) == ':') {
        return true;
      }
      i--;
    }
    return false;
  }

  /**
   * True if the number goes on a code that a hyphen joins it to (the 22-4471903 of
   * "HOM-22-4471903"), or a dot to a code with digits (the 231005.007 of "build UP1A.231005.007";
   * "Tel.0612345678" is a label and its number). Not a prefix: "Ngishayele ku-071 127 2535", "ל-050-015-0133".
   */
  private static boolean endsCode(String text, int start) {
    if (start < 2 || !Chars.joinsWordAt(text, start - 2) || NumberPrefixes.lengthBefore(text, start) > 0) {
      return false;
    }
    char joint = text.charAt(start - 1);
    return joint == '-' || joint == '.' && wordBeforeHoldsDigit(text, start - 1);
  }

  private static boolean wordBeforeHoldsDigit(String text, int end) {
    for (int i = end - 1; i >= 0 && Chars.joinsWordAt(text, i); i--) {
      if (Chars.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True if a "+" joins the number to the words of an e-mail's local part: "49699333+dependabot[bot]@users.noreply.github.com". */
  private static boolean opensEmailTag(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == '+' && Character.isLetter(text.charAt(end + 1));
  }

  /** The longest group of letters and digits that a code may hold before its digits: "74V" of "1Z 4E8 74V 03 9327 3152". */
  private static final int MAX_CODE_GROUP = 6;

  /**
   * True if the number goes on a code written in spaced groups of letters and digits, as tracking
   * numbers are: the group right before it mixes both, and the one before that holds a digit
   * ("1Z 4E8 74V 03 9327 3152"); "flat 4B 03 9327 3152" is a flat, then a phone.
   */
  private static boolean followsCodeGroup(String text, int start) {
    int groupEnd = start - 1;
    int kinds = groupKinds(text, groupEnd);
    if (kinds != (LETTERS | DIGITS)) {
      return false;
    }
    int before = groupEnd - 1;
    while (before >= 0 && text.charAt(before) != ' ') {
      before--;
    }
    return (groupKinds(text, before) & DIGITS) != 0;
  }

  private static final int LETTERS = 1;
  private static final int DIGITS = 2;

  /** What the group of ASCII letters and digits that ends at the space {@code space} holds, or 0 if none or too long. */
  private static int groupKinds(String text, int space) {
    if (space < 1 || text.charAt(space) != ' ') {
      return 0;
    }
    int kinds = 0;
    int i = space - 1;
    for (; i >= 0 && space - 1 - i < MAX_CODE_GROUP && Chars.isAsciiAlnum(text.charAt(i)); i--) {
      kinds |= Chars.isDigit(text.charAt(i)) ? DIGITS : LETTERS;
    }
    return i < 0 || text.charAt(i) == ' ' ? kinds : 0;
  }

  /** True if the separator run from {@code from} to {@code to} already holds a space, dash, dot or slash. */
  private static boolean hasPlainSeparator(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isParenthesis(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParenthesis(char c) {
    return c == '(' || c == ')';
  }

  private void match(String text, int start, int end, List<Span> out, Claims claims) {
    if (claims.cover(start, end)) {
      return;
    }
    String window = text.substring(start, end);
    boolean international = window.charAt(0) == '+';
    if (NOT_A_PHONE_SHAPE.matcher(window).matches()
        || !international && (isLabelledOtherwise(text, start) || isCalledTime(text, end))) {
      return;
    }
    String digits = Chars.digitsOf(window, 0, window.length());
    boolean valid = international ? RegionPlan.isValidInternational(digits) : isValidInARegion(regions, window, digits, false)
        || isCalledPhone(text, start) && isValidAsCalledPhone(window, digits);
    if (valid) {
      out.add(new Span(EntityType.PHONE, start, end));
    }
  }

  /**
   * True if a number that words or a table's header call a phone is valid: after "+" anywhere, else
   * in any grouping, in the configured regions or any other ({@link CuedRegions}).
   */
  private boolean isValidAsCalledPhone(String window, String digits) {
    return window.charAt(0) == '+' ? RegionPlan.isValidInternational(digits)
        : isValidInARegion(regions, window, digits, true) || isValidInARegion(CuedRegions.ALL, window, digits, true);
  }

  private static boolean isValidInARegion(List<RegionPlan> regions, String window, String digits, boolean anyGrouping) {
    for (RegionPlan region : regions) {
      if (region.holdsNumber(window, digits, anyGrouping)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if words before the number, in its sentence and with no other number nor a label of
   * something else between, call it a phone: "call me back on 077 743 885 65", "Phone: 0740 147 97
   * 04", "bel me even terug op 06 123 523 24". People group their own numbers as they like, and the
   * words vouch for what grouping would: such a number may be grouped any way.
   */
  private static boolean isCalledPhone(String text, int start) {
    int cueEnd = PHONE_CUES.lastEndBefore(text, start, CUE_WINDOW);
    if (cueEnd < 0 || NOT_A_PHONE_LABELS.lastEndBefore(text, start, CUE_WINDOW) > cueEnd) {
      return false; // "calling about the order um 8061 493"
    }
    for (int i = cueEnd; i < start; i++) {
      char c = text.charAt(i);
      boolean endsSentence = (c == '.' && i > cueEnd || c == '?' || c == '!') && text.charAt(i + 1) == ' '; // "Tel. 0740 …" goes on
      if (Chars.isDigit(c) || c == '\n' || endsSentence) {
        return false;
      }
    }
    return true;
  }

  /**
   * The candidates of stricter types found before (an id after its cue, a card, an SSN, an IBAN),
   * asked whether one covers a window: a phone found in it would be no longer and lose to it. Sorted
   * by start when first asked, with the furthest end reached so far, so that each ask is a binary
   * search, however many candidates a text holds (a megabyte of SSNs holds some forty thousand).
   */
  private static final class Claims {
    private final List<Span> candidates;
    private int[] starts;
    /** The furthest end of the candidates up to each one in {@link #starts}' order. */
    private int[] furthestEnds;

    Claims(List<Span> candidates) {
      this.candidates = candidates;
    }

    /** True if a candidate of a stricter type covers chars {@code [start, end)}. */
    boolean cover(int start, int end) {
      if (starts == null) {
        sort();
      }
      int last = lastStartingBy(start);
      return last >= 0 && furthestEnds[last] >= end;
    }

    private void sort() {
      List<Span> stricter = candidates.stream().filter(span -> OverlapResolver.isStricter(span.type(), EntityType.PHONE))
          .sorted(Comparator.comparingInt(Span::start)).toList();
      starts = new int[stricter.size()];
      furthestEnds = new int[stricter.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = stricter.get(i).start();
        furthestEnds[i] = Math.max(stricter.get(i).end(), i > 0 ? furthestEnds[i - 1] : 0);
      }
    }

    /** The index of the last candidate that starts at or before {@code start}, or -1. */
    private int lastStartingBy(int start) {
      int low = 0;
      int high = starts.length - 1;
      int found = -1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        if (starts[middle] <= start) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found;
    }
  }


  /**
   * True if a label before the number calls it something else: "order no. 954899759", "PO
   * 4500123987"; also past a carrier's code in capitals: "bag tag LH 220 418 992".
   */
  private static boolean isLabelledOtherwise(String text, int start) {
    int code = carrierCodeBefore(text, start);
    return labelsOtherwise(text, start) || code >= 0 && labelsOtherwise(text, code);
  }

  private static boolean labelsOtherwise(String text, int start) {
    return NOT_A_PHONE_LABELS.labels(text, start, LABEL_WINDOW, LABEL_FILLERS)
        || NOT_A_PHONE_ABBREVIATIONS.labels(text, start, LABEL_WINDOW, LABEL_FILLERS);
  }

  /** Where a code of two or three capitals starts that a single space puts right before {@code start}, or -1. */
  private static int carrierCodeBefore(String text, int start) {
    if (start < 3 || text.charAt(start - 1) != ' ') {
      return -1;
    }
    int i = start - 1;
    while (i > 0 && start - 1 - i < MAX_CARRIER_CODE && Chars.isUpper(text.charAt(i - 1))) {
      i--;
    }
    int length = start - 1 - i;
    return length >= 2 && !Chars.joinsWordAt(text, i - 1) ? i : -1;
  }

  /** True if a word after the number calls it a time: "1716200000 unix timestamp". */
  private static boolean isCalledTime(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int wordEnd = end + 1;
    while (wordEnd < text.length() && Chars.isAsciiLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return TIME_WORDS_AFTER.contains(text.substring(end + 1, wordEnd).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True if the char right before the first digit belongs to the number: a {@code +}, or a
   * {@code (} that closes after an area code or trunk prefix ("(415) 555", "(0)20", Hungary's "(06
   * 1)"), not one that opens an aside ("(739-95-6753 is what we have)").
   */
  private static boolean opensNumber(String text, int firstDigit) {
    char before = text.charAt(firstDigit - 1);
    if (before != '(') {
      return before == '+';
    }
    for (int i = firstDigit; i < text.length() && i <= firstDigit + MAX_BRACKETED_DIGITS; i++) {
      if (!Chars.isDigit(text.charAt(i)) && text.charAt(i) != ' ') {
        return text.charAt(i) == ')';
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00a0';
  }
}
