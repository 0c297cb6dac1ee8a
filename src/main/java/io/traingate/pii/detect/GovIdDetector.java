package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.GOV_CUE;
import static io.traingate.pii.detect.Tokens.ALL_UPPER;
import static io.traingate.pii.detect.Tokens.CASELESS;
import static io.traingate.pii.detect.Tokens.HAS_CJK;
import static io.traingate.pii.detect.Tokens.HAS_DIGIT;
import static io.traingate.pii.detect.Tokens.JOINED;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Passport, driver's licence and national identity numbers. Their formats are too varied to
 * recognise alone, so a number only counts right after a cue ("passport no.", "DL#", "Aadhaar",
 * "national ID", "NINO", "PESEL", "Kimlik", "PhilSys"; {@link Lexicon} lists the national ids of
 * many countries). The value is the next run of alphanumeric groups with at least four digits;
 * filler words between cue and value ("number", "is", "my", "è", "numarası", "رقم") are skipped.
 * Chinese, Japanese and Korean cues end longer words ({@link CjkIdCues}); a Chinese resident id
 * whose check char holds may stand a clause after its cue ({@link ChineseResidentIds}). In a pasted
 * table, the column's header is the cue ({@link TableIds}).
 */
public final class GovIdDetector implements Detector {

  private static final int MAX_FILLERS = 4;
  /** The longest suffix a hyphen may glue to a cue: "CNP-ului". */
  private static final int MAX_CUE_SUFFIX = 4;
  private static final int MIN_DIGITS = 4;
  private static final int MIN_LENGTH = 5;
  private static final int MAX_LENGTH = 20;
  /** A single token in capitals with this many chars and digits is an id even with fewer than {@link #MIN_DIGITS} digits. */
  private static final int MIN_CODE_LENGTH = 8;
  private static final int MIN_CODE_DIGITS = 1;
  private static final long SSN = Tokens.key("ssn");
  /** "mine" in the languages of the cues: "mine is …", "el mío es …", "le mien est …", "de mijne is …", "omani on …". */
  private static final long[] MINE = Tokens.keys("mine mío mía mien mienne mijne omani");
  /** The Dutch "van mij", "mine": "Die van mij is 967273262". */
  private static final long VAN = Tokens.key("van");
  private static final long MIJ = Tokens.key("mij");
  /**
   * Cues the lexicon cannot list, as they are also names or words, and which count in capitals
   * only: Indonesia's NIK (Nik is a given name), Sri Lanka's NIC (so is Nic), the Czech and Slovak
   * OP, the občanský průkaz (Dutch "op"), CC, Portugal's cartão de cidadão ("cc" is mail's), Hungary's
   * TAJ (Taj is a name) and Turkey's TC kimlik number. The numbers after NIC and CC must have the
   * card's shape, those after TAJ and TC the number's check digits.
   */
  private static final long[] CAPITALS_CUES = Tokens.keys("nik nic op cc taj tc");
  /** Cues written as capitals with full stops: Italy's C.F. (codice fiscale), Spain's D.N.I., Greece's Α.Δ.Τ. (identity card). */
  private static final long[] DOTTED_CUES = Tokens.keys("cf dni nif nie nir cpf rg afm αδτ αφμ amka");
  /** Words between a cue and the "is" or colon before its value: "passport number for the visa form is". */
  private static final int MAX_PHRASE_WORDS = 8;
  /**
   * "Number" in the languages of the cues, which may end a phrase about whose document it is, as a
   * copula does: "paspor atas nama Agus Wibowo nomor B7390254", "the passport of my son, number …".
   */
  private static final long[] NUMBER_NOUNS = Tokens.keys("number nomor numero número numéro nummer namba номер");
  /**
   * "is" in the languages of the cues, and "was": "lost her passport, she says the number was 233516249", "o número era …";
   * the Tagalog "ay" and the Swahili "ni": "Namba ya kitambulisho ya Wanjiru Kamau ni …".
   */
  private static final long[] COPULAS = Tokens.keys("is was es ist est è é är er jest to adalah je isch era ay ni");
  /** Nouns of other numbers, which a phrase after a cue may name: "the passport office phone number is …". */
  static final Set<String> OTHER_NUMBERS = Set.of(
      "phone", "mobile", "tel", "telephone", "fax", "fee", "fees", "cost", "price", "order", "reference", "ref", "booking",
      "case", "ticket", "account", "tracking", "appointment", "application", "office", "helpline", "hotline");
  /** Tokens of a timestamp before a speaker's label: "[10:15:11] Caller:", "14:05 - Priya:". */
  private static final int MAX_TIMESTAMP_TOKENS = 6;
  private static final int MAX_WORDS_TO_ANSWER = 12;
  /** A Spanish NIF of a company: the letter of its legal form, maybe a dash, seven digits and a control char (B66218831, B-86512347). */
  private static final Pattern COMPANY_NIF = Pattern.compile("[ABCDEFGHJNPQRSUVW]-?\\d{7}[0-9A-J]");
  /**
   * The rest of an Indian vehicle plate after its state's code: the district (with Delhi's class
   * letter), the series letters and the number ("DL 1C AB 1234" is a Delhi plate, not a licence).
   */
  private static final Pattern PLATE_AFTER_STATE = Pattern.compile("\\d{1,2}[A-Z]{0,2}[ -]?[A-Z]{1,3}[ -]?\\d{1,4}");
  /** The number of Portugal's citizen card: eight digits, a check digit, two letters and a digit ("83695909 4 ZW1"). */
  private static final Pattern CITIZEN_CARD = Pattern.compile("\\d{8} ?\\d ?[A-Z]{2}\\d");
  /** The Czech and Slovak birth number since 1954: the date of birth, a slash and four digits. */
  private static final Pattern BIRTH_NUMBER = Pattern.compile("\\d{6}/?\\d{4}");
  /** "Rodné číslo" (the Czech and Slovak birth number) and its genitive, as a cue. */
  private static final long[] BIRTH_NUMBER_CUES = Tokens.keys("rodné rodného");
  /** Sri Lanka's national identity card: nine digits and V or X, or since 2016 twelve that open with the year of birth. */
  private static final Pattern SRI_LANKA_NIC = Pattern.compile("\\d{9}[VvXx]|(19|20)\\d{10}");
  private static final Pattern DATE = Pattern.compile("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}");

  /** Words between a cue and its value, in the languages of the cues: "codice fiscale è …", "kimlik numaram …". */
  private static final Set<String> FILLERS = Set.of(
      "number", "no", "num", "nr", "nº", "n", "is", "my", "the", "card", "was", "it's", "of", "id", "numero", "número",
      "numéro", "nummer", "numer", "numara", "numaram", "numarası", "numarasi", "code", "it", "es", "ist", "est", "è",
      "é", "är", "er", "jest", "ay", "ko", "adalah", "details", "info", "here", "reads", "mi", "mio", "mia", "meu",
      "minha", "mein", "meine", "mon", "ma", "mijn", "min", "mitt", "mój", "moja", "benim", "saya", "lautet",
      "mine", "do", "da", "de", "del", "titular", "sociale", "pcn", "号码", "yes", "sure", "to", "nomor", "серия", "и", "номер",
      "namba", "שלי", "الوطنية",
      // Czech "je" and "mého", Polish "osobisty", Vietnamese "số", Swiss German "mini" and "isch"
      "je", "mého", "můj", "osobisty", "osobistego", "số", "mini", "isch",
      // the "º" of "n.º", and whose number it is: "codice fiscale del paziente …", "pasaporte del cliente …"
      "º", "patient", "paziente", "paciente", "client", "cliente", "klant", "kunde",
      // "number" in Arabic, Hungarian, Czech, Greek and Hebrew, and the "travel" and "personal" of Arabic cues:
      // "الهوية الوطنية رقم …", "igazolvány száma …", "rodné číslo …", "ΑΔΤ αριθμός …", "جواز سفر رقم …"
      "رقم", "száma", "szám", "číslo", "čísla", "αριθμός", "αρ", "מספר", "سفر", "السفر", "الشخصية",
      // "number" in Hindi, Bengali, Urdu, Persian and Tamil, the "card" of Urdu and the "my" of Persian:
      // "आधार नंबर …", "شناختی کارڈ نمبر …", "گذرنامه شماره …", "کد ملی من …", "ஆதார் எண் …"
      "नंबर", "नम्बर", "संख्या", "নম্বর", "نمبر", "کارڈ", "شماره", "من", "எண்",
      // "number" in Georgian and Lithuanian, and the "card" of the Bulgarian identity card: "პასპორტის ნომერი …",
      // "asmens kodo numeris …", "лична карта № …"
      "ნომერი", "numeris", "карта",
      // the Romanian "series" and "number", the Emirati id and the Egyptian "my", Vietnamese "of", "I" and "is", the
      // Amharic "number" and "my number", the Tagalog particle of politeness: "carte de identitate seria RX 422672",
      // "رقم الهوية الإماراتية …", "الرقم القومي بتاعي …", "CCCD của em là …", "የፓስፖርት ቁጥሬ …", "(PCN) ko po ay …"
      "seria", "numărul", "numarul", "الإماراتية", "بتاعي", "của", "em", "tôi", "là", "ቁጥር", "ቁጥሬ", "po",
      // the document's copy or scan, and "card" in Hindi and Bengali: "Passport copy NV5622476", "PAN कार्ड EAIPV9169S"
      "copy", "scan", "कार्ड", "কার্ড",
      // "my" and "his/her" in Swahili, Zulu, Tagalog and Yoruba, the Tamil "card", the Finnish "is" and the Czech "č."
      // (číslo): "pasipoti yangu …", "I-ID yakhe …", "Passport niya …", "NIN rẹ̀ …", "அடையாள அட்டை …", "pas č. …"
      "yangu", "yake", "yami", "yakhe", "niya", "r\u1eb9\u0300", "அட்டை", "on", "č",
      // "number" in Marathi and Telugu, the Hungarian "sign" of the tax id, the Amharic "identification" of the Fayda:
      // "आधार क्रमांक …", "ఆధార్ నంబర్ …", "adóazonosító jel …", "ፋይዳ መታወቂያ፦ …"
      "क्रमांक", "నంబర్", "jel", "መታወቂያ",
      // the Romanian "is", the Greek "my" and "is", the Sinhala "number", and "mine" in Gulf and Moroccan Arabic:
      // "CNP-ul meu este …", "Ο ΑΜΚΑ μου είναι …", "NIC අංකය …", "رقم الهوية حقي …", "لاكارط ديالي …"
      "este", "μου", "είναι", "අංකය", "حقي", "ديالي",
      // the Portuguese and Spanish "was", the Nepali "no." and the Somali "number": "o número era …", "नागरिकता नं. …",
      // "lambarka aqoonsiga …"
      "era", "नं", "lambarka");
  private static final Set<String> ID_QUALIFIERS = Set.of(
      "national", "state", "government", "gov", "govt", "tax", "voter", "personal", "identity", "my", "your", "his", "her", "photo",
      "emirates", "citizen", "resident", "residence", "postal", "alien", "military", "african");
  /** Countries whose national id people call "<country> ID", in capitals: South Africa's "SA ID" or "ZA ID", the UAE's. */
  private static final Set<String> ID_COUNTRIES = Set.of("sa", "za", "uae");
  private static final Set<String> ID_NOUNS = Set.of("number", "no", "num", "nr", "card", "#");
  /** What names the Fayda number after its name: "number" in Amharic and English, "my number", "identification", and its ids FIN and FAN. */
  private static final Set<String> FAYDA_NOUNS = Set.of("ቁጥር", "ቁጥሬ", "number", "no", "id", "fin", "fan", "መታወቂያ");
  /** The Thai identity card, บัตรประชาชน ("citizen card"), and its number, เลขประจำตัวประชาชน ("citizen's identification number"). */
  private static final List<String> THAI_ID_WORDS = List.of("บัตรประชาชน", "ประจำตัวประชาชน");
  private static final Set<String> NOT_IDENTITY = Set.of("key", "keys", "plate", "agreement", "file", "type", "server", "fee", "terms");

  @Override
  public void detect(ScannedText text, List<Span> out) {
    Tokens tokens = text.tokens();
    List<Integer> checkedCues = null; // made for the few texts with such a cue
    for (int t = nextCue(tokens, 0); t >= 0; t = nextCue(tokens, t + 1)) {
      int cueEnd = tokens.has(t, HAS_CJK) ? CjkIdCues.cueEnd(tokens, t) : isIdentityCue(tokens, t) ? tokens.end(t) : -1;
      if (cueEnd < 0) {
        continue;
      }
      if (!CheckedIdScheme.cuedBy(cueWord(tokens, t)).isEmpty()) {
        checkedCues = checkedCues == null ? new ArrayList<>() : checkedCues;
        checkedCues.add(t);
      }
      if (cueEnd < tokens.end(t)) {
        addNumberInCueToken(tokens, t, cueEnd, out); // "身份证号510107196902225784"
        continue;
      }
      int value = valueStart(tokens, t + 1);
      if (value < 0) {
        value = afterPhrase(tokens, t);
      }
      if (value < 0) {
        value = answerOnNextLine(tokens, t);
      }
      if (value < 0) {
        value = answerAfter(tokens, t);
      }
      if (value < 0) {
        continue;
      }
      int last = valueEnd(tokens, value);
      int end = charEnd(tokens, tokens.start(value), last);
      boolean capitalsCode = value == last && tokens.has(value, ALL_UPPER);
      if (isPlausibleId(tokens.text(), tokens.start(value), end, capitalsCode)
          && !isOthersNumber(tokens, t, tokens.text().substring(tokens.start(value), end))) {
        out.add(new Span(EntityType.GOV_ID, tokens.start(value), end));
        t = last;
      }
    }
    if (tokens.mayHold('\n') && tokens.text().indexOf('\n') >= 0) {
      TableIds.find(text, out); // a table has lines; its header is the cue
    }
    if (tokens.anyHas(HAS_CJK)) {
      ChineseResidentIds.find(tokens, new SecondRuleSpans(out, EntityType.GOV_ID));
    }
    if (checkedCues != null) {
      SecondRuleSpans ids = new SecondRuleSpans(out, EntityType.GOV_ID);
      Set<CheckedIdScheme> readFor = Set.of();
      int readTo = -1;
      for (int cue : checkedCues) {
        // the tokens that a cue of the same schemes before has read are not read again: "SIN 1 SIN 1 …" reads each once
        Set<CheckedIdScheme> schemes = CheckedIdScheme.cuedBy(cueWord(tokens, cue));
        int from = schemes.equals(readFor) ? Math.max(cue + 1, readTo + 1) : cue + 1;
        readTo = CheckedIdsAhead.find(tokens, cue, from, schemes, ids);
        readFor = schemes;
      }
    }
  }

  /**
   * The number that follows a CJK cue inside its token, from char {@code from}: its Latin letters
   * and digits, and the groups joined to it if it runs to the token's end.
   */
  private static void addNumberInCueToken(Tokens tokens, int t, int from, List<Span> out) {
    String text = tokens.text();
    int end = asciiAlnumEnd(text, from, tokens.end(t));
    if (end == tokens.end(t)) {
      end = charEnd(tokens, from, valueEnd(tokens, t));
    }
    if (isPlausibleId(text, from, end, false)) {
      out.add(new Span(EntityType.GOV_ID, from, end));
    }
  }

  /**
   * The last token of the next cue from token {@code from} on, or -1: a word of {@link
   * Lexicon#GOV_CUE}; one of {@link #CAPITALS_CUES}; a cue's letters in capitals with full stops ("C.F.", "D.N.I."); a CJK
   * word, which {@link CjkIdCues} reads; or a Thai one that holds the identity card (Thai glues its words).
   * Of the tokens in scripts without case, only Thai ones are read further. Those cues and the letters count in capitals only, so the search
   * stops at words in capitals too, which are few.
   */
  private static int nextCue(Tokens tokens, int from) {
    for (int t = TokenSearch.nextFlagged(tokens, GOV_CUE | ALL_UPPER | HAS_CJK | CASELESS | JOINED, from); t >= 0;
        t = TokenSearch.nextFlagged(tokens, GOV_CUE | ALL_UPPER | HAS_CJK | CASELESS | JOINED, t + 1)) {
      if (tokens.has(t, GOV_CUE | HAS_CJK) || tokens.isAny(t, CAPITALS_CUES) || holdsThaiIdCard(tokens, t) || suffixHyphen(tokens, t) >= 0) {
        return t;
      }
      int dotted = dottedCueEnd(tokens, t);
      if (dotted >= 0) {
        return dotted;
      }
    }
    return -1;
  }

  /**
   * Where the hyphen of token {@code t} stands if it glues a short suffix to a cue, as Romanian
   * articles and Kazakh possessives do ("CNP-ul", "ЖСН-ым"), or -1.
   */
  private static int suffixHyphen(Tokens tokens, int t) {
    if (!tokens.has(t, JOINED) || tokens.has(t, GOV_CUE)) {
      return -1;
    }
    String text = tokens.text();
    int hyphen = tokens.end(t) - 2; // the suffix has a letter at least
    while (hyphen > tokens.start(t) && text.charAt(hyphen) != '-' && tokens.end(t) - hyphen <= MAX_CUE_SUFFIX) {
      hyphen--; // within the token's last chars only: a text of many "don't" asks a few chars of each
    }
    boolean shortSuffix = hyphen >= tokens.start(t) + 2 && text.charAt(hyphen) == '-' && tokens.end(t) - hyphen - 1 <= MAX_CUE_SUFFIX;
    return shortSuffix && (Lexicon.get().flags(text.subSequence(tokens.start(t), hyphen)) & GOV_CUE) != 0 ? hyphen : -1;
  }

  /** The cue word of token {@code t} in lower case: the token, or the cue a short suffix is glued to ({@link #suffixHyphen}). */
  private static String cueWord(Tokens tokens, int t) {
    int hyphen = suffixHyphen(tokens, t);
    return hyphen < 0 ? word(tokens, t) : tokens.text().substring(tokens.start(t), hyphen).toLowerCase(java.util.Locale.ROOT);
  }

  /** The last letter of a cue written as capitals with full stops from token {@code t} on ("C.F.", "Α.Δ.Τ."), or -1. */
  private static int dottedCueEnd(Tokens tokens, int t) {
    if (!isCapitalLetter(tokens, t) || !isCapitalLetter(tokens, t + 1) || !tokens.gapIs(t + 1, ".")) {
      return -1;
    }
    long letters = WordTable.add(WordTable.START, tokens.text().charAt(tokens.start(t)));
    int k = t;
    while (isCapitalLetter(tokens, k + 1) && tokens.gapIs(k + 1, ".")) {
      k++;
      letters = WordTable.add(letters, tokens.text().charAt(tokens.start(k)));
    }
    for (long cue : DOTTED_CUES) {
      if (letters == cue) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True if Thai token {@code t} holds the word for the identity card, บัตรประชาชน, with the words Thai
   * glues to it: "ต้องใช้เลขบัตรประชาชน" ("needs the ID card number"), "บัตรประชาชนผู้จัดการทีม" ("the team
   * manager's ID card").
   */
  private static boolean holdsThaiIdCard(Tokens tokens, int t) {
    return Chars.isThai(tokens.text().charAt(tokens.start(t))) && holdsThaiIdWord(tokens.text(), tokens.start(t), tokens.end(t));
  }

  /** True if one of {@link #THAI_ID_WORDS} stands within {@code [start, end)}: a search that stays inside the token. */
  private static boolean holdsThaiIdWord(String text, int start, int end) {
    for (String idWord : THAI_ID_WORDS) {
      for (int at = start; at + idWord.length() <= end; at++) {
        if (text.startsWith(idWord, at)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCapitalLetter(Tokens tokens, int t) {
    return t < tokens.count() && tokens.length(t) == 1 && tokens.has(t, ALL_UPPER);
  }

  private static boolean isIdentityCue(Tokens tokens, int t) {
    String word = cueWord(tokens, t);
    String next = t + 1 < tokens.count() ? word(tokens, t + 1) : "";
    if (NOT_IDENTITY.contains(next)) {
      return false;
    }
    String previous = t > 0 ? word(tokens, t - 1) : "";
    return switch (word) {
      case "id" -> ID_QUALIFIERS.contains(previous) || ID_NOUNS.contains(next) || ID_COUNTRIES.contains(previous) && tokens.has(t - 1, ALL_UPPER)
          || tokens.gapBefore(Math.min(t + 1, tokens.count() - 1)).contains("#");
      case "insurance" -> previous.equals("national") || previous.equals("social");
      case "permit" -> previous.equals("residence") || previous.equals("work");
      case "sécurité" -> next.equals("sociale"); // numéro de sécurité sociale
      case "national" -> previous.equals("numéro") || previous.equals("registre"); // Belgium's numéro (de registre) national
      case "ז" -> previous.equals("ת"); // ת.ז. or ת"ז, Israel's teudat zehut
      case "القومي" -> previous.equals("الرقم") || previous.equals("رقم") || previous.equals("رقمي"); // Egypt's national number, not the national team
      case "file" -> previous.equals("tax"); // Australia's tax file number
      case "codul" -> next.equals("numeric"); // Romania's codul numeric personal, the CNP
      case "numeris" -> previous.equals("paso"); // the Lithuanian passport's number
      case "chiếu" -> previous.equals("hộ"); // the Vietnamese passport
      case "cidadão" -> previous.equals("de"); // Portugal's cartão de cidadão
      case "pass" -> (next.equals("nr") || next.equals("nummer")) && !previous.equals("boarding"); // Swedish and German "pass nr"
      case "pas" -> next.equals("č") || next.equals("číslo"); // the Czech passport, "pas č."; Dutch "pas" is any card
      case "personas" -> next.equals("kods") || next.equals("koda"); // Latvia's personas kods, not Spanish "personas"
      case "pnr" -> !tokens.has(t, ALL_UPPER); // Sweden's pnr; an airline's PNR is a booking
      case "матичен" -> next.equals("број"); // North Macedonia's матичен број, the ЕМБГ
      case "op" -> tokens.has(t, ALL_UPPER) && (previous.equals("číslo") || previous.equals("č")); // "číslo OP", "č. OP"
      // Saudi Arabia's and the Gulf's residence permit, the iqama: its number, not a stay's length or place
      case "الإقامة", "الاقامة", "إقامة", "اقامة" -> previous.equals("رقم") || next.equals("رقم");
      case "ፋይዳ", "የፋይዳ", "fayda" -> FAYDA_NOUNS.contains(next); // Ethiopia's Fayda number, not ፋይዳ, "use", alone
      case "ملی" -> previous.equals("کد") || previous.equals("کارت") || previous.equals("شماره"); // Iran's national code or card, not Bank Melli
      // abbreviations that are also words or names: in capitals, or naming a number or card
      case "pan", "sin", "nas", "tin", "rut", "nie", "nin", "ni", "sss", "rg", "nss", "nir", "pps", "cpr", "afm", "dui", "ic", "nid", "nik", "nic", "cf", "avs", "nida",
          "iin", "nhi" ->
          tokens.has(t, ALL_UPPER) || next.equals("number") || next.equals("card") || previous.equals("my") && next.equals("is")
              // the key "pan" of a payment's JSON names a card's number, all digits; India's PAN opens with letters
              || isFieldKey(tokens, t) && !(word.equals("pan") && tokens.has(t + 1, Tokens.ALL_DIGITS));
      default -> true;
    };
  }

  /** True if token {@code t} is a field's key: in quotes before a colon ({@code "nin": "…"}), or opening a line before one ({@code pan: …}). */
  private static boolean isFieldKey(Tokens tokens, int t) {
    if (t + 1 >= tokens.count()) {
      return false;
    }
    String before = tokens.gapBefore(t);
    String after = tokens.gapBefore(t + 1);
    boolean quoted = before.endsWith("\"") && after.startsWith("\":");
    boolean opensLine = (t == 0 ? before.isBlank() : before.indexOf('\n') >= 0 && before.substring(before.lastIndexOf('\n')).isBlank())
        && after.startsWith(":");
    return quoted || opensLine;
  }

  /**
   * The value after a short phrase that ends in "is", "number", a colon or an opening bracket: "my passport
   * number for the visa form is B48213976", "codice fiscale per il contratto: GRDBZD62…", "the
   * passport number on the form (M8568324)"; or -1. The phrase names no other number ("the passport
   * office phone number is …") and ends no sentence.
   */
  private static int afterPhrase(Tokens tokens, int cue) {
    for (int k = cue + 1; k < tokens.count() && k <= cue + MAX_PHRASE_WORDS; k++) {
      // the full stop of an abbreviated "number" ends no sentence: "CPR-nr. til lønsedlen: …"
      String gap = k == cue + 1 && endsInNumberAbbreviation(tokens, cue) && tokens.gapIs(k, ". ") ? " " : tokens.gapBefore(k);
      if (gap.indexOf(':') >= 0 && k > cue + 1) {
        return valueStart(tokens, k);
      }
      int inBrackets = gap.indexOf('(') >= 0 && k > cue + 1 ? valueStart(tokens, k) : -1;
      if (inBrackets >= 0) {
        return inBrackets; // else an aside: "PPS number (for DIRT): 4829968QA"
      }
      if (!endsSentence(gap) && tokens.has(k, HAS_DIGIT) && tokens.isAny(cue, BIRTH_NUMBER_CUES) && isBirthNumber(tokens, k)) {
        return k; // "Rodné číslo pro fakturu 735307/1429": its check digit tells it after the phrase
      }
      if (endsSentence(gap) || tokens.has(k, HAS_DIGIT) || tokens.is(k, SSN) || OTHER_NUMBERS.contains(word(tokens, k))) {
        return -1; // "my tax ID, the SSN, is 806 44 7430": the SSN detector's
      }
      int afterCopula = tokens.isAny(k, COPULAS) ? valueStart(tokens, k + 1) : -1;
      if (afterCopula >= 0) {
        return afterCopula; // else a copula of the phrase: "PhilSys ID ni Lola Remedios ay …" (Tagalog "ni", "of"; Swahili "ni", "is")
      }
      int afterNumber = tokens.isAny(k, NUMBER_NOUNS) ? valueStart(tokens, k + 1) : -1;
      if (afterNumber >= 0) {
        return afterNumber; // else the noun of the cue: "passport number for the visa form is …"
      }
    }
    return -1;
  }

  /** True if cue token {@code t} ends in an abbreviated "number": "CPR-nr", "Ausweis-Nr", "passport-no". */
  private static boolean endsInNumberAbbreviation(Tokens tokens, int t) {
    String word = word(tokens, t);
    return word.endsWith("-nr") || word.endsWith("-no");
  }

  /**
   * The id that opens the next line, the answer in a transcript to a question with the cue: "And
   * your national insurance number?\n[10:15:11] Caller: JP 72 25 02 A.", "your driving licence
   * number please\nCaller: HUGHE753116SM9IJ"; past a timestamp and the speaker's label, which the
   * line must have, and words such as "it's"; or -1.
   */
  private static int answerOnNextLine(Tokens tokens, int cue) {
    for (int k = cue + 1; k < tokens.count() && k <= cue + MAX_PHRASE_WORDS; k++) {
      String gap = tokens.gapBefore(k);
      if (gap.indexOf('\n') >= 0) {
        int answer = afterSpeakerLabel(tokens, k);
        return answer > k ? valueStart(tokens, answer, false) : -1; // a transcript: the next line has a speaker
      }
      if (gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0) {
        return -1;
      }
    }
    return -1;
  }

  /** The first token after the timestamp and speaker's label that open a line at token {@code first}, or {@code first} if none. */
  private static int afterSpeakerLabel(Tokens tokens, int first) {
    for (int k = first; k < tokens.count() && k <= first + MAX_TIMESTAMP_TOKENS; k++) {
      if (NameContext.isSpeakerLabel(tokens, k)) {
        return k + 1;
      }
    }
    return first;
  }

  private static boolean endsSentence(String gap) {
    return gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('\n') >= 0;
  }

  /**
   * The id that answers a question with the cue, told by "mine" a few words on, often in the next
   * turn of a transcript: "Passport numbers for both travellers please.\nCustomer: mine is
   * M35201589"; or -1.
   */
  private static int answerAfter(Tokens tokens, int cue) {
    for (int k = cue + 1; k < tokens.count() && k <= cue + MAX_WORDS_TO_ANSWER; k++) {
      if (tokens.isAny(k, MINE) || tokens.is(k, MIJ) && tokens.is(k - 1, VAN)) {
        return valueStart(tokens, k + 1);
      }
    }
    return -1;
  }

  /** The first token of the value after the cue, skipping fillers and other cue words, or -1. */
  private static int valueStart(Tokens tokens, int from) {
    return valueStart(tokens, from, true);
  }

  /** As {@link #valueStart(Tokens, int)}; a line break before {@code from} ends the search only if {@code sameLine}. */
  private static int valueStart(Tokens tokens, int from, boolean sameLine) {
    for (int k = from; k < tokens.count() && k <= from + MAX_FILLERS; k++) {
      if ((sameLine || k > from) && tokens.gapBefore(k).indexOf('\n') >= 0) {
        return -1;
      }
      if (tokens.is(k, SSN)) {
        return -1; // "TIN/SSN 103-93-6225": the number the SSN cue names is the SSN detector's
      }
      // a letter group starts the value only joined to its digits: "QQ 12 34 56 C", but not the "ID" of "PhilSys ID: 7875…"
      // nor a cue's, whose "ID" is the cue's noun: "Aadhaar ID 2345 6789 0123"
      if (tokens.has(k, HAS_DIGIT) || isLetterGroup(tokens, k) && !tokens.has(k, GOV_CUE) && tokens.has(k + 1, HAS_DIGIT) && isJoined(tokens, k + 1)) {
        return k;
      }
      // the issuing country may stand between: "Passport: Chile, P09274816", "Driver's License (TX) 41872205"
      if (!isIssuerInBrackets(tokens, k) && !FILLERS.contains(word(tokens, k)) && !tokens.has(k, GOV_CUE) && !tokens.has(k, Lexicon.PLACE) && !tokens.isApostropheS(k)) { // the 's of "it's"
        return -1;
      }
    }
    return -1;
  }

  /** True if token {@code k} is a state's or country's code in brackets: the "(TX)" of "Driver's License (TX) 41872205". */
  private static boolean isIssuerInBrackets(Tokens tokens, int k) {
    return isLetterGroup(tokens, k) && tokens.length(k) >= 2 && tokens.gapBefore(k).endsWith("(") && k + 1 < tokens.count()
        && tokens.gapBefore(k + 1).startsWith(")");
  }

  /**
   * The last token of the value's groups from token {@code start} on. A group with a CJK word glued
   * to it ends the value ("マイナンバー0501 5738 0297の確認"), and counts only if it opens with the
   * value's Latin letters or digits.
   */
  static int valueEnd(Tokens tokens, int start) {
    return valueEnd(tokens, start, Integer.MAX_VALUE);
  }

  /** As {@link #valueEnd(Tokens, int)}, but ending before a group that would take the tokens' chars past {@code maxChars}. */
  static int valueEnd(Tokens tokens, int start, int maxChars) {
    int last = start;
    int chars = tokens.length(start);
    // each group holds a char of the value: past MAX_LENGTH groups it is too long to be one, so the walk stops
    // there rather than run on through a text of "SIN 1 SIN 1 …" for each cue
    int end = Math.min(tokens.count(), start + MAX_LENGTH + 2);
    for (int k = start + 1; k < end; k++) {
      if (!isJoined(tokens, k) || !(tokens.has(k, HAS_DIGIT) || isLetterGroup(tokens, k))
          || tokens.has(k, HAS_CJK) && !Chars.isAsciiAlnum(tokens.text().charAt(tokens.start(k)))) {
        break;
      }
      chars += tokens.length(k);
      if (chars > maxChars) {
        break;
      }
      last = k;
      if (tokens.has(k, HAS_CJK)) {
        break;
      }
    }
    return last;
  }

  /**
   * Where the value that starts at char {@code from} and runs to token {@code last} ends: before
   * the CJK word glued to its last group ("0297の確認"), and after a check char in brackets glued
   * to it, as Hong Kong's identity card writes it ("E475812(2)").
   */
  private static int charEnd(Tokens tokens, int from, int last) {
    String text = tokens.text();
    int end = tokens.has(last, HAS_CJK) ? latinGroupsEnd(text, Math.max(from, tokens.start(last)), tokens.end(last)) : tokens.end(last);
    boolean checkChar = end + 2 < text.length() && text.charAt(end) == '(' && Chars.isAsciiAlnum(text.charAt(end + 1)) && text.charAt(end + 2) == ')';
    return checkChar ? end + 3 : end;
  }

  /**
   * The end of the ASCII letters and digits from char {@code from}, at most {@code to}, and of the
   * groups hyphens join to them: a token holds both groups of "900817-1168751는".
   */
  private static int latinGroupsEnd(String text, int from, int to) {
    int end = asciiAlnumEnd(text, from, to);
    while (end + 1 < to && text.charAt(end) == '-' && Chars.isAsciiAlnum(text.charAt(end + 1))) {
      end = asciiAlnumEnd(text, end + 1, to);
    }
    return end;
  }

  /** The end of the run of ASCII letters and digits from char {@code from}, at most {@code to}. */
  private static int asciiAlnumEnd(String text, int from, int to) {
    int end = from;
    while (end < to && Chars.isAsciiAlnum(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** True if a single space, dash, dot or slash joins token {@code k} to the one before, as groups of one id. */
  static boolean isJoined(Tokens tokens, int k) {
    return tokens.gapIs(k, " ") || tokens.gapIs(k, "-") || tokens.gapIs(k, ".") || tokens.gapIs(k, "/");
  }

  /**
   * True if the value a cue names is no id of this type: in the SSN's shape it is the SSN the
   * SSN detector finds (a person's US TIN is the SSN; an EIN is grouped 2-7, and an ITIN's 9xx area
   * is no SSN's), a Spanish NIF that starts with a legal entity's letter is a company's, and after
   * "DL", Delhi's code, a plate's district, series and number are a car's. After "CC", a number not
   * in a Portuguese citizen card's shape is a credit card's, a copy's or a volume's; after "NIC", one
   * not in a Sri Lankan card's shape is a network card's ("NIC 10000 Mbps"); after "TAJ" and "TC", and
   * after a Thai word that holds the identity card (and may go on about anything), one whose check
   * digits fail is a hotel's or anything else's.
   */
  private static boolean isOthersNumber(Tokens tokens, int cue, String value) {
    String word = cueWord(tokens, cue);
    boolean taxCue = word.equals("tin") || word.equals("id") && cue > 0 && word(tokens, cue - 1).equals("tax");
    return taxCue && UsSsnDetector.isWrittenSsn(value, 0, value.length()) || word.equals("nif") && COMPANY_NIF.matcher(value).matches()
        || word.equals("dl") && PLATE_AFTER_STATE.matcher(value).matches() || word.equals("cc") && !CITIZEN_CARD.matcher(value).matches()
        || word.equals("nic") && !SRI_LANKA_NIC.matcher(value).matches()
        || (word.equals("taj") || word.equals("taj-szám")) && !CheckedIdScheme.HUNGARIAN_TAJ.holds(value)
        || word.equals("tc") && !CheckedIdScheme.TURKISH_TC_KIMLIK.holds(value)
        || holdsThaiIdWord(word, 0, word.length()) && !CheckedIdScheme.THAI_ID.holds(value);
  }

  /** True if token {@code k} and the group after it are a Czech or Slovak birth number with a check digit: YYMMDD/XXXX, a multiple of 11. */
  private static boolean isBirthNumber(Tokens tokens, int k) {
    String text = tokens.text();
    int end = tokens.end(valueEnd(tokens, k));
    if (!BIRTH_NUMBER.matcher(text.substring(tokens.start(k), end)).matches()) {
      return false;
    }
    return Long.parseLong(Chars.digitsOf(text, tokens.start(k), end)) % 11 == 0;
  }

  /** True if chars {@code [from, to)} look like an id; {@code capitalsCode} if they are one token in capitals. */
  private static boolean isPlausibleId(String text, int from, int to, boolean capitalsCode) {
    int digits = 0;
    int alnum = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alnum++;
        digits += Character.isDigit(c) ? 1 : 0;
      }
    }
    // a passport or id card number in capitals may hold few digits, even one: "FLFH6K41V", "WDLI6P9AAV3X", "FTYVTWMH9"
    boolean code = capitalsCode && alnum >= MIN_CODE_LENGTH && digits >= MIN_CODE_DIGITS;
    return (digits >= MIN_DIGITS || code) && alnum >= MIN_LENGTH && alnum <= MAX_LENGTH && !isDate(text.substring(from, to));
  }

  static boolean isDate(String value) {
    return DATE.matcher(value).matches();
  }

  /** An upper-case letter group inside an id, like the QQ and C of "QQ 12 34 56 C". */
  static boolean isLetterGroup(Tokens tokens, int t) {
    return t < tokens.count() && tokens.has(t, ALL_UPPER) && !tokens.has(t, HAS_DIGIT) && tokens.length(t) <= 3;
  }

  static String word(Tokens tokens, int t) {
    return tokens.text().substring(tokens.start(t), tokens.end(t)).toLowerCase(java.util.Locale.ROOT);
  }
}
