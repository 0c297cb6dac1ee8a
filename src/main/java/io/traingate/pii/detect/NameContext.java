package io.traingate.pii.detect;

/** What the words just before a token say about whether it is a name. */
enum NameContext {
  /** "my name is", "name:", "call me", "named": whatever follows is a name. */
  INTRODUCTION,
  /** "Mr.", "Dr", "Frau". */
  TITLE,
  /** "my sister", "our landlord". */
  RELATION,
  /** "hi", "dear", "hello,". */
  GREETING,
  /** "thanks,\n", "cheers -", "-- " at the end of a message. */
  SIGN_OFF,
  /** "I'm", "this is": often followed by a state ("I'm tired"), so only listed names count. */
  WEAK_INTRODUCTION,
  /** "ask", "met", "cc", "with", "daughter" without "my": weak evidence for a listed, capitalised name. */
  NAME_VERB,
  /** "klaus: running late" at the start of a chat line: a listed first name, in any case. */
  SPEAKER,
  NONE;

  /** Form labels and roles that a person's name follows: "Payee: Wang Fang", "the account holder is Jo Park". */
  private static final String ROLE_LABEL_WORDS =
      "payee recipient beneficiary attn attention cardholder holder signatory sender addressee passenger"
          + " guest patient tenant applicant employee student requester assignee attendees participants invitees"
          // the recipient, sender and holder of delivery notes and transfers in more languages: "المستلم: نورة القحطاني", "ผู้รับ: สุภาพร"
          + " destinatario destinataire empfänger ontvanger odbiorca alıcı получатель отримувач одержувач mpokeaji olùgbà"
          + " المستلم المرسل المسؤول प्राप्तकर्ता शिकायतकर्ता প্রাপক பெறுநர் ผู้รับ ہولڈر"
          // applicants, patients, customers, beneficiaries and the insured of forms in scripts without case:
          // "المستفيد بدر العنزي،", "விண்ணப்பதாரர் தர்ஷினி சிவகுமார்,", "ደንበኛ ሰላማዊት ግርማ፣", "איש קשר: רונית אברהם"; Tamil's
          // "one who received" and "one who gave" name the insured and the complainant ("காப்பீடு பெற்றவர்", "புகார் அளித்தவர்")
          + " المستفيد المستفيدة المريض المريضة المتقدم المتقدمة"
          + " आवेदक मरीज़ मरीज ग्राहक लाभार्थी আবেদনকারী রোগী গ্রাহক விண்ணப்பதாரர் பெற்றவர் அளித்தவர் நோயாளி"
          + " بیمار متقاضی گیرنده ذینفع مریض המטופל המטופלת המבוטח המבוטחת המוטב הנמען קשר גזבר"
          + " ደንበኛ አመልካች ተቀባይ ታካሚ"
      // the relative, the next of kin and the contact of forms, the one reporting a fire: "உறவினர் பிரியா சுப்பிரமணியன்",
      // "ญาติ สมชาย ศรีสุข", "परिजन दीपिका त्रिपाठी", "رابطہ عثمان رضا،", "המדווח תמר בן דוד"
      + " உறவினர் ญาติ परिजन رابطہ رابطه المبلغ המדווח המדווחת";
  private static final long[] ROLE_LABELS = Tokens.keys(ROLE_LABEL_WORDS);
  /**
   * "I'm", "it's", "with", "and" before a name that they may introduce: "hey its dami!!", "алло это артём", "привіт це
   * оксана", "halo mas ini wulan"; and "I am" of caseless scripts: "אני נועה לוי", "أنا يوسف".
   */
  private static final String WEAK_INTRODUCTION_WORDS = "i'm im i\u2019m its with and soy sono sou это це ini אני أنا انا আমি मैं"
      // "here is" and "with you is" of callers, "I" of Persian, Urdu and Tamil: "כאן תמר", "معك ليلى", "من مریم", "میں بلال", "நான் ப்ரியா"
      + " כאן معك من میں நான்";
  /** "is" in the languages whose "my name is" comes before a name. */
  private static final String IS_WORD_LIST = "is es ist est è é jest är er";

  /** "my name" before a name with no "is" between, in scripts without case: Arabic اسمي, Amharic ስሜ, Hindi मेरा नाम, Bengali আমার নাম. */
  private static final String MY_NAME_WORD = "اسمي ስሜ";
  private static final String NAME_AFTER_MY_WORDS = "नाम নাম";
  private static final String MY_NAME_WORDS = MY_NAME_WORD + " " + NAME_AFTER_MY_WORDS;
  private static final long[] MY_NAME = Tokens.keys(MY_NAME_WORD);
  private static final long[] NAME_AFTER_MY = Tokens.keys(NAME_AFTER_MY_WORDS);
  private static final long[] MY = Tokens.keys("मेरा আমার");

  /** Labels of a name field in the languages of forms: "Nom : Diallo", "Cognome: Bianchi", "Vorname: Lena". */
  private static final String NAME_LABEL_WORDS =
      "nom prénom prenom nombre apellido apellidos cognome vorname nachname sobrenome naam voornaam achternaam imię nama jina"
          + " nazwisko soyad soyadı soyadi fornavn efternavn förnamn efternamn etunimi sukunimi 氏名 名前 姓名 이름 성명"
          + " الاسم الإسم اسم نام שם नाम নাম பெயர் باسم ስም ชื่อ";
  private static final long[] NAME_LABELS = Tokens.keys(NAME_LABEL_WORDS);
  /** True if the token is a name field's label: "Jina: Rehema Mwangi", where "Jina" is also a given name. */
  static boolean isNameLabel(Tokens tokens, int t) {
    return tokens.isAny(t, NAME_LABELS);
  }

  /** "Name" in scripts without case, whose forms and chat write it before a name with no colon: "الاسم محمد العتيبي", "नाम पूजा मिश्रा". */
  private static final long[] UNPUNCTUATED_NAME_LABELS = Tokens.keys("الاسم الإسم नाम নাম பெயர் باسم");

  /** Every word that the rules below compare the words before a token with, and the name words that {@link AnsweredNames} seeks. */
  static final String WORDS =
      "name names nome surname me named called signed by llamo appelle m'appelle m\u2019appelle heiße heisse heter heet chiamo s you"
          + " am bin suis c'est c\u2019est tu ben met mimi " + WEAK_INTRODUCTION_WORDS + " "
          + IS_WORD_LIST + " " + ROLE_LABEL_WORDS + " " + NAME_LABEL_WORDS + " " + MY_NAME_WORDS;

  /** Flags of the word right before a name in some context: without one, only a dash can make a context. */
  private static final int CUES = Lexicon.NAME_CONTEXT | Lexicon.TITLE | Lexicon.RELATION | Lexicon.SIGNOFF | Lexicon.GREETING
      | Lexicon.NAME_VERB;

  static NameContext before(Tokens tokens, int t) {
    if (isSpeakerLabel(tokens, t)) {
      return SPEAKER;
    }
    if (t == 0) {
      return NONE;
    }
    int p = t - 1;
    if (isVietnameseKinTitle(tokens, p) && tokens.gapIs(t, " ")) {
      return TITLE;
    }
    if ((isAskedFor(tokens, p) || isPersonalObjectMarker(tokens, p)) && tokens.gapIs(t, " ")) {
      return NAME_VERB; // "(ask for Summer)", "pregunte por Rosa", "llama a francisco"
    }
    if (!tokens.has(p, CUES) && !tokens.gapHolds(t, '-') && tokens.count() - t > SIGNATURE_WORDS && !isNameOn(tokens, p)) {
      return NONE; // the common case, decided without reading the gap
    }
    String gap = tokens.gapBefore(t);
    String trimmedGap = asLatinComma(gap.strip());
    boolean spaceOnly = gap.equals(" ");
    if (isIntroduction(tokens, p, gap)) {
      return INTRODUCTION;
    }
    if (tokens.has(p, Lexicon.TITLE) && (spaceOnly || gap.equals(". "))) {
      return TITLE;
    }
    // a person's field of a form, whose name in a script without case a comma and the next field or a phone close:
    // "المستفيد بدر العنزي، IBAN KW65 …", "customer ዳዊት ገብሬ, House No. 453", "உறவினர் பிரியா சுப்பிரமணியன் +91 …"
    if (spaceOnly && tokens.has(t, Tokens.CASELESS) && isPersonField(tokens, p, t) && closesField(tokens, t)) {
      return INTRODUCTION;
    }
    // "The Customer Success Team" is a heading: a relation word in capitals is no cue, unless a word in lower case follows
    // it, as roles open a line of a receipt or a note ("Dockhand aisha.", "Entregador thiago.")
    if (tokens.has(p, Lexicon.RELATION) && (spaceOnly || gap.equals(", ")) && (!tokens.has(p, Tokens.CAPITALIZED) || tokens.has(t, Tokens.ALL_LOWER))) {
      // "my daughter April"; Arabic and Hebrew glue "my" and "the" to the word: "ابني يوسف", "العميل أحمد", "אחי דניאל"
      if (isPossessive(tokens, p - 1) || tokens.has(p, Tokens.CASELESS)) {
        return RELATION;
      }
      // "…, daughter April visits", "for customer Rose Mbeki", "host dad lorraine", but not "the usual user Frank"
      if (startsPhrase(tokens, p) || tokens.has(p - 1, Lexicon.RELATION) && tokens.gapIs(p, " ") && startsPhrase(tokens, p - 1)) {
        return NAME_VERB;
      }
    }
    // a role as a form labels it, in any case: "Customer: Faith Hunter", "Emergency contact: Madison Price", "cardholder
    // Wade Little", "Passenger Dallas Porter"; weak evidence, as a firm may hold the role, so for listed first names only
    boolean roleLabel = isRoleLabel(tokens, p);
    if (gap.equals(": ") && tokens.has(p, Lexicon.RELATION) || spaceOnly && roleLabel) {
      return NAME_VERB;
    }
    // "Olá! Como posso ajudar?", "Ευχαριστώ! Το κινητό …": after a greeting's or thanks' "!", a capitalised word that a
    // lower-case one follows starts a sentence
    boolean startsSentence = trimmedGap.equals("!") && tokens.gapIs(t + 1, " ") && tokens.has(t + 1, Tokens.ALL_LOWER);
    if (tokens.has(p, Lexicon.SIGNOFF)
        && (trimmedGap.equals(",") || trimmedGap.equals("!") && !startsSentence || gap.contains("\n") || trimmedGap.equals("-"))) {
      return SIGN_OFF;
    }
    boolean contextWord = tokens.has(p, Lexicon.NAME_CONTEXT); // one of the WORDS, which the rules that read words compare with
    // "have the best day", "the whole night": a greeting or sign-off word after an article greets no one
    boolean addressed = tokens.has(p, Lexicon.GREETING | Lexicon.SIGNOFF) && !tokens.isAny(p - 1, ARTICLES)
        || contextWord && isThankYou(tokens, p) && (tokens.has(t, Tokens.CAPITALIZED) || !tokens.is(p - 1, "see")); // "sorry to see you go"
    if (addressed && (spaceOnly || trimmedGap.equals(",") || trimmedGap.equals("!") && !startsSentence)) {
      return GREETING;
    }
    // the dash of a signature, after the end of the last sentence: "… notice. — Carol", "thanks!\n- Carol"
    String signature = afterSentenceEnd(trimmedGap);
    boolean ownLine = gap.startsWith("\n") || signature.length() < trimmedGap.length() && gap.contains("\n");
    // a hyphen on the last sentence's line signs it only before the text's last two words: "… at 7pm. - brent"
    boolean lastWordsAfterSentence = signature.length() < trimmedGap.length() && tokens.count() - t <= 2;
    // chat signs in lower case too, with a hyphen or a tilde before the message's last word: "… theek hai - priya", "✅ ~rowena"
    boolean signsLastWord = tokens.count() - t == 1 && (signature.equals("-") || signature.endsWith("~")) && isPlainGivenName(tokens, t);
    if (signature.equals("--") || signature.equals("-") && (ownLine || lastWordsAfterSentence) || isDashBeforeLastWords(tokens, t, signature)
        || signsLastWord) {
      return SIGN_OFF;
    }
    // a listed given name alone after the last sentence or on the last line signs it: "… I already tried 4 times in the app. Pat",
    // "… venid con tiempo.\njosé" (after a question, a word in lower case answers it: "What's your name? angela");
    // caseless scripts write no capital to mark it, but sign with a full name as often: "… أرجو المراجعة. سلمى بن علي"
    int signatureWords = tokens.has(t, Tokens.CASELESS) ? SIGNATURE_WORDS : 2;
    boolean afterLastSentence = signature.isEmpty() && (!trimmedGap.isEmpty() || gap.indexOf('\n') >= 0 && tokens.count() - t == 1);
    boolean signedAlone = afterLastSentence && tokens.count() - t <= signatureWords && tokens.has(t, Lexicon.FIRST_NAME) && !tokens.has(t, Lexicon.PLACE)
        && (tokens.has(t, Tokens.CAPITALIZED | Tokens.CASELESS) || tokens.count() - t == 1 && trimmedGap.indexOf('?') < 0 && isPlainGivenName(tokens, t));
    if (signedAlone) {
      return SIGN_OFF;
    }
    // the one addressed, a listed given name at the end: "pls dont give my number out again, rashid 🙄", "… pls bilal"
    boolean addressedAtEnd = tokens.count() - t == 1 && (trimmedGap.equals(",") || spaceOnly && tokens.isAny(p, PLEASE_WORDS))
        && tokens.has(t, Lexicon.FIRST_NAME) && !tokens.has(t, Lexicon.PLACE) && tokens.text().indexOf('?', tokens.end(t)) < 0;
    if (addressedAtEnd) {
      return GREETING;
    }
    if (spaceOnly && contextWord && isWeakIntroduction(tokens, p)) {
      return WEAK_INTRODUCTION;
    }
    if ((spaceOnly || gap.equals(": ")) && tokens.has(p, Lexicon.NAME_VERB)) { // "met Ana", "From: Ana"
      return NAME_VERB;
    }
    return NONE;
  }

  /** How many words a name that a comma closes after a role may have: "المريضة فاطمة الزهراء المرزوقي،". */
  private static final int MAX_CLOSED_NAME_WORDS = 3;
  /** How many words after that comma the number of the form's next field may come: "، رقم الهوية الإماراتية 784-…". */
  private static final int MAX_FIELD_LABEL_WORDS = 5;

  /**
   * True if token {@code p} opens a form's field of a person whose name starts at {@code t}: a role or
   * a name's label ("المستفيد", "نام"), or a relation, which chat uses in sentences too, before a
   * listed given name ("customer ዳዊት", "العميل ليلى"; not "العميل يحتاج إلى المساعدة، الطلب 1").
   */
  private static boolean isPersonField(Tokens tokens, int p, int t) {
    return isRoleLabel(tokens, p) || isNameLabel(tokens, p) || tokens.has(p, Lexicon.RELATION) && tokens.has(t, Lexicon.FIRST_NAME);
  }

  /**
   * True if one to {@link #MAX_CLOSED_NAME_WORDS} single-spaced words of a script without case from
   * {@code t} on end in a comma, and a number follows within {@link #MAX_FIELD_LABEL_WORDS} words, or
   * two or more end right before a phone ({@link #opensPhone}): after a role, that is a form's name and
   * its next field, listed or not ("المستفيد بدر العنزي، IBAN KW65 …", "விண்ணப்பதாரர் தர்ஷினி சிவகுமார்,
   * தேசிய அடையாள அட்டை 1995…", "ญาติ พิมพ์ชนก บุญมา โทร +66 …"); a sentence about the role goes on
   * in words ("المريض يحتاج إلى راحة، لكن …", "العميل يحتاج 3 أيام").
   */
  private static boolean closesField(Tokens tokens, int t) {
    String text = tokens.text();
    for (int k = t; k < tokens.count() && k < t + MAX_CLOSED_NAME_WORDS; k++) {
      if (!PersonDetector.isCaselessPlainWord(tokens, k) || k > t && !tokens.gapIs(k, " ")) {
        return false;
      }
      int end = tokens.end(k);
      if (end < text.length() && PersonDetector.ADDRESS_COMMAS.indexOf(text.charAt(end)) >= 0) {
        return numberFollows(tokens, k);
      }
      if (k > t && opensPhone(tokens, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Telephone" and "mobile" as forms label a phone, in the scripts without case: "โทร", "फ़ोन", "মোবাইল", "ስልክ",
   * "טלפון"; they end a name before them, and a place that a comma puts before them ("አዲስ አበባ፣ ስልክ").
   */
  private static final long[] PHONE_WORDS = Tokens.keys(
      "โทร โทรศัพท์ फ़ोन फोन मोबाइल ফোন মোবাইল فون موبائل تلفن موبایل هاتف جوال ስልክ ሞባይል טלפון נייד தொலைபேசி கைபேசி");

  /** True if the token is a phone's label in a script without case, which ends a name before it. */
  static boolean isPhoneWord(Tokens tokens, int t) {
    return tokens.isAny(t, PHONE_WORDS);
  }

  /**
   * True if a phone number opens at token {@code n}, after a space: a "+" and digits, two groups of
   * digits at least ("050 777 8701"), or a phone's label before digits ("โทร 02 834 0067").
   */
  private static boolean opensPhone(Tokens tokens, int n) {
    if (n + 1 >= tokens.count() || !tokens.has(n + 1, Tokens.HAS_DIGIT)) {
      return false;
    }
    boolean digits = tokens.has(n, Tokens.ALL_DIGITS) && (tokens.gapIs(n, " +") || tokens.gapIs(n, " ") && tokens.gapIs(n + 1, " "));
    return digits || tokens.gapIs(n, " ") && isPhoneWord(tokens, n);
  }

  /**
   * True if a token with a digit comes within {@link #MAX_FIELD_LABEL_WORDS} tokens after token {@code t},
   * with no comma before it: the next field's label and its number, not another name ("הנהג השני, אבי פרץ,
   * טלפון …": "the other driver, Avi Peretz, phone …").
   */
  private static boolean numberFollows(Tokens tokens, int t) {
    for (int k = t + 1; k < tokens.count() && k <= t + MAX_FIELD_LABEL_WORDS; k++) {
      if (tokens.has(k, Tokens.HAS_DIGIT)) {
        return true;
      }
      if (k + 1 < tokens.count() && tokens.gapHoldsAny(k + 1, PersonDetector.ADDRESS_COMMAS)) {
        return false;
      }
    }
    return false;
  }


  /** "Ask for" at a desk, a switchboard or a shop, in the languages chat mixes in: the verb, then its preposition. */
  private static final long[] ASK_VERBS = Tokens.keys("ask asking asked pregunta pregunte preguntar pergunte pergunta perguntar frag fragen fragt");
  private static final long[] ASKED_FOR = Tokens.keys("for por pelo pela nach");

  /** True if token {@code p} is the preposition of "ask for", so that the one asked for follows it. */
  private static boolean isAskedFor(Tokens tokens, int p) {
    return tokens.isAny(p, ASKED_FOR) && tokens.gapIs(p, " ") && tokens.isAny(p - 1, ASK_VERBS);
  }

  /**
   * Verbs of reaching someone, as chat writes them to ask for it, whose object Spanish, Catalan,
   * Portuguese, French and Italian mark as a person with "a", "à" or "para": "llama a francisco",
   * "dile a josé", "truca a paula", "liga para inês", "dis à lucas", "chiedi a Gio".
   */
  private static final long[] VERBS_BEFORE_PERSONAL_A = Tokens.keys(
      "llama llamá llámale llamale dile decile díselo escribe escríbele escribele avisa avísale avisale pregunta pregúntale"
          + " preguntale pide pídele truca digues escriu demana liga ligue diz diga pergunte avise pede peça"
          + " dis dites demande demandez écris écrivez chiedi scrivi dì");
  private static final long[] PERSONAL_A = Tokens.keys("a à para");

  /** True if token {@code p} is the "a" that marks the person a verb of reaching someone is for: "llama a francisco". */
  static boolean isPersonalObjectMarker(Tokens tokens, int p) {
    return tokens.isAny(p, PERSONAL_A) && tokens.gapIs(p, " ") && tokens.isAny(p - 1, VERBS_BEFORE_PERSONAL_A);
  }

  /** Vietnamese kin words, which address people as titles do: "Chào anh Tuấn", "Cô Hà ơi", "chị Lan". */
  private static final long[] VIETNAMESE_KIN = Tokens.keys("anh chị cô chú bác");
  private static final long ANH = Tokens.key("anh");
  private static final int MAX_KIN_WORD = 3;

  /** A Vietnamese kin word before a name; "Anh" in capitals only is no title, as it is also a given name ("Dear Anh Thư"). */
  static boolean isVietnameseKinTitle(Tokens tokens, int p) {
    return tokens.length(p) <= MAX_KIN_WORD && tokens.isAny(p, VIETNAMESE_KIN) && (tokens.has(p, Tokens.ALL_LOWER) || !tokens.is(p, ANH));
  }

  /** "I'm", "i am", "this is", "it's", "with", "and"; "hier ist", "ich bin", "je suis", "soy", "sono", "sou". */
  private static boolean isWeakIntroduction(Tokens tokens, int p) {
    return tokens.isAny(p, WEAK_INTRODUCTIONS)
        || tokens.is(p, "am") && tokens.is(p - 1, "i") || tokens.is(p, "is") && tokens.is(p - 1, "this")
        || isContractedIs(tokens, p, "it")
        || tokens.is(p, "ist") && tokens.isAny(p - 1, "hier", "das") || tokens.is(p, "bin") && tokens.is(p - 1, "ich")
        || tokens.is(p, "suis") && tokens.isAny(p - 1, "je", "moi")
        || tokens.isAny(p, GREETED_INTRODUCTIONS) && tokens.has(p - 1, Lexicon.GREETING) || tokens.is(p, "mimi") && tokens.is(p - 1, "ni");
  }

  /**
   * "It's", "I am" and "here" that introduce a caller only after a greeting: "salut c'est karim" (not "c'est
   * pas"), "cześć tu michał", "selam ben emre", "hoi met anouk".
   */
  private static final long[] GREETED_INTRODUCTIONS = Tokens.keys("c'est c\u2019est tu ben met");

  /** The words of {@link #isWeakIntroduction} that need no word before them. */
  private static final long[] WEAK_INTRODUCTIONS = Tokens.keys(WEAK_INTRODUCTION_WORDS);

  /** What ends a sentence: Latin marks, the Devanagari danda, the Urdu full stop and the Arabic question mark. */
  private static final String SENTENCE_ENDS = ".!?…\u0964\u06d4\u061f";

  /** The gap without the end of a sentence and the space after it that may come before a signature's dash. */
  private static String afterSentenceEnd(String gap) {
    int i = 0;
    while (i < gap.length() && SENTENCE_ENDS.indexOf(gap.charAt(i)) >= 0) {
      i++;
    }
    while (i > 0 && i < gap.length() && Character.isWhitespace(gap.charAt(i))) {
      i++;
    }
    return gap.substring(i);
  }

  /** A listed given name in lower case that is no everyday word nor function word: "priya", not "grace" or "will". */
  private static boolean isPlainGivenName(Tokens tokens, int t) {
    return (tokens.flags(t) & (Lexicon.FIRST_NAME | Tokens.ALL_LOWER | Lexicon.COMMON_WORD | Lexicon.FUNCTION_WORD | Lexicon.PLACE))
        == (Lexicon.FIRST_NAME | Tokens.ALL_LOWER);
  }

  /** How many words a signature after a dash at the end of a message may have: "— mia & theo". */
  private static final int SIGNATURE_WORDS = 3;

  private static boolean isDashBeforeLastWords(Tokens tokens, int t, String trimmedGap) {
    return tokens.count() - t <= SIGNATURE_WORDS && (trimmedGap.equals("\u2014") || trimmedGap.equals("\u2013"));
  }

  /**
   * "[20:35] Radu: who's driving?", "12/03/24, 14:05 - Priya: on my way": the word that starts a
   * line of a chat log, after at most a timestamp, and is followed by a colon.
   */
  static boolean isSpeakerLabel(Tokens tokens, int t) {
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    if (end + 1 >= text.length() || text.charAt(end) != ':' || text.charAt(end + 1) != ' ') {
      return false;
    }
    // the line's start is looked for only as far back as a timestamp and an indent reach: a text of "Ana: Ana: …"
    // on one line would otherwise be read back to its start for every word
    int limit = Math.max(0, start - MAX_LINE_OPENING);
    int lineStart = start;
    while (lineStart > limit && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    boolean lineFound = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
    return lineFound && ChatTimestamps.labelStart(text, lineStart) == start;
  }

  /** How far a speaker's label may stand from its line's start: a timestamp and an indent. */
  private static final int MAX_LINE_OPENING = 128;

  private static boolean isIntroduction(Tokens tokens, int p, String gap) {
    if (isNameOn(tokens, p)) {
      return gap.equals(" ") || gap.equals(": ");
    }
    if (!tokens.has(p, Lexicon.NAME_CONTEXT)) {
      return false; // every introduction ends in one of the WORDS
    }
    boolean spaceOnly = gap.equals(" ");
    if (spaceOnly && isContractedIs(tokens, p, "name")) {
      return true; // "my name's Bruno"
    }
    String label = gap.strip();
    boolean labelled = label.equals(":") || label.equals("|") || label.equals("\uff1a"); // and the full-width colon of CJK forms
    if (tokens.is(p, "surname")) {
      return labelled || label.equals("-") || spaceOnly; // "surname PATEL" on a visa form
    }
    if (tokens.is(p, "name") || tokens.is(p, "names")) {
      return labelled || label.equals("-") || spaceOnly && (tokens.is(p, "names") || tokens.isAny(p - 1, NAME_FIELDS));
    }
    if (labelled && (tokens.isAny(p, ROLE_LABELS) || tokens.isAny(p, NAME_LABELS))) {
      return true;
    }
    if (spaceOnly && tokens.isAny(p, UNPUNCTUATED_NAME_LABELS) && tokens.has(p + 1, Lexicon.FIRST_NAME)) {
      return true; // a listed given name only: "नाम" is also "fame", "الاسم" the name of a thing
    }
    if (!spaceOnly && !label.equals(":")) {
      return false;
    }
    // "my name is", and the same in the languages chat mixes in: "mi nombre es", "mein Name ist", "meu nome é"
    boolean nameIs = tokens.isAny(p, IS_WORDS) && tokens.isAny(p - 1, NAME_WORDS);
    // "the name on the card is", "name on the booking is"
    boolean nameOnIs = tokens.is(p, "is") && tokens.is(p - 3, "on") && tokens.is(p - 4, "name");
    boolean myName = tokens.isAny(p, MY_NAME) || tokens.isAny(p, NAME_AFTER_MY) && tokens.isAny(p - 1, MY);
    return nameIs || nameOnIs || myName || tokens.is(p, "is") && tokens.isAny(p - 1, ROLE_LABELS)
        || tokens.is(p, "me") && tokens.is(p - 1, "call")
        || tokens.isAny(p, NAMING_WORDS) || tokens.is(p, "called") && !tokens.is(p - 1, "i")
        || tokens.is(p, "by") && tokens.is(p - 1, "written")
        || tokens.is(p, "llamo") && tokens.is(p - 1, "me");
  }

  /** True if token {@code p} ends "name on (the) card", "name on booking": a form's field, whose name follows. */
  private static boolean isNameOn(Tokens tokens, int p) {
    int on = tokens.isAny(p - 1, ARTICLES) ? p - 2 : p - 1;
    return tokens.is(on, ON) && tokens.isAny(on - 1, NAME_WORDS) && !tokens.has(p, Lexicon.FUNCTION_WORD);
  }

  private static final long ON = Tokens.key("on");

  /** Words that a name follows, whatever comes before them: "named", "signed", "je m'appelle", "ich heiße". */
  private static final long[] NAMING_WORDS = Tokens.keys("named signed appelle m'appelle m\u2019appelle heiße heisse heter heet chiamo");

  /** "is" and "name" in the languages whose "my name is" comes before a name. */
  private static final long[] IS_WORDS = Tokens.keys(IS_WORD_LIST);
  private static final long[] NAME_WORDS = Tokens.keys("name nombre nome nom imię namn navn");
  static final long[] ARTICLES = Tokens.keys("the a an");
  private static final long[] PLEASE_WORDS = Tokens.keys("please pls plz plss thanks thx ty");
  /** "passenger name Amara Nwosu", "full name Jo Park": a form field naming whose name follows. */
  private static final long[] NAME_FIELDS = Tokens.keys(
      "passenger full legal guest patient customer client applicant tenant account holder traveller"
          + " traveler first last maiden user display real contact cardholder billing shipping delivery recipient"
          + " sender beneficiary order booking reservation lead");

  /** "thank you", "love you", "miss you", "see you": the next word is often who is addressed. */
  private static boolean isThankYou(Tokens tokens, int p) {
    return tokens.is(p, "you") && (tokens.is(p - 1, "thank") || tokens.is(p - 1, "love") || tokens.is(p - 1, "miss") || tokens.is(p - 1, "see"));
  }

  /** "it's", "name's": the tokenizer splits off the 's, so look for word, apostrophe, s. */
  private static boolean isContractedIs(Tokens tokens, int p, String word) {
    return tokens.isApostropheS(p) && tokens.is(p - 1, word);
  }

  /** The word starts a message, follows punctuation or follows a function word. */
  private static boolean startsPhrase(Tokens tokens, int t) {
    return t == 0 || !tokens.gapIs(t, " ") || tokens.has(t - 1, Lexicon.FUNCTION_WORD);
  }

  /** True if the token is a role that a person's name follows: "payee", "applicant". */
  static boolean isRoleLabel(Tokens tokens, int t) {
    return tokens.has(t, Lexicon.NAME_CONTEXT) && tokens.isAny(t, ROLE_LABELS); // the flag first: most words are none of the WORDS
  }

  static boolean isPossessive(Tokens tokens, int t) {
    return tokens.isAny(t, POSSESSIVES);
  }

  /** "my", "the", and "my" in the languages chat mixes in: "mi jefa Victoria", "meri behen aishwarya", "mia nonna diana". */
  private static final long[] POSSESSIVES = Tokens.keys(
      "my our your his her their the mi mis mia mio meu minha meri mera mere ma mon mes meine mein mijn min mitt मेरा मेरी मेरे আমার");

  /** The commas of Arabic, Ethiopic and CJK text, which part a greeting or sign-off from a name as "," does: "تحياتي، هند الكعبي", "አመሰግናለሁ፣ አበበ". */
  private static final String OTHER_COMMAS = "\u060c\u1363\uff0c\u3001";

  private static String asLatinComma(String trimmedGap) {
    return trimmedGap.length() == 1 && OTHER_COMMAS.indexOf(trimmedGap.charAt(0)) >= 0 ? "," : trimmedGap;
  }
}
