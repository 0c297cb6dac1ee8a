package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.COMMON_WORD;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;
import static io.traingate.pii.detect.Lexicon.LAST_NAME;
import static io.traingate.pii.detect.Lexicon.NAME_PARTICLE;
import static io.traingate.pii.detect.Lexicon.NAME_VERB;
import static io.traingate.pii.detect.Lexicon.PLACE;
import static io.traingate.pii.detect.Tokens.ALL_LOWER;
import static io.traingate.pii.detect.Tokens.ALL_UPPER;
import static io.traingate.pii.detect.Tokens.CAPITALIZED;
import static io.traingate.pii.detect.Tokens.HAS_DIGIT;
import static io.traingate.pii.detect.Tokens.JOINED;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * People's names. A word is a name when its context says so (a greeting, "my name is", a title,
 * "my sister", a sign-off) and it looks like one, or, without context, when it is a capitalised
 * entry of the name lists that is not also an everyday word ("Will", "May" and "Grant" alone are
 * words). A found name extends over following surname-like words.
 */
public final class PersonDetector implements Detector {

  private static final int MAX_EXTRA_WORDS = 3;
  private static final int CUE_WORDS = Lexicon.TITLE | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.RELATION | Lexicon.GOV_CUE;

  @Override
  public void detect(ScannedText text, List<Span> out) {
    Tokens tokens = text.tokens();
    int t = nextCandidate(tokens, 0);
    while (t >= 0) {
      if (isHeadingArticle(tokens, t) || NameContext.isVietnameseKinTitle(tokens, t) && tokens.has(t + 1, CAPITALIZED) // "anh Tuấn"
          || opensDate(tokens, t)) {
        t = nextCandidate(tokens, t + 1);
        continue;
      }
      int honorific = tokens.has(t, JOINED) ? Math.max(honorificStart(tokens, t), caseEndingStart(tokens, t)) : -1;
      if (honorific >= 0) {
        out.add(new Span(EntityType.PERSON, tokens.start(t), honorific));
        t = nextCandidate(tokens, t + 1);
        continue;
      }
      int firstName = firstNameAfterSurname(tokens, t);
      if (firstName >= 0) {
        out.add(new Span(EntityType.PERSON, tokens.start(t), tokens.end(firstName)));
        t = nextCandidate(tokens, firstName + 1);
        continue;
      }
      NameContext context = NameContext.before(tokens, t);
      boolean selfIdentified = identifiesSelf(tokens, t);
      if (selfIdentified || startsName(tokens, t, context) || isNamedByWhatFollows(tokens, t) || isAddressee(tokens, t)) {
        int last = extend(tokens, t, context == NameContext.INTRODUCTION || selfIdentified);
        if (!namesSomethingElse(tokens, t, last, context)) {
          out.add(new Span(EntityType.PERSON, nameStart(tokens, t), tokens.end(last)));
          int partner = coordinatedName(tokens, last);
          if (partner >= 0) {
            last = extend(tokens, partner, false);
            out.add(new Span(EntityType.PERSON, tokens.start(partner), tokens.end(last)));
          }
        }
        t = nextCandidate(tokens, last + 1);
      } else {
        t = nextCandidate(tokens, t + 1);
      }
    }
    if (tokens.anyHas(Tokens.HAS_CJK)) {
      CjkNames.find(tokens, out);
    }
    if (tokens.anyHas(Tokens.INNER_CAPITAL)) {
      NguniNames.find(tokens, out); // "nguSipho", "kaThandeka"
    }
    if (tokens.mayHold('\n') && tokens.text().indexOf('\n') >= 0) {
      TableNames.find(text, out); // a table has lines
    }
    if (tokens.mayHold('?') && tokens.text().indexOf('?') >= 0) {
      AnsweredNames.find(tokens, out); // a name asked for
    }
    if (tokens.mayHold('@') && tokens.text().indexOf('@') >= 0) {
      MentionedNames.find(tokens, out);
    }
    SpeakerNames.find(tokens, out); // a chat log's speakers, before a colon or a time's (it looks for a colon first)
    if (tokens.mayHold('\n')) {
      RosterNames.find(tokens, out); // a list's lines, each a name and a phone number
    }
    if (tokens.mayHold('(')) {
      AgedNames.find(tokens, out); // a household's children, each with an age in brackets
    }
    CallSignNames.find(tokens, out); // a radio net's operators, each after a call sign (its search of digits returns at once without any)
    AttendeeNames.find(tokens, out); // the names that minutes list after "present": "出席 李丽华、刘志强", "참석 박성호, 박서연"
    IdHolderNames.find(tokens, out); // a form's name before the holder's identity number: "kayıt: Oğuz Çelik, TC Kimlik No: …"
    OwnerNames.find(tokens, out); // the name next to a value of its own: the number it is reached at, its SSN, its wallet
    if (tokens.mayHold('"') && tokens.text().indexOf("\":") >= 0 || tokens.mayHold('\'') && tokens.text().indexOf("':") >= 0) {
      KeyedNames.find(tokens.text(), out); // pasted JSON or a dict
    }
    LogUserNames.find(tokens, out); // login names in pasted logs
    CommitPeopleNames.find(tokens, out); // a commit log's authors and trailers: "Signed-off-by: 조지훈"
    ToldNames.find(tokens, out); // the one a message asks to tell something, in scripts without case
    PossessorNames.find(tokens, out); // the owner of a person's thing, in scripts without case
    ThaiNames.find(tokens, out); // Thai names after the title คุณ or a role's "is"
    VouchedListNames.find(tokens, out); // the names of a list whose other names are a person's: "Kat, Big Sue, Shay, Ramona Fierro"
    DayRosterNames.find(tokens, out); // a rota's names, a line for each day: "Mon: Nagy Bence & Noura\nTue: Diogo"
    RepeatedNames.find(tokens, out); // last: a name found by any rule above, said again
  }

  /** "Montag 7:15", "Rev. March 2024": a day's or month's name before a number, read only where one follows. */
  private static boolean opensDate(Tokens tokens, int t) {
    return (tokens.has(t + 1, Tokens.ALL_DIGITS) || tokens.has(t + 2, Tokens.ALL_DIGITS)) && CalendarWords.opensDate(tokens, t);
  }

  /** Arabic kunyas, "father of" and "mother of", which name a parent by a child's name: "أبو يوسف", "أم خالد". */
  private static final long[] KUNYAS = Tokens.keys("أبو ابو أم ام");

  /** "son of" and "daughter of" in Malay and Arabic names written in Latin letters: "Faizal bin Karim", "Nurul binti Ismail". */
  private static final long[] PATRONYMICS = Tokens.keys("bin binti bint ibn bte");

  /**
   * Where the name that opens at token {@code t} starts: at its kunya, which is part of the name, if
   * one stands before it; at the given name before a patronymic, listed or not, whose father's name
   * {@code t} is ("Hubungi Faizal bin Karim": Karim is listed, Faizal not).
   */
  private static int nameStart(Tokens tokens, int t) {
    if (t > 0 && tokens.isAny(t - 1, KUNYAS) && tokens.gapIs(t, " ")) {
      return tokens.start(t - 1);
    }
    int patronymic = t - 1;
    boolean fathersName = patronymic > 0 && tokens.gapIs(t, " ") && tokens.gapIs(patronymic, " ") && tokens.has(patronymic, ALL_LOWER)
        && tokens.isAny(patronymic, PATRONYMICS) && isNameWord(tokens, patronymic - 1);
    return fathersName ? tokens.start(patronymic - 1) : tokens.start(t);
  }

  /**
   * The next word from {@code from} on whose flags allow a name. The test reads flags alone, in a
   * tight loop, as it rules out most words ("the", "to", "I") and a stop costs more than a skip.
   */
  private static int nextCandidate(Tokens tokens, int from) {
    for (int t = from; t < tokens.count(); t++) {
      if ((tokens.flags(t) & MAY_START_NAME) == 0) {
        continue; // most words: lower case and in no name list, ruled out by one test
      }
      if (couldStartName(tokens.flags(t)) || mayBeIntroducedCaseless(tokens, t) || isInitialAfterTitle(tokens, t)) {
        return t;
      }
    }
    return -1;
  }

  /** A word without one of these flags passes none of the tests of {@link #nextCandidate}. */
  private static final int MAY_START_NAME = FIRST_NAME | LAST_NAME | CAPITALIZED | Tokens.CASELESS | ALL_UPPER;

  /**
   * "Agent R. Delacroix", "Dr. A. Khan": after a title, an initial that is also a function word of
   * chat ("r", "a", "u", "i") before its full stop and a name word. Flags first: most tokens are no
   * capital function word.
   */
  private static boolean isInitialAfterTitle(Tokens tokens, int t) {
    return (tokens.flags(t) & (ALL_UPPER | FUNCTION_WORD)) == (ALL_UPPER | FUNCTION_WORD) && t > 0 && tokens.has(t - 1, Lexicon.TITLE)
        && isMiddleInitial(tokens, t) && isNameWord(tokens, t + 1);
  }

  /**
   * A word of a script without case after a word that may introduce a name ("اسمي"), greet one
   * ("مرحبا") or hold a role in a form ("customer ዳዊት ገብሬ,"), which names no list holds may follow.
   */
  private static boolean mayBeIntroducedCaseless(Tokens tokens, int t) {
    return (tokens.flags(t) & (Tokens.CASELESS | Tokens.HAS_CJK | CUE_WORDS)) == Tokens.CASELESS && t > 0
        && tokens.has(t - 1, Lexicon.NAME_CONTEXT | Lexicon.GREETING | Lexicon.RELATION);
  }

  /**
   * A cue word is never the name itself ("Dear Sir", "hi Team"), and no rule below takes a
   * function word that no name list holds ("I", "Our") nor a lower-case everyday word.
   */
  private static boolean couldStartName(int flags) {
    boolean listed = (flags & (FIRST_NAME | LAST_NAME)) != 0;
    if ((flags & CAPITALIZED) == 0) { // most words, ruled out by two tests
      // an everyday word that is also a given name may still be one after a relation: "my sister jade"
      int everyday = (flags & Lexicon.NAME_LIKE_WORD) != 0 ? 0 : COMMON_WORD;
      return listed && (flags & (FUNCTION_WORD | everyday | NAME_VERB | HAS_DIGIT | CUE_WORDS)) == 0;
    }
    return (flags & (HAS_DIGIT | CUE_WORDS)) == 0 && ((flags & FUNCTION_WORD) == 0 || listed);
  }

  /** "The" of a heading is no name, though a name list holds it; {@link #nextCandidate} passes no other function word. */
  private static boolean isHeadingArticle(Tokens tokens, int t) {
    return tokens.has(t, FUNCTION_WORD) && tokens.isAny(t, DETERMINERS) && !isInitialAfterTitle(tokens, t); // not "Dr. A. Khan"
  }

  /** Honorifics after a name: Turkish, with any case ending ("Umut Bey'e", "Ayşe Hanım", "Osman Efendi"), and Hindi "जी" ("सुनीता शर्मा जी"). */
  private static final List<String> HONORIFICS_AFTER_NAME = List.of("bey", "hanım", "hanim", "efendi", "जी", "ji");

  /** True if the token is an honorific that follows a name, so no part of it. */
  private static boolean isHonorificAfterName(Tokens tokens, int t) {
    String text = tokens.text();
    for (String honorific : HONORIFICS_AFTER_NAME) {
      int end = tokens.start(t) + honorific.length();
      boolean whole = end == tokens.end(t) || end < tokens.end(t) && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
      if (whole && text.regionMatches(true, tokens.start(t), honorific, 0, honorific.length())) {
        return true;
      }
    }
    return false;
  }

  /** Japanese honorifics that the tokenizer joins to a name by their hyphen: Haruto-kun, Tanaka-san. */
  private static final List<String> HONORIFICS = List.of("-san", "-kun", "-chan", "-sama", "-sensei", "-senpai");
  private static final int MIN_HONORED_NAME = 2;
  private static final int MIN_HONORIFIC = "-san".length();

  /** Where the honorific of a capitalised name starts (its hyphen), or -1: "Sora-chan" is Sora. */
  private static int honorificStart(Tokens tokens, int t) {
    if (!tokens.has(t, JOINED) || !tokens.has(t, CAPITALIZED) || tokens.length(t) < MIN_HONORED_NAME + MIN_HONORIFIC) {
      return -1;
    }
    String text = tokens.text();
    for (String honorific : HONORIFICS) {
      int hyphen = tokens.end(t) - honorific.length();
      if (hyphen - tokens.start(t) >= MIN_HONORED_NAME && text.charAt(hyphen) == '-'
          && text.regionMatches(true, hyphen, honorific, 0, honorific.length())) {
        return hyphen;
      }
    }
    return -1;
  }

  private static final String TURKISH_VOWELS = "aeıioöuüâîû";

  private static boolean isTurkishVowel(char c) {
    return TURKISH_VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /** The longest case ending that Turkish writes after a name's apostrophe: "'ndan", "'ydi". */
  private static final int MAX_CASE_ENDING = 5;

  /**
   * Where the case ending of a capitalised listed name starts (its apostrophe), or -1: Turkish writes
   * a proper name's endings after an apostrophe, "Emre'ye söyle", "Zeynep'in taksisi". The ending is
   * lower-case letters; the name no place ("Ankara'da"), everyday word, honorific ("Umut Bey'e") nor
   * acronym ("IP'm"); one letter before the apostrophe is a surname's prefix ("O'Neil").
   */
  private static int caseEndingStart(Tokens tokens, int t) {
    if (!tokens.has(t, CAPITALIZED) || isHonorificAfterName(tokens, t)) {
      return -1;
    }
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    int apostrophe = -1;
    for (int i = start + MIN_HONORED_NAME; i < end && apostrophe < 0; i++) {
      char c = text.charAt(i);
      apostrophe = c == '\'' || c == '\u2019' ? i : -1;
    }
    // Turkish puts a consonant between a name's final vowel and an ending's first ("Emre'ye", "Ayşe'nin"): "Juma'a" is Hausa
    if (apostrophe < 0 || end - apostrophe - 1 > MAX_CASE_ENDING || Character.isUpperCase(text.charAt(start + 1))
        || isTurkishVowel(text.charAt(apostrophe - 1)) && isTurkishVowel(text.charAt(apostrophe + 1))) {
      return -1;
    }
    for (int i = apostrophe + 1; i < end; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return -1;
      }
    }
    int flags = Lexicon.get().flags(text.subSequence(start, apostrophe)); // a rare token: a capitalised word with an inner apostrophe
    return (flags & (FIRST_NAME | LAST_NAME)) != 0 && (flags & (COMMON_WORD | PLACE | FUNCTION_WORD)) == 0 ? apostrophe : -1;
  }

  private static boolean startsName(Tokens tokens, int t, NameContext context) {
    boolean listed = tokens.has(t, FIRST_NAME | LAST_NAME);
    // A word in capitals is shouting or an acronym ("DOT rules"), unless it is a listed name on a
    // form or signature ("NAME: WANJIRU KAMAU"), the first of a full name in capitals, or follows
    // a title in capitals ("MS. OYELARAN" on a pickup sign).
    boolean shoutedName = listed && (context == NameContext.INTRODUCTION || context == NameContext.SIGN_OFF
        || isShouted(tokens, t + 1) && tokens.has(t + 1, FIRST_NAME | LAST_NAME) && tokens.gapIs(t + 1, " "))
        || context == NameContext.TITLE && isShouted(tokens, t - 1);
    boolean capitalized = tokens.has(t, CAPITALIZED) && (!isShouted(tokens, t) || shoutedName);
    boolean function = tokens.has(t, FUNCTION_WORD);
    // Lower case is weak evidence in chat, so a lower-case word must be a listed name that is no everyday
    // word, nor an article or a compass or region code that name lists hold ("el", "la", "ne").
    boolean code = tokens.has(t, Lexicon.DIRECTION | Lexicon.REGION_CODE) && tokens.length(t) <= 2;
    boolean lowerName = tokens.has(t, ALL_LOWER) && listed && !function && !code && !tokens.has(t, COMMON_WORD | NAME_VERB | NAME_PARTICLE);
    // "Mr. van der Linden", "Herr von Weizsäcker": after a title, a surname's particles start the name
    if (context == NameContext.TITLE && tokens.has(t, NAME_PARTICLE) && tokens.has(t, ALL_LOWER)) {
      int surname = afterParticles(tokens, t);
      return surname > t && surname < tokens.count() && tokens.gapIs(surname, " ") && isNameWord(tokens, surname);
    }
    return switch (context) {
      // a script without case shows no capital: there a listed name after the cue is enough ("氏名：佐藤 健一")
      // "the nurse said": after a title or relation, a verb of speech is what it does, though Said is a name
      case INTRODUCTION, TITLE, RELATION -> capitalized ? listed || !function && !isFieldLabel(tokens, t) || isInitialAfterTitle(tokens, t)
          : lowerName && (context == NameContext.INTRODUCTION || !tokens.isAny(t, SPEECH_VERBS))
              || tokens.has(t, Tokens.CASELESS) && (listed || context == NameContext.INTRODUCTION && isIntroducedCaselessWord(tokens, t))
              || context != NameContext.INTRODUCTION && isLowerNameLikeWord(tokens, t) // "my sister jade", "ms. rose"
              || context == NameContext.TITLE && isLowerUnlistedSurname(tokens, t);
      case GREETING, SIGN_OFF -> capitalized
          ? (listed || !function && !tokens.has(t, COMMON_WORD | PLACE)) && !startsSentence(tokens, t)
          : lowerName || (tokens.has(t, FIRST_NAME) && !function || isGreetedCaselessWord(tokens, t)) && tokens.has(t, Tokens.CASELESS) // "مرحبا أحمد"
              && (tokens.has(t - 1, Lexicon.GREETING | Lexicon.SIGNOFF) || context == NameContext.SIGN_OFF && tokens.has(t, FIRST_NAME)); // "… — فاطمة"
      case WEAK_INTRODUCTION -> {
        boolean selfIntroduced = capitalized && introducesSelf(tokens, t);
        // "fluent in German and English": after "and" or "with", an everyday word is one even where a name list holds it
        boolean everydayAfterConjunction = tokens.isAny(t - 1, CONJUNCTIONS) && tokens.has(t, COMMON_WORD) && !tokens.has(t, Lexicon.NAME_LIKE_WORD);
        yield capitalized
            ? (!tokens.has(t, PLACE) || selfIntroduced) && (listed && !everydayAfterConjunction || !function && !tokens.has(t, COMMON_WORD) && selfIntroduced)
            : lowerName || tokens.has(t, Tokens.CASELESS) && tokens.has(t, FIRST_NAME) && !function; // "אני נועה לוי"
      }
      // a role before a name in lower case, as notes and receipts write it: "plumber desmond +1 205 …", "chef priya says"
      case NAME_VERB -> capitalized && tokens.has(t, FIRST_NAME) && !tokens.has(t, PLACE)
              && (!function && !startsSentence(tokens, t) || isAddressedBy(tokens, t - 1) && tokens.has(t, Lexicon.NAME_LIKE_WORD))
          || lowerName && (isAddressedBy(tokens, t - 1) || tokens.has(t, FIRST_NAME) && (isAgentOfParticiple(tokens, t - 1) || isNamedAfterRole(tokens, t)))
          || bareName(tokens, t);
      // "wallet: 0x…" is a form field, so a speaker must be a listed first name; a rota's day is none ("Thu: Felix & Sem")
      case SPEAKER -> tokens.has(t, FIRST_NAME) && !isFieldLabel(tokens, t) && (capitalized ? !function && !tokens.has(t, PLACE) : lowerName)
              && !isRotaDay(tokens, t)
          || bareName(tokens, t);
      case NONE -> bareName(tokens, t);
    };
  }

  /**
   * A name-like phrase that names a place or an organisation instead ("San Diego", "São Paulo",
   * "Nike Bank", "Johnson & Johnson", "the Hilton"), unless the context says it is a person.
   */
  static boolean namesSomethingElse(Tokens tokens, int first, int last, NameContext context) {
    if (context == NameContext.INTRODUCTION || context == NameContext.TITLE || context == NameContext.RELATION) {
      return false;
    }
    int next = last + 1;
    // "Johnson & Johnson", "Barnes & Noble" are firms, "mia & theo" signing a card and "Julie & Asif" are not
    int partner = next < tokens.count() && tokens.gapIs(next, " & ") ? next : first > 0 && tokens.gapIs(first, " & ") ? fullNameEndingAt(tokens, first - 1) : -1;
    // a full name before "&" is a person's ("Hilary Wainwright & Obi"): firms put family names alone ("Marks & Spencer")
    boolean fullNameBefore = partner == next && last > first && tokens.has(first, FIRST_NAME);
    boolean firm = tokens.has(first, CAPITALIZED) && partner >= 0 && !fullNameBefore && !areGivenNames(tokens, first, partner);
    boolean organisation = (tokens.isAny(last, ORGANISATION_WORDS) || tokens.isAny(last, SERVICE_WORDS)) && last > first
        || next < tokens.count() && tokens.gapIs(next, " ") && tokens.isAny(next, ORGANISATION_WORDS) && !isLowerAfterCapitals(tokens, first, next)
        || firm;
    boolean place = tokens.isAny(first, PLACE_PREFIXES) && last > first
        || first > 0 && (tokens.gapIs(first, " ") || tokens.gapIs(first, ". ")) && tokens.isAny(first - 1, PLACE_PREFIXES);
    boolean afterDeterminer = context == NameContext.NONE && first > 0 && tokens.gapIs(first, " ") && tokens.isAny(first - 1, DETERMINERS)
        && !(isListedFullName(tokens, first, last) && tokens.isAny(first - 1, INDEFINITE_ARTICLES));
    // "Grace Avenue", "Hope Street": a street word that is no name ends a street's name
    boolean street = last > first && tokens.has(last, Lexicon.STREET_SUFFIX) && !tokens.has(last, FIRST_NAME | LAST_NAME | Lexicon.NAME_LIKE_WORD);
    return organisation || place || afterDeterminer || street || context == NameContext.NONE && endsProperNoun(tokens, first);
  }

  /** "Maria Santos sa bahay": a firm's word in lower case after a capitalised name is a word of the sentence (Tagalog "sa", "at"). */
  private static boolean isLowerAfterCapitals(Tokens tokens, int first, int word) {
    return tokens.has(word, ALL_LOWER) && tokens.has(first, CAPITALIZED);
  }

  /** The first word of the capitalised words that end at {@code last}, single-spaced: "Ivy Stone" of "Ivy Stone & Heather Frost". */
  private static int fullNameEndingAt(Tokens tokens, int last) {
    int first = last;
    while (first > 0 && last - first < MAX_EXTRA_WORDS && tokens.gapIs(first, " ") && tokens.has(first - 1, CAPITALIZED)) {
      first--;
    }
    return first;
  }

  /**
   * True if the two words joined by "&" are listed given names, not both also surnames as firms'
   * founders are ("Marks & Spencer"), and the pair owns nothing as a brand does ("Ben & Jerry's").
   */
  private static boolean areGivenNames(Tokens tokens, int one, int other) {
    int second = Math.max(one, other);
    return tokens.has(one, FIRST_NAME) && tokens.has(other, FIRST_NAME) && !(tokens.has(one, LAST_NAME) && tokens.has(other, LAST_NAME))
        && !tokens.isApostropheS(second + 1);
  }

  /**
   * "intestato a Alessandro Ferri", "an Meera Pillai", "é a Fernanda Lima": "a" and "an" are
   * also prepositions and the article before names in Portuguese, so a listed first name and a
   * listed surname stay a person after them.
   */
  private static boolean isListedFullName(Tokens tokens, int first, int last) {
    return last > first && tokens.has(first, FIRST_NAME) && tokens.has(last, LAST_NAME);
  }

  /**
   * "the Marriott Marquis", "a Honda Jazz": a name word right after an article and a capitalised
   * word that is no name is the end of a hotel's, shop's or product's name.
   */
  private static boolean endsProperNoun(Tokens tokens, int first) {
    int previous = first - 1;
    return previous > 0 && tokens.gapIs(first, " ") && tokens.gapIs(previous, " ") && tokens.has(previous, CAPITALIZED) && isLetterWord(tokens, previous)
        && !tokens.has(previous, FIRST_NAME | LAST_NAME | FUNCTION_WORD | CUE_WORDS | Lexicon.NAME_VERB)
        && tokens.isAny(previous - 1, DETERMINERS);
  }

  private static final long[] ORGANISATION_WORDS = Tokens.keys(
      "bank inc ltd llc plc gmbh corp corporation co company group hotel hotels resort post times news"
          + " sa spa srl sarl sas bv nv ag kg oy pty pvt llp"
          + " airlines airways motors university college institute foundation capital partners holdings labs"
          + " studios insurance securities ventures technologies systems solutions consulting media records fc"
          + " store stores museum");
  /**
   * Last words of the name of a service or a department ("Customer Service", "Helix Analytics"),
   * which a name is often followed by in chat ("Arjun office aayenge"), so only as its last word.
   */
  private static final long[] SERVICE_WORDS =
      Tokens.keys("analytics team support service services desk office centre center department reception helpdesk hotline sales clinic hospital pharmacy restaurant cafe");
  /** Words that begin place names whose second word is also a first name: San Diego, Santa Monica, St. Patrick, św. Anny. */
  private static final long[] PLACE_PREFIXES = Tokens.keys(
      "san santa santo são sao saint sainte st ste los las fort port mount mt lake cape puerto porto rio"
          // the Polish, Czech and Slovak saint, cut with a dot, whose name a parish and a street bear: "parafii św. Małgorzaty"
          + " św sw sv"
          + " villa new north south east west");
  /** "the Hilton", "a Mercedes": people's names rarely follow an article. */
  private static final long[] DETERMINERS = Tokens.keys("the a an this that these those every each another");
  private static final long[] INDEFINITE_ARTICLES = Tokens.keys("a an");

  /** Words after which a lower-case listed name is someone: "tunde just deployed", "kasia can you review". */
  private static final long[] PERSON_PREDICATES = Tokens.keys(
      "is was has had just can could will would should said says told asked wants needs thinks knows went"
          + " got sent left joined and ur isn't wasn't hasn't didn't doesn't can't won't did does posted replied"
          + " texted called wrote"
          // "says", "said", "has", "is", "can", "already" in the languages chat mixes in: "paula dice que no viene", "marco ha
          // perso", "johan kan du", "bayu udah beli"
          + " dice dijo disse diz dit sagt sagte hat ist kan est är ha nanya bilang udah sudah"
          // "sent" and "is" in Spanish, Portuguese and Czech, Slovak and Croatian: "joana mandou um beijo", "lucie je doma po 10:00"
          + " mandó envió mandou enviou je");

  /**
   * "salma's idea", "tunde just deployed", "pedro ur mic is muted": a lower-case listed first name
   * that is no everyday word, at the start of a clause, followed by a possessive or by what people do.
   */
  private static boolean isLowerCaseSubject(Tokens tokens, int t, boolean ordinary) {
    int next = t + 1;
    if (!tokens.has(t, ALL_LOWER) || !tokens.has(t, FIRST_NAME) || !ordinary || tokens.has(t, NAME_VERB) || next >= tokens.count()) {
      return false;
    }
    boolean possessive = tokens.isApostropheS(next);
    boolean predicate = tokens.gapIs(next, " ") && tokens.isAny(next, PERSON_PREDICATES);
    return (possessive || predicate) && startsClause(tokens, t);
  }

  /**
   * The start of a message or clause, or after a small word ("tbh salma's", "i think svetlana
   * has"): not after a noun, as in "office line is", nor after an article.
   */
  private static boolean startsClause(Tokens tokens, int t) {
    if (t == 0 || !tokens.gapIs(t, " ")) {
      return true;
    }
    int previous = t - 1;
    return !tokens.isAny(previous, DETERMINERS)
        && (tokens.has(previous, FUNCTION_WORD | NAME_VERB | Lexicon.GREETING | Lexicon.SIGNOFF)
            || tokens.isAny(previous, "think", "guess", "know", "hope", "heard", "bet"));
  }

  /**
   * "thx, Rose to the occasion", "welcome Bill me later": an everyday word that reads as the
   * start of a sentence (a lower-case function or common word follows) is not a name, unless
   * that word says where someone is or joins another name ("met Mercy and Precious").
   */
  private static boolean startsSentence(Tokens tokens, int t) {
    int next = t + 1;
    return tokens.has(t, COMMON_WORD | FUNCTION_WORD) && next < tokens.count() && tokens.gapIs(next, " ")
        && tokens.has(next, ALL_LOWER) && tokens.has(next, FUNCTION_WORD | COMMON_WORD) && !tokens.isAny(next, WHERE_SOMEONE_IS)
        && !(tokens.is(next, FOR) && tokens.isAny(t - 1, THANKS)) && coordinatedName(tokens, t) < 0;
  }

  /** "Thanks Reed for the report", "thank you Grace for coming": who is thanked for something. */
  private static final long FOR = Tokens.key("for");
  private static final long[] THANKS = Tokens.keys("thanks thank thx ty you");

  /** "ask Faith in billing", "Grace from the front desk", "Hope at reception": a person's place, no sentence. */
  private static final long[] WHERE_SOMEONE_IS = Tokens.keys("in from at");

  private static final long[] AND_WORDS = Tokens.keys("and und y e et");
  /** The weak introductions that are conjunctions: "coffee with Jade", "Tom and Lily". */
  private static final long[] CONJUNCTIONS = Tokens.keys("and with");

  /**
   * "Sky and River", "met Mercy and Precious", "— mia & theo": the word joined by "and" or "&" to
   * the name that ends at {@code last}, if it is a name-like word of the same case; or -1.
   */
  private static int coordinatedName(Tokens tokens, int last) {
    int joiner = last + 1;
    if (joiner >= tokens.count()) {
      return -1;
    }
    int partner = tokens.gapIs(joiner, " & ") ? joiner
        : tokens.gapIs(joiner, " ") && tokens.isAny(joiner, AND_WORDS) && joiner + 1 < tokens.count() && tokens.gapIs(joiner + 1, " ") ? joiner + 1
        : -1;
    if (partner < 0 || !isLetterWord(tokens, partner) || tokens.has(partner, FUNCTION_WORD | PLACE | CUE_WORDS)) {
      return -1;
    }
    boolean sameCase = tokens.has(last, CAPITALIZED)
        ? tokens.has(partner, CAPITALIZED) && !isShouted(tokens, partner)
        : tokens.has(partner, ALL_LOWER) && !tokens.has(partner, COMMON_WORD | NAME_VERB);
    return sameCase && tokens.has(partner, FIRST_NAME | Lexicon.NAME_LIKE_WORD) ? partner : -1;
  }

  /** Words after which a capitalised name, even one that is an everyday word, is someone: "Summer said". */
  private static final long[] SPEECH_VERBS = Tokens.keys("said says told asked wants thinks knows texted called calls posted replied mentioned wrote");

  /**
   * "Summer said to call", "Holly Fairbairn asked", "Destiny's number", "Mark's idea": a capitalised
   * listed first name that speaks (alone or with a surname) or owns something is someone, even where
   * it is also an everyday word. A name that is also a function word only speaks: no modal stands
   * before "says" or "asked" ("Will says").
   */
  private static boolean actsAsPerson(Tokens tokens, int t) {
    int next = t + 1;
    if (!tokens.has(t, FIRST_NAME) || tokens.has(t, PLACE) || isShouted(tokens, t) || next >= tokens.count()) {
      return false;
    }
    boolean function = tokens.has(t, FUNCTION_WORD);
    if (tokens.gapIs(next, " ")) {
      return tokens.isAny(next, SPEECH_VERBS) || isSurnameBeforeSpeech(tokens, next)
          || !function && isInSentence(tokens, t) && tokens.isAny(next, PERSON_PREDICATES) && !tokens.isAny(t, MONTHS_THAT_ARE_NAMES);
    }
    if (function) {
      return false;
    }
    int owned = next + 1;
    boolean possessive = tokens.isApostropheS(next);
    return possessive && owned < tokens.count() && tokens.gapIs(owned, " ") && tokens.has(owned, ALL_LOWER)
        && !tokens.has(owned, FUNCTION_WORD);
  }

  /** The "Fairbairn" of "Holly Fairbairn asked": a capitalised word that is no everyday word, place nor cue, then a verb of speech. */
  private static boolean isSurnameBeforeSpeech(Tokens tokens, int t) {
    return tokens.has(t, CAPITALIZED) && isLetterWord(tokens, t)
        && !tokens.has(t, ALL_UPPER | COMMON_WORD | FUNCTION_WORD | CUE_WORDS | PLACE | NAME_VERB)
        && tokens.gapIs(t + 1, " ") && tokens.isAny(t + 1, SPEECH_VERBS);
  }

  /** "dr. abdelrahman", "mrs okonkwo": after a title, a lower-case word that no list holds and no everyday word is. */
  private static boolean isLowerUnlistedSurname(Tokens tokens, int t) {
    return tokens.has(t, ALL_LOWER) && tokens.length(t) >= 3 && isLetterWord(tokens, t)
        && !tokens.has(t, FIRST_NAME | LAST_NAME | COMMON_WORD | FUNCTION_WORD | NAME_VERB | CUE_WORDS | PLACE | NAME_PARTICLE);
  }

  /**
   * "اسمي رنا العتيبي", "मेरा नाम राहुल शर्मा है": after "my name" in a script without case, whose
   * names the lists mostly lack, a word is a name unless it is Han, kana or Hangul (whose names
   * {@link CjkNames} reads from their frames), a function word or a word that ends the name.
   */
  private static boolean isIntroducedCaselessWord(Tokens tokens, int t) {
    return !tokens.has(t, Tokens.HAS_CJK | FUNCTION_WORD) && !endsIntroducedName(tokens, t);
  }

  /** "is" and "am" after a name in Hindi, Urdu, Persian and Amharic: "मेरा नाम राहुल शर्मा है", "من مریم احمدی هستم", "ስሜ ሕይወት አለሙ ነው". */
  private static final long[] COPULAS = Tokens.keys("है हूँ हूं हैं ہوں ہے هستم است ነው");
  private static final char ARABIC_AND = '\u0648';

  /**
   * True if the word after an introduced name in a script without case ends it: a copula, a phone's
   * label ("ญาติ สมชาย ศรีสุข โทร …"), or in Arabic a word that opens with the "and" written onto it
   * ("اسمي رنا العتيبي وأحتاج"), unless a list holds it as a name (وليد).
   */
  private static boolean endsIntroducedName(Tokens tokens, int t) {
    return tokens.isAny(t, COPULAS) || tokens.text().charAt(tokens.start(t)) == ARABIC_AND && !tokens.has(t, FIRST_NAME | LAST_NAME)
        || NameContext.isPhoneWord(tokens, t);
  }

  /** "my sister jade", "my bff summer": after a relation, an everyday word that is also a given name is one. */
  private static boolean isLowerNameLikeWord(Tokens tokens, int t) {
    return tokens.has(t, ALL_LOWER) && tokens.has(t, FIRST_NAME) && tokens.has(t, Lexicon.NAME_LIKE_WORD) && !tokens.has(t, FUNCTION_WORD);
  }

  /** Fields that a name label heads in a table or a form, and name labels themselves: "| Name | Phone |", "Name: Email", "Jina: …". */
  private static final long[] FIELD_LABELS = Tokens.keys(TableColumns.PERSON_FIELDS + " subject");

  static boolean isFieldLabel(Tokens tokens, int t) {
    return tokens.isAny(t, FIELD_LABELS) || NameContext.isNameLabel(tokens, t);
  }

  /** Verbs whose object is someone to reach: "call tyler at …", "tell Mark to …", "ask Will if …", "chiama giuliano", "bel elise". */
  private static final long[] CONTACT_VERBS = Tokens.keys(
      "call ask tell text email ping message dm cc thank invite remind pay chiama ruf bel llama");
  /** The articles that Tagalog and Indonesian put before a person's name, in any case: "sabihan mo si rowena", "si yusuf nanya". */
  private static final long[] PERSON_ARTICLES = Tokens.keys("si kay");
  /** "read my last message from ngozi": after a message, "from" names who sent it. */
  private static final long FROM = Tokens.key("from");
  /** What is written to someone, also in the languages chat mixes in: "a poem for Bill", "un mensaje para enrique". */
  private static final long[] MESSAGES = Tokens.keys("message messages text texts email emails mail voicemail dm note card letter poem"
      + " speech toast mensaje mensagem messaggio nachricht bericht wiadomość carta lettre brief");
  /** The words that say whom a message is for: "to", "for" and the same in those languages ("à", "an", "para", "aan"). */
  private static final long[] TO_SOMEONE = Tokens.keys("to for à an para pour per aan für a");

  /**
   * "write a text to jade", "a birthday poem for Bill", "un message à arthur", "eine nachricht an
   * Flora": right after a message and a word for whom it is, a listed given name is the one it
   * is for, even one that is an everyday word; not a month ("move the speech to June") nor an
   * article that lists hold ("mensaje para el colegio").
   */
  private static boolean isAddressee(Tokens tokens, int t) {
    int to = t - 1;
    return tokens.has(t, FIRST_NAME) && !tokens.has(t, PLACE | FUNCTION_WORD | NAME_PARTICLE) && !isShouted(tokens, t) && to > 0
        && tokens.gapIs(t, " ") && tokens.isAny(to, TO_SOMEONE) && tokens.gapIs(to, " ") && tokens.isAny(to - 1, MESSAGES)
        && !tokens.isAny(t, MONTHS_THAT_ARE_NAMES);
  }

  /**
   * True if token {@code verb} is a verb of reaching someone, or the "a" that marks its person
   * ("llama a francisco"), the verb written in lower case or starting the message, so that the word
   * after it is its object and no new sentence ("tell Mark to mark it").
   */
  private static boolean isAddressedBy(Tokens tokens, int verb) {
    boolean marked = NameContext.isPersonalObjectMarker(tokens, verb); // "llama a francisco": the verb before the "a"
    int reaching = marked ? verb - 1 : verb;
    boolean reaches = marked || tokens.isAny(verb, CONTACT_VERBS) || tokens.isAny(verb, PERSON_ARTICLES) || tokens.is(verb, FROM) && tokens.isAny(verb - 1, MESSAGES);
    return reaches && (tokens.has(reaching, ALL_LOWER) || reaching == 0) && tokens.gapIs(verb + 1, " ")
        && !tokens.isAny(reaching - 1, DETERMINERS) && !NameContext.isPossessive(tokens, reaching - 1); // "the call", "my text": nouns
  }

  private static final long BY = Tokens.key("by");
  /** What people do to tickets, notes, requests and commits, whose doer "by" names. */
  private static final long[] RECORD_ACTS = Tokens.keys(
      "opened closed taken approved submitted assigned reported requested reviewed created raised updated edited posted committed"
          + " signed prepared authorised authorized verified checked logged filed");

  /**
   * True if token {@code by} is the "by" of a passive after a lower-case act on a record, so that
   * the word after it is who acted: "ticket opened by tran bao ngoc", "notes taken by kelechi". The
   * name after it must still be a listed given name in lower case, which a firm rarely is; and
   * a passive of a means ("delivered by post", "met by chance") names none.
   */
  private static boolean isAgentOfParticiple(Tokens tokens, int by) {
    int participle = by - 1;
    return tokens.is(by, BY) && tokens.gapIs(by, " ") && tokens.has(participle, ALL_LOWER) && tokens.isAny(participle, RECORD_ACTS);
  }

  /**
   * True if a role stands one space before the lower-case given name {@code t} ("plumber desmond +1 …",
   * "chef priya says"), and after it comes no function word, as in Hinglish's "courier wale ko" ("the
   * courier ones"; Wale is also a Yoruba name), nor an everyday word that a name list holds as a
   * surname, whose name would be cut in half ("new contact john long mobile …").
   */
  private static boolean isNamedAfterRole(Tokens tokens, int t) {
    int next = t + 1;
    boolean spaced = tokens.gapIs(next, " ") && tokens.has(next, ALL_LOWER);
    boolean continued = spaced && (tokens.has(next, FUNCTION_WORD) || tokens.has(next, LAST_NAME) && tokens.has(next, COMMON_WORD));
    return tokens.has(t - 1, Lexicon.RELATION) && tokens.gapIs(t, " ") && !continued;
  }

  /** "jake here", "its irina again": who writes. */
  private static final long[] HERE = Tokens.keys("here again");
  /** "its" written for "it's"; "it's" itself is "it" and an 's to the tokenizer. */
  private static final long ITS = Tokens.key("its");
  private static final long[] POLITE_ASKS = Tokens.keys("can could would will");
  private static final long PLEASE = Tokens.key("please");
  private static final long[] OWN_NAME_WORDS = Tokens.keys("surname name lastname");

  /**
   * "hey its thomas here", "jake here 👋", "domenico segebahn-budig here, new number": a listed
   * first name, and at most one more word, then "here" where a clause ends: who is writing.
   */
  private static boolean identifiesSelf(Tokens tokens, int t) {
    if (!tokens.isAny(t + 1, HERE) && !tokens.isAny(t + 2, HERE)) {
      return false; // most words: told by the word after them
    }
    // "hey its bill here": after "its" even a name that is an everyday word
    boolean everyday = tokens.has(t, COMMON_WORD) && !(tokens.has(t, Lexicon.NAME_LIKE_WORD) && tokens.is(t - 1, ITS));
    if (!tokens.has(t, FIRST_NAME) || everyday || tokens.has(t, FUNCTION_WORD | PLACE) || !startsClause(tokens, t)) {
      return false;
    }
    int here = t + 1;
    if (!tokens.isAny(here, HERE) && isLetterWord(tokens, here) && !tokens.has(here, FUNCTION_WORD | COMMON_WORD | CUE_WORDS)
        && tokens.gapIs(here, " ")) {
      here++;
    }
    return here < tokens.count() && tokens.isAny(here, HERE) && tokens.gapIs(here, " ") && endsClause(tokens, here);
  }

  /** True if nothing but punctuation, emoji or the end of the text follows token {@code t}. */
  private static boolean endsClause(Tokens tokens, int t) {
    if (t + 1 >= tokens.count()) {
      return true;
    }
    String gap = tokens.gapBefore(t + 1);
    return !gap.isEmpty() && !gap.equals(" ");
  }

  /**
   * "can timothy please confirm", "Can Max please …", "Zayas is my surname": a listed first name
   * asked to do something, or a capitalised word said to be one's own name.
   */
  private static boolean isNamedByWhatFollows(Tokens tokens, int t) {
    int next = t + 1;
    if (isAddressedAfter(tokens, t) || isAddressedFirst(tokens, t) || isAddressedBeforeYou(tokens, t) || precedesPronouns(tokens, t)) {
      return true;
    }
    if (next + 1 >= tokens.count() || !tokens.gapIs(next, " ") || !isLetterWord(tokens, t)) {
      return false;
    }
    if (tokens.is(next, PLEASE)) {
      return tokens.has(t, FIRST_NAME) && tokens.isAny(t - 1, POLITE_ASKS) && tokens.gapIs(t, " ")
          && (!tokens.has(t, FUNCTION_WORD | COMMON_WORD) || tokens.has(t, CAPITALIZED) && tokens.has(t, Lexicon.NAME_LIKE_WORD))
          || isAskedToPlease(tokens, t);
    }
    if (tokens.isAny(next, CHAT_PLEASE)) {
      return isAskedToPlease(tokens, t);
    }
    return tokens.has(t, CAPITALIZED) && !tokens.has(t, FUNCTION_WORD | CUE_WORDS) && tokens.is(next, "is")
        && tokens.is(next + 1, "my") && tokens.isAny(next + 2, OWN_NAME_WORDS)
        || isQuestionSubject(tokens, t);
  }

  /** "Kai (he/him)", "Ana (she/her)": the pronouns that profiles and signatures give in brackets after a listed given name. */
  private static boolean precedesPronouns(Tokens tokens, int t) {
    int next = t + 1;
    return tokens.has(t, CAPITALIZED) && tokens.has(t, FIRST_NAME) && tokens.gapIs(next, " (") && tokens.isAny(next, SUBJECT_PRONOUNS)
        && tokens.gapIs(next + 1, "/") && tokens.isAny(next + 1, OBJECT_PRONOUNS);
  }

  private static final long[] SUBJECT_PRONOUNS = Tokens.keys("he she they ze xe");
  private static final long[] OBJECT_PRONOUNS = Tokens.keys("him her them they zir xem hir");

  /** "please" as chat shortens it. */
  private static final long[] CHAT_PLEASE = Tokens.keys("pls plz plss");

  /**
   * "… at the front desk. declan pls take it down": a listed given name that opens a sentence or a
   * line right before "please" is the one asked, in lower case too; no everyday word ("Grace please").
   */
  private static boolean isAskedToPlease(Tokens tokens, int t) {
    return tokens.has(t, FIRST_NAME) && !tokens.has(t, FUNCTION_WORD | COMMON_WORD | PLACE) && opensSentence(tokens, t);
  }

  /**
   * True if token {@code t} is a function word of another language that name lists hold, opening a
   * sentence as words do ("Ada yang …", "Jos sataa …"), and no capitalised word follows it as a
   * surname does ("Ada Lovelace").
   */
  private static boolean isFunctionWordOpening(Tokens tokens, int t) {
    return !tokens.has(t + 1, CAPITALIZED) && StopWords.holds(tokens, t) && opensSentence(tokens, t);
  }

  /** True if the token opens the text, a line or a sentence. */
  private static boolean opensSentence(Tokens tokens, int t) {
    if (t == 0 || tokens.gapHolds(t, '\n')) {
      return true;
    }
    String gap = tokens.gapBefore(t).strip();
    return !gap.isEmpty() && ".!?".indexOf(gap.charAt(gap.length() - 1)) >= 0;
  }

  /** "You" as chat writes it, right after the one it speaks to. */
  private static final long[] YOU = Tokens.keys("you you're youre u");
  /** Verbs that open a wish, a farewell or a remark with no "I" before "you": "Hope you're well", "See you", "Miss you". */
  private static final long[] WISHES_BEFORE_YOU = Tokens.keys("hope trust bless mind see miss love catch");

  /**
   * "Amber you're on vocals", "Grace you need to sign": a capitalised given name that opens a
   * sentence right before "you" speaks to someone, even one that is also a word; not a verb of
   * wishing ("Hope you're well") nor a modal ("Will you come?", a function word).
   */
  private static boolean isAddressedBeforeYou(Tokens tokens, int t) {
    int next = t + 1;
    if (!tokens.isAny(next, YOU) || !tokens.gapIs(next, " ") || !tokens.has(t, CAPITALIZED) || !tokens.has(t, FIRST_NAME)
        || tokens.has(t, FUNCTION_WORD | CUE_WORDS | PLACE) || isShouted(tokens, t) || tokens.isAny(t, WISHES_BEFORE_YOU)) {
      return false;
    }
    return opensSentence(tokens, t);
  }

  /**
   * Words that address the one whose given name they follow: Persian "jan", "bhai" in Urdu, Hindi
   * and Bengali (and Hindi "bhaiya"), Bengali "apa", Turkish "abi" and "abla", Vietnamese "ơi"; the respectful Hindi
   * "ji" and "didi" (elder sister) and Urdu "sahib".
   */
  private static final long[] ADDRESS_WORDS_AFTER_NAME = Tokens.keys("جان بھائی भाई भैया ভাই আপা bhai abi abla ơi जी दीदी صاحب ताई గారు باجی");
  /**
   * The honorifics after a name of Tamil and Bengali, which write the name's case ending onto the
   * honorific: "முருகன் ஐயாவிடம்" (to Murugan-aiya), "லட்சுமி அம்மாவுக்கு", "செந்தில் அண்ணனிடம்",
   * "জামাল সাহেবকে", "শিলা আপুর", "সুমন ভাইয়ার"; so the word need only open with one. Tamil's elder brother is
   * written without the final virama that its endings replace (அண்ணன் → அண்ணனிடம்).
   */
  private static final List<String> HONORIFICS_WITH_ENDINGS = List.of("அம்மா", "ஐயா", "அண்ணன", "அண்ணா", "அக்கா", "সাহেব", "আপু", "ভাইয়া");

  /** True if the token is a word of address after a name, or an honorific of {@link #HONORIFICS_WITH_ENDINGS} with any case ending. */
  private static boolean isAddressWordAfterName(Tokens tokens, int t) {
    if (tokens.isAny(t, ADDRESS_WORDS_AFTER_NAME)) {
      return true;
    }
    if (t >= tokens.count() || !tokens.has(t, Tokens.CASELESS)) {
      return false;
    }
    for (String honorific : HONORIFICS_WITH_ENDINGS) {
      if (tokens.text().startsWith(honorific, tokens.start(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "علی جان، به مهدی بگو", "करण भाई, सुनीता को", "mustafa abi gümrükte": a listed given name, then a
   * word of address; in a script without case a listed family name too ("शर्मा जी की स्विफ्ट").
   */
  private static boolean isAddressedAfter(Tokens tokens, int t) {
    int next = t + 1;
    int listed = tokens.has(t, Tokens.CASELESS) ? FIRST_NAME | LAST_NAME : FIRST_NAME;
    return isAddressWordAfterName(tokens, next) && tokens.gapIs(next, " ") && tokens.has(t, listed)
        && !tokens.has(t, FUNCTION_WORD | COMMON_WORD | CUE_WORDS) && isLetterWord(tokens, t)
        && !NameContext.isVietnameseKinTitle(tokens, t); // "anh ơi": the older brother addressed, no name
  }

  /** The commas of the scripts without case, which close a name that opens a message or fills a form's field: Latin, Arabic, Ethiopic. */
  static final String ADDRESS_COMMAS = ",\u060c\u1363";

  /**
   * "ফারহানা, কাল স্কুলে অভিভাবক সভা", "ብርቱካን፣ …": a listed given name of a script without case
   * that opens a line, closed by a comma, is the one the message speaks to.
   */
  private static boolean isAddressedFirst(Tokens tokens, int t) {
    String text = tokens.text();
    int end = tokens.end(t);
    return end < text.length() && ADDRESS_COMMAS.indexOf(text.charAt(end)) >= 0 && isCaselessPlainWord(tokens, t)
        && tokens.has(t, FIRST_NAME) && !tokens.has(t, COMMON_WORD) && (t == 0 || tokens.gapHolds(t, '\n'));
  }

  /** Auxiliaries that open a question before its subject: "does caroline still live at …". */
  private static final long[] QUESTION_AUXILIARIES = Tokens.keys("does did is was has had will can could would should");
  /** Words that follow a question's subject and no object: adverbs of time and degree. */
  private static final long[] SUBJECT_ADVERBS = Tokens.keys("still ever really also even already just never always");

  /**
   * "does caroline still live at …", "did james call you", "is sarah coming": a listed first name,
   * no everyday word, between a question's auxiliary and an adverb, a verb of reaching someone or
   * a verb in -ing.
   */
  private static boolean isQuestionSubject(Tokens tokens, int t) {
    int next = t + 1;
    boolean verbFollows = tokens.isAny(next, SUBJECT_ADVERBS) || tokens.has(next, Lexicon.NAME_VERB) && tokens.has(next, ALL_LOWER)
        || tokens.has(next, ALL_LOWER) && tokens.length(next) > 4 && tokens.text().startsWith("ing", tokens.end(next) - 3);
    return verbFollows && tokens.isAny(t - 1, QUESTION_AUXILIARIES) && tokens.gapIs(t, " ") && startsClause(tokens, t - 1)
        && tokens.has(t, FIRST_NAME) && !tokens.has(t, FUNCTION_WORD | COMMON_WORD | PLACE) && tokens.length(t) >= 3;
  }

  /**
   * "Campbell, Jessica", as lists, forms and labels write names: at the start of a line, a field or
   * a list entry ("Name: Castillo, Andrea M.", "To: O'Brien, Siobhán", "Harris, Dwight — 644-…",
   * "2. ABERNATHY, Rose", "07:10 Gupta, Anjali", "… — Weiss, Hannah — no"), a listed surname (in
   * capitals too, as registers write it), a comma and a listed first name, with its middle initial
   * or a second given name if one follows ("Pereyra, Marta Inés"), unless another name follows it
   * as in a list of given names ("Mason, Carlos, Ana"). Notes write it after a role too, which says
   * enough that the surname need not be listed: "caller Jiménez, Carlos", "Pt Oyelaran, Folasade".
   * The last token of the name, or -1.
   */
  private static int firstNameAfterSurname(Tokens tokens, int t) {
    int first = t + 1;
    boolean afterRole = followsRole(tokens, t);
    boolean surname = isNameWord(tokens, t) || isShouted(tokens, t) && isLetterWord(tokens, t) && !tokens.has(t, FUNCTION_WORD | CUE_WORDS);
    // a surname that also names a place starts a list of places: "Austin, Charlotte and Phoenix"
    if (first >= tokens.count() || !tokens.has(t, LAST_NAME) && !afterRole || tokens.has(t, PLACE) || !tokens.has(first, FIRST_NAME)
        || !tokens.gapIs(first, ", ") || !surname || !isNameWord(tokens, first)) {
      return -1;
    }
    // the gaps are read only now, for the few words left: an entry's field counts only where the name fills it
    // ("— Hamid, Yara and me" lists given names)
    boolean field = afterRole || startsField(tokens, t);
    boolean entry = !field && opensEntryField(tokens, t);
    if (!field && !entry) {
      return -1;
    }
    int last = first;
    int next = first + 1;
    if (next < tokens.count() && tokens.length(next) == 1 && tokens.has(next, Tokens.ALL_UPPER) && tokens.gapIs(next, " ")
        && (next + 1 >= tokens.count() || tokens.gapBefore(next + 1).startsWith("."))) {
      last = next; // the middle initial: "Andrea M."
      next++;
    } else if (next < tokens.count() && tokens.gapIs(next, " ") && tokens.has(next, FIRST_NAME) && isNameWord(tokens, next) && !tokens.has(next, LAST_NAME)) {
      last = next; // a second given name: "Marta Inés"
      next++;
    }
    boolean listGoesOn = next < tokens.count() && tokens.gapIs(next, ", ") && tokens.has(next, CAPITALIZED);
    // a surname that is also a given name must fill its field: "Ekipa: Marek, Wojtek." lists two given names
    boolean fillsField = endsEntryField(tokens, last);
    return listGoesOn || (entry || tokens.has(t, FIRST_NAME) && !afterRole) && !fillsField ? -1 : last;
  }

  /** True if the token starts the text, a line or a labelled field ("Name: ", "To: ", a tab or a cell's "| "). */
  private static boolean startsField(Tokens tokens, int t) {
    if (t == 0) {
      return true;
    }
    String gap = tokens.gapBefore(t);
    return gap.indexOf('\n') >= 0 || gap.endsWith(": ") || gap.endsWith("\t") || gap.endsWith("| ");
  }

  /** Hyphen, en dash, em dash: what parts the fields of a list entry, and opens a signature. */
  private static final String DASHES = "-\u2013\u2014";

  /** True if the token opens a field of a list entry after a spaced dash, or an entry after its number or time ("2. ", "07:10 "). */
  private static boolean opensEntryField(Tokens tokens, int t) {
    String gap = tokens.gapBefore(t);
    boolean afterDash = gap.length() >= 2 && gap.endsWith(" ") && DASHES.indexOf(gap.charAt(gap.length() - 2)) >= 0;
    return afterDash || followsEntryNumber(tokens, t);
  }

  /** True if a list number or a time that opens the line stands right before the token: "2. ABERNATHY", "07:10 Gupta". */
  private static boolean followsEntryNumber(Tokens tokens, int t) {
    int number = t - 1;
    if (!tokens.has(number, Tokens.ALL_DIGITS) || !tokens.gapIs(t, ". ") && !tokens.gapIs(t, " ")) {
      return false;
    }
    int opening = tokens.has(number - 1, Tokens.ALL_DIGITS) && tokens.gapIs(number, ":") ? number - 1 : number; // the hour of "07:10"
    return opening == 0 || tokens.gapHolds(opening, '\n');
  }

  /** True if the field ends after the token: a spaced dash, a line break or the text's end. */
  private static boolean endsEntryField(Tokens tokens, int t) {
    String text = tokens.text();
    int end = tokens.end(t);
    return end == text.length() || text.charAt(end) == '\n'
        || end + 2 < text.length() && text.charAt(end) == ' ' && DASHES.indexOf(text.charAt(end + 1)) >= 0 && text.charAt(end + 2) == ' ';
  }

  /** The people of claims, calls and charts, beyond the role labels of forms: "caller Jiménez, Carlos", "Pt Oyelaran, Folasade". */
  private static final long[] CASE_ROLES = Tokens.keys("caller claimant insured policyholder pt");

  /** True if a role or a relation stands right before the token, with a space: "caller Jiménez", "customer Park". */
  private static boolean followsRole(Tokens tokens, int t) {
    int role = t - 1;
    return role >= 0 && tokens.gapIs(t, " ")
        && (tokens.isAny(role, CASE_ROLES) || NameContext.isRoleLabel(tokens, role) || tokens.has(role, Lexicon.RELATION));
  }

  /**
   * True if the capitalised word {@code t} stands inside a sentence, after a lower-case word that is
   * no article or preposition: "honestly Penny is", not "in June is" nor the start of a sentence.
   */
  private static boolean isInSentence(Tokens tokens, int t) {
    int previous = t - 1;
    return previous >= 0 && tokens.gapIs(t, " ") && tokens.has(previous, ALL_LOWER) && !tokens.isAny(previous, DETERMINERS)
        && !tokens.isAny(previous, PREPOSITIONS);
  }

  /** "… June was rainy": a month that is also a given name does what months do. */
  static final long[] MONTHS_THAT_ARE_NAMES = Tokens.keys("april may june august");
  private static final long[] PREPOSITIONS = Tokens.keys("in on at since by until till from for of to during before after");

  /** Longest full name that {@link #precedesContactData} reads: "Charlotte Dubois Hale". */
  private static final int MAX_CONTACT_NAME_WORDS = 3;

  /**
   * "Gareth Pugh, 0113 246 8921", "Rangi Parata | rangi@example.io", "Jo Park / +1 416 …": two
   * or three capitalised words right before a phone number or an e-mail address are whose they
   * are, listed or not.
   */
  private static boolean precedesContactData(Tokens tokens, int t) {
    if (!isNameWord(tokens, t)) {
      return false;
    }
    int last = t;
    while (last + 1 < tokens.count() && last - t + 1 < MAX_CONTACT_NAME_WORDS && isNameWord(tokens, last + 1)
        && tokens.gapIs(last + 1, " ")) {
      last++;
    }
    int contact = last + 1;
    if (last == t || contact >= tokens.count()) {
      return false;
    }
    String separator = tokens.gapBefore(contact).strip();
    if (separator.endsWith("+") || separator.endsWith("(")) {
      separator = separator.substring(0, separator.length() - 1);
    }
    if (separator.length() != 1 || CONTACT_SEPARATORS.indexOf(separator.charAt(0)) < 0) {
      return false;
    }
    return tokens.has(contact, Tokens.ALL_DIGITS) || isEmailUser(tokens, contact);
  }

  private static final String CONTACT_SEPARATORS = ",/|-\u2013\u2014<(\u00b7";

  /** A capitalised word that may be part of a name: no everyday word unless also a name ("Hunter Lane"). */
  private static boolean isNameWord(Tokens tokens, int t) {
    return tokens.has(t, CAPITALIZED) && isLetterWord(tokens, t) && !isShouted(tokens, t) && !tokens.has(t, FUNCTION_WORD | CUE_WORDS)
        && (!tokens.has(t, COMMON_WORD) || tokens.has(t, Lexicon.NAME_LIKE_WORD));
  }

  /** True if the address of a mail header follows the word: "Deep <unnideep39@gmail.com>". */
  private static boolean precedesMailAddress(Tokens tokens, int t) {
    return t + 1 < tokens.count() && tokens.gapIs(t + 1, " <") && isEmailUser(tokens, t + 1);
  }

  /** Longest run of dotted parts before the "@" of an e-mail address: "ines.m.carvalho@". */
  private static final int MAX_EMAIL_USER_PARTS = 3;

  private static boolean isEmailUser(Tokens tokens, int t) {
    for (int next = t + 1; next < tokens.count() && next <= t + MAX_EMAIL_USER_PARTS; next++) {
      if (tokens.gapIs(next, "@")) {
        return true;
      }
      if (!tokens.gapIs(next, ".") && !tokens.gapIs(next, "_")) {
        return false;
      }
    }
    return false;
  }

  /** "I'm Chidi Okonkwo", "this is Kwame from the front desk": a capitalised full name or a "from"/"here" after it. */
  private static boolean introducesSelf(Tokens tokens, int t) {
    int next = t + 1;
    if (next >= tokens.count()) {
      return false;
    }
    boolean spaced = tokens.gapIs(next, " ");
    return spaced && (tokens.has(next, CAPITALIZED) && !tokens.has(next, FUNCTION_WORD) || tokens.is(next, "from") || tokens.is(next, "here"));
  }

  /** Without context: a capitalised listed name that is no everyday word, or a two-word full name. */
  private static boolean bareName(Tokens tokens, int t) {
    boolean capitalized = tokens.has(t, CAPITALIZED);
    if (capitalized && isModelCode(tokens, t + 1)) {
      return false; // "Martin D-28 or Taylor 814ce": a make and its model
    }
    boolean ordinary = !tokens.has(t, FUNCTION_WORD | COMMON_WORD | PLACE | NAME_PARTICLE) && tokens.length(t) >= 3
        && !NameContext.isNameLabel(tokens, t); // "Jina: Rehema Mwangi": Swahili's "name", also a given name
    if (capitalized && tokens.has(t, FIRST_NAME) && ordinary && !tokens.has(t, Tokens.ALL_UPPER) && !isFunctionWordOpening(tokens, t)
        || isLowerCaseSubject(tokens, t, ordinary)) {
      return true;
    }
    if (capitalized && (actsAsPerson(tokens, t) || precedesContactData(tokens, t) || startsCoordinatedNames(tokens, t))) {
      return true;
    }
    int next = t + 1;
    // "Watanabe Hiroshi": a surname, then a given name that is no surname, as East Asian names are written
    boolean surnameFirst = capitalized && ordinary && tokens.has(t, LAST_NAME) && !tokens.has(t, FIRST_NAME) && tokens.gapIs(next, " ")
        && tokens.has(next, CAPITALIZED) && tokens.has(next, FIRST_NAME) && !tokens.has(next, FUNCTION_WORD | COMMON_WORD | PLACE | LAST_NAME);
    if (surnameFirst || placeNamedPerson(tokens, t) || initialsSurname(tokens, t) || everydayFullName(tokens, t) || caselessFullName(tokens, t)) {
      return true;
    }
    boolean surname = tokens.has(next, LAST_NAME) && isLetterWord(tokens, next) && !tokens.has(next, FUNCTION_WORD | COMMON_WORD)
        && tokens.length(next) >= 3;
    if (!surname || !tokens.gapIs(next, " ")) {
      return false;
    }
    if (capitalized) {
      // "Real Madrid": a surname that is also a place makes a full name only after a listed first name
      return tokens.has(next, CAPITALIZED) && !tokens.has(t, FUNCTION_WORD)
          && (tokens.has(t, FIRST_NAME) || ordinary && !tokens.has(next, PLACE));
    }
    // in lower case, a function word of another language is no name: "uma hora", "nella sala", "ay yeni bir"
    return tokens.has(t, ALL_LOWER) && tokens.has(next, ALL_LOWER) && tokens.has(t, FIRST_NAME) && ordinary
        && !StopWords.holds(tokens, t) && !StopWords.holds(tokens, next);
  }


  /**
   * "Bill Young", "Penny Bell", "Faith Long": a listed given name and a listed family name that are
   * both everyday words, both capitalised, alone between words that are not: capitals on two such
   * words, and on no word around them as a heading's would be, make a full name.
   */
  private static boolean everydayFullName(Tokens tokens, int t) {
    int next = t + 1;
    boolean pair = tokens.has(t, FIRST_NAME) && tokens.has(next, LAST_NAME) && tokens.gapIs(next, " ")
        && tokens.has(t, CAPITALIZED) && tokens.has(next, CAPITALIZED) && isLetterWord(tokens, next) && tokens.length(next) >= 3
        && !tokens.has(t, FUNCTION_WORD | PLACE | Tokens.ALL_UPPER) && !tokens.has(next, FUNCTION_WORD | PLACE | Tokens.ALL_UPPER);
    return pair && !tokens.isAny(next, VENUE_SURNAMES) && !joinsCapital(tokens, t - 1, t) && !joinsCapital(tokens, next + 1, next);
  }

  /**
   * "المريض خالد المنصوري", "על שם דניאל אברהם", "मंदिर में प्रिया वर्मा": in a script without case, a
   * listed given name and a listed family name side by side are a full name though no cue stands
   * before them: such a script shows no capitals, and two listed words seldom stand in that order
   * as anything else.
   */
  private static boolean caselessFullName(Tokens tokens, int t) {
    int next = t + 1;
    return isCaselessPlainWord(tokens, t) && tokens.has(t, FIRST_NAME) && tokens.has(next, LAST_NAME) && tokens.gapIs(next, " ")
        && isCaselessPlainWord(tokens, next) && !tokens.has(t, COMMON_WORD) && !tokens.has(next, COMMON_WORD);
  }

  /** Family names that more often end a building's or a venue's name: "Young Hall", "Rose Bowl", "Crystal Court". */
  private static final long[] VENUE_SURNAMES = Tokens.keys("hall house tower court lane bowl garden gardens");

  /** True if token {@code t} is a capitalised word one space from its neighbour {@code neighbour}: a heading's or a title's word. */
  private static boolean joinsCapital(Tokens tokens, int t, int neighbour) {
    return t >= 0 && t < tokens.count() && tokens.has(t, CAPITALIZED) && tokens.gapIs(Math.max(t, neighbour), " ");
  }

  /** Models are short codes; a longer run of letters and digits is a key, hash or wallet ("Adaeze 0xbd64…"). */
  private static final int MAX_MODEL_CODE = 8;

  /**
   * "J. Smith", "P. Jansen", "J. de Boer": a capital initial and its full stop before a listed
   * surname (after any particles) that names no place. Not the last letter of an abbreviation
   * ("Ph.D. Molecular", "Jl. M.H. Thamrin"), nor a letter that ends a sentence ("row K. Face value").
   */
  private static boolean initialsSurname(Tokens tokens, int t) {
    if (tokens.length(t) != 1 || !tokens.has(t, Tokens.ALL_UPPER) || t + 1 >= tokens.count() || !tokens.gapIs(t + 1, ". ")
        || t > 0 && tokens.gapIs(t, ".")) {
      return false;
    }
    int surname = afterParticles(tokens, t + 1);
    return surname < tokens.count() && isNameWord(tokens, surname) && tokens.has(surname, LAST_NAME) && !tokens.has(surname, PLACE);
  }

  /** The first token from {@code t} on that is no name particle, after at most two ("van der Heijden", "de la Fuente"). */
  private static int afterParticles(Tokens tokens, int t) {
    int after = t;
    while (after < t + 2 && after < tokens.count() && tokens.has(after, NAME_PARTICLE) && (after == t || tokens.gapIs(after, " "))) {
      after++;
    }
    return after;
  }

  /**
   * "Victoria Beckham", "Douglas Lowell", "Sofia Rossi": a given name that also names a place is a
   * person's before another listed name that is neither a place nor an everyday word.
   */
  private static boolean placeNamedPerson(Tokens tokens, int t) {
    int next = t + 1;
    return tokens.has(t, CAPITALIZED) && tokens.has(t, FIRST_NAME) && tokens.has(t, PLACE) && !tokens.has(t, FUNCTION_WORD | COMMON_WORD)
        && !isShouted(tokens, t) && tokens.gapIs(next, " ") && tokens.has(next, CAPITALIZED) && tokens.has(next, FIRST_NAME | LAST_NAME)
        && !tokens.has(next, PLACE | COMMON_WORD | FUNCTION_WORD) && isLetterWord(tokens, next) && !isShouted(tokens, next);
  }

  /**
   * A word of letters and two digits or more right after a space: a product's model (814ce, D-28,
   * GLC300), not a surname; Arabic chat writes single digits for letters ("Omar bye2ool").
   */
  private static boolean isModelCode(Tokens tokens, int t) {
    if (!tokens.has(t, Tokens.HAS_DIGIT) || tokens.has(t, Tokens.ALL_DIGITS) || !tokens.gapIs(t, " ") || tokens.length(t) > MAX_MODEL_CODE) {
      return false;
    }
    int digits = 0;
    for (int i = tokens.start(t); i < tokens.end(t); i++) {
      digits += Chars.isDigit(tokens.text().charAt(i)) ? 1 : 0;
    }
    return digits >= 2;
  }

  /** "Sky and River are starting school": two name-like words joined by "and", one a listed first name. */
  private static boolean startsCoordinatedNames(Tokens tokens, int t) {
    if (!tokens.has(t, FIRST_NAME | Lexicon.NAME_LIKE_WORD) || tokens.has(t, FUNCTION_WORD | PLACE) || isShouted(tokens, t)) {
      return false;
    }
    int partner = coordinatedName(tokens, t);
    return partner >= 0 && (tokens.has(t, FIRST_NAME) || tokens.has(partner, FIRST_NAME));
  }

  /** The last token of the name that starts at {@code first}. */
  static int extend(Tokens tokens, int first, boolean introduced) {
    if (signsInCaselessWords(tokens, first)) {
      return tokens.count() - 1;
    }
    boolean lowerName = tokens.has(first, ALL_LOWER);
    boolean shoutedName = isShouted(tokens, first);
    boolean greeted = first > 0 && tokens.has(first - 1, Lexicon.GREETING | Lexicon.SIGNOFF);
    int last = first;
    for (int added = 0; added < MAX_EXTRA_WORDS; added++) {
      int next = last + 1;
      if (next >= tokens.count() || !isLetterWord(tokens, next)) {
        break;
      }
      int afterNickname = afterQuotedNickname(tokens, last);
      if (afterNickname > 0 && !lowerName && continuesName(tokens, afterNickname, false, shoutedName, introduced)) {
        last = afterNickname; // "Lucas 'Fantasma' Pereira", "Wilfred 'Wilf' Ashdown": the nickname inside the name
        added++;
        continue;
      }
      boolean initial = tokens.length(last) == 1 && tokens.gapIs(next, ". ");
      if (!tokens.gapIs(next, " ") && !initial || isHonorificAfterName(tokens, next) || isAddressWordAfterName(tokens, next)) {
        break;
      }
      // "van der Heijden", "dela Cruz", "de la Fuente"; after a full name, a second family name ("Pereira da Silva"),
      // not where someone is from ("Julia Schneider von der Baustelle")
      int afterParticles = afterParticles(tokens, next);
      boolean fullName = last > first && tokens.has(last, LAST_NAME);
      if (afterParticles > next && afterParticles < tokens.count() && continuesAfterParticles(tokens, last, afterParticles)
          && tokens.gapIs(afterParticles, " ") && (!fullName || tokens.has(afterParticles, LAST_NAME))) {
        last = afterParticles;
        continue;
      }
      int maidenName = maidenNameAfter(tokens, next);
      if (maidenName > 0 && !lowerName) {
        last = maidenName; // "Marianny z Nowaków": née Nowak
        added++;
        continue;
      }
      if (isMiddleInitial(tokens, next) && !lowerName && continuesName(tokens, next + 1, false, shoutedName, introduced)) {
        last = next + 1; // "Jonathan R. Whitfield", "John A. Smith": an initial that chat also writes as a word
        added++;
        continue;
      }
      if (!continuesName(tokens, next, lowerName, shoutedName, introduced) && !(greeted && endsCaselessVocative(tokens, next))) {
        break;
      }
      last = next;
    }
    // "llama a francisco al +56 …", "dis à lucas de me rappeler": a particle that no surname follows ends no name in lower case
    while (lowerName && last > first && tokens.has(last, NAME_PARTICLE)) {
      last--;
    }
    return last;
  }

  /**
   * True if the word after a name's particles goes on the name: a capitalised word, or in a script
   * without case a listed name ("هشام بن علي", the Arabic "son of").
   */
  private static boolean continuesAfterParticles(Tokens tokens, int last, int afterParticles) {
    return tokens.has(afterParticles, CAPITALIZED)
        || tokens.has(last, Tokens.CASELESS) && isCaselessPlainWord(tokens, afterParticles) && tokens.has(afterParticles, FIRST_NAME | LAST_NAME);
  }

  private static final long Z = Tokens.key("z");
  /** The endings of a Polish family's name in the genitive plural, "of the Nowaks": Nowaków, Kowalskich, Dobrych. */
  private static final List<String> FAMILY_GENITIVES = List.of("ów", "ich", "ych");

  /**
   * The family name of a Polish maiden name that starts at token {@code z}, "z" and a family's
   * name in the genitive plural ("Marianny z Nowaków", "Anna z Kowalskich"), or -1; not "z" and a
   * place ("Jan z Krakowa", "Stěhování z Masarykova").
   */
  private static int maidenNameAfter(Tokens tokens, int z) {
    int family = z + 1;
    if (!tokens.is(z, Z) || !tokens.has(z, ALL_LOWER) || family >= tokens.count() || !tokens.gapIs(family, " ") || !tokens.has(family, CAPITALIZED)) {
      return -1;
    }
    for (String ending : FAMILY_GENITIVES) {
      if (tokens.text().startsWith(ending, tokens.end(family) - ending.length()) && tokens.length(family) > ending.length() + 2) {
        return family;
      }
    }
    return -1;
  }

  /** The quotes a nickname stands in between a given name and a family name: straight and curly, single and double. */
  private static final List<String> NICKNAME_QUOTES = List.of("''", "\"\"", "\u2018\u2019", "\u201c\u201d");

  /**
   * The token after a capitalised nickname in quotes that follows the name word {@code last}, as
   * gamers' and members' lists write it ("Kaan 'Reaper' Öztürk"), or -1.
   */
  private static int afterQuotedNickname(Tokens tokens, int last) {
    int nickname = last + 1;
    if (nickname + 1 >= tokens.count() || !tokens.has(last, CAPITALIZED) || !tokens.has(nickname, CAPITALIZED) || !isLetterWord(tokens, nickname)) {
      return -1;
    }
    for (String quotes : NICKNAME_QUOTES) {
      if (tokens.gapIs(nickname, " " + quotes.charAt(0)) && tokens.gapIs(nickname + 1, quotes.charAt(1) + " ")) {
        return nickname + 1;
      }
    }
    return -1;
  }

  /**
   * True if the name that opens at {@code first} is the text's last words, all of a script without
   * case and single-spaced, after punctuation or a sign-off word: a signature ("… شكراً لكِ. فاطمة
   * الزهراء علي", "— يوسف الشامي"), whose words after a given name are its family names, listed or
   * not. Not a name in the sentence's run ("اسأل عن الأستاذ محمود عند البواب"), nor after a greeting,
   * which opens a sentence ("مرحبا أحمد كيف حالك اليوم").
   */
  private static boolean signsInCaselessWords(Tokens tokens, int first) {
    int last = tokens.count() - 1;
    if (last == first || last - first > MAX_EXTRA_WORDS || !tokens.has(first, Tokens.CASELESS) || tokens.has(first, Tokens.HAS_CJK)
        || first > 0 && !opensSignature(tokens, first, last)) {
      return false;
    }
    for (int t = first + 1; t <= last; t++) {
      if (!isCaselessPlainWord(tokens, t) || !tokens.gapIs(t, " ")) {
        return false;
      }
    }
    String text = tokens.text();
    for (int i = tokens.end(last); i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True if one of the {@link #DASHES} stands between token {@code t - 1} and token {@code t}. */
  private static boolean gapHoldsDash(Tokens tokens, int t) {
    for (int i = 0; i < DASHES.length(); i++) {
      if (tokens.gapHolds(t, DASHES.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** How far back a sign-off may stand before the signature it opens: "شكراً لكِ. فاطمة …". */
  private static final int SIGNOFF_REACH = 3;

  /**
   * True if a signature may open at {@code first} and end at {@code last}: on its own line, after a
   * dash, soon after a sign-off, or after a sentence's end if a name list holds its last word ("…
   * أرجو المراجعة. سلمى بن علي"). There a name opens the next sentence as often, and the sentence
   * ends in a word that is no name ("… ٨ مساءً. إبراهيم سيحضر الطبلة", "সভা। সুমাইয়া আপা আসবেন").
   */
  private static boolean opensSignature(Tokens tokens, int first, int last) {
    if (tokens.gapHolds(first, '\n') || gapHoldsDash(tokens, first) || !tokens.gapIs(first, " ") && tokens.has(last, FIRST_NAME | LAST_NAME)) {
      return true;
    }
    for (int t = first - 1; t >= 0 && t >= first - SIGNOFF_REACH; t--) {
      if (tokens.has(t, Lexicon.SIGNOFF)) {
        return true;
      }
    }
    return false;
  }

  /** True if the token is one capital letter and a full stop before a capitalised word: a middle initial. */
  private static boolean isMiddleInitial(Tokens tokens, int t) {
    return tokens.length(t) == 1 && tokens.has(t, ALL_UPPER) && t + 1 < tokens.count() && tokens.gapIs(t + 1, ". ")
        && tokens.has(t + 1, CAPITALIZED);
  }

  /**
   * True if {@code t} continues a name: a capitalised non-word, or in a lower-case name a listed
   * name, or after "my name is" any lower-case word that is not an everyday one ("tom okafor").
   */
  private static boolean continuesName(Tokens tokens, int t, boolean lowerName, boolean shoutedName, boolean introduced) {
    if (tokens.has(t, FUNCTION_WORD | CUE_WORDS)) {
      return false;
    }
    if (isShouted(tokens, t)) { // a name in capitals goes on in capitals: "HARPREET SINGH GILL"
      return shoutedName && (introduced || tokens.has(t, FIRST_NAME | LAST_NAME) || !tokens.has(t, COMMON_WORD));
    }
    if (tokens.has(t, CAPITALIZED)) {
      // "Unni Deep <unnideep39@…>": a mail header's display name ends right before the address
      return !tokens.has(t, COMMON_WORD) || tokens.has(t, FIRST_NAME | LAST_NAME | Lexicon.NAME_LIKE_WORD) || precedesMailAddress(tokens, t);
    }
    if (tokens.has(t, Tokens.CASELESS)) {
      // a word that a copula closes goes on the name that it follows: "من مریم حسینی هستم", "میں بلال احمد ہوں"
      boolean closedByCopula = isCaselessPlainWord(tokens, t) && tokens.isAny(t + 1, COPULAS) && tokens.gapIs(t + 1, " ");
      return (tokens.has(t, FIRST_NAME | LAST_NAME) || introduced && isIntroducedCaselessWord(tokens, t) || closedByCopula)
          && tokens.has(t - 1, Tokens.CASELESS);
    }
    // "mr chen said", though Said is a name; "johan kan du …", though Kan and Du are; "llama a francisco al +56 …", though Al is
    boolean everyday = tokens.has(t, COMMON_WORD | NAME_VERB) || tokens.isAny(t, SPEECH_VERBS) || tokens.isAny(t, PERSON_PREDICATES);
    boolean functionWord = !tokens.has(t, NAME_PARTICLE) && StopWords.holds(tokens, t);
    return lowerName && !everyday && !functionWord && (introduced && tokens.length(t) > 1 || tokens.has(t, FIRST_NAME | LAST_NAME));
  }

  /**
   * "Hi أحمد حداد, reminder …", "عزيزي أحمد الشمري، نذكركم": after a greeting, a word of a script
   * without case (no Han, kana or Hangul) goes on the name when a comma or the line's end closes the
   * name right after it, as it closes a greeted name; no list need hold it, as lists mostly lack
   * those scripts' surnames.
   */
  private static boolean endsCaselessVocative(Tokens tokens, int t) {
    if (!isCaselessPlainWord(tokens, t) || !tokens.has(t - 1, Tokens.CASELESS)) {
      return false;
    }
    String text = tokens.text();
    int end = tokens.end(t);
    return end == text.length() || VOCATIVE_ENDS.indexOf(text.charAt(end)) >= 0;
  }

  /**
   * "مرحبا رانيا، شفت منشورك", "היי תמר!": right after a greeting, one word of a script without case
   * that a comma or an exclamation mark closes (after a word of address if one follows: "नमस्ते दीपिका
   * जी,") is the one greeted, listed or not, unless it greets a group or a dear one by no name
   * ("مرحبا بالجميع،", "שלום לכולם,", "هلا حبيبي،") or swears ("هلا والله،").
   */
  private static boolean isGreetedCaselessWord(Tokens tokens, int t) {
    if (!isCaselessPlainWord(tokens, t) || !tokens.gapIs(t, " ") || tokens.isAny(t, NO_ONE_GREETED)) {
      return false;
    }
    // a word of address after the name goes inside the phrase that the comma closes: "नमस्ते दीपिका जी, …"
    int closed = isAddressWordAfterName(tokens, t + 1) && tokens.gapIs(t + 1, " ") ? t + 1 : t;
    String text = tokens.text();
    int end = tokens.end(closed);
    return end < text.length() && VOCATIVE_ENDS.indexOf(text.charAt(end)) >= 0 && text.charAt(end) != '\n';
  }

  /**
   * Words of the caseless scripts of the greetings that greet no one by name: "all", "everyone" ("ሰላም ለሁላችሁ፣"),
   * "friends", "team", "guys"; "dear", "bro", "sis"; "by God".
   */
  private static final long[] NO_ONE_GREETED = Tokens.keys(
      "بكم بالجميع الجميع جميعا جميعاً جماعة شباب يا أصدقائي الأصدقاء لكم حبيبي حبيبتي أخي اخي أختي اختي صديقي الغالي والله"
          + " לכולם כולם חברים חבר'ה צוות אחי אחותי מותק יקירי יקירתי חביבי"
          + " सभी सबको दोस्तों सब भाई दीदी दोस्त அனைவருக்கும் நண்பா সবাইকে সবাই ভাই"
          // Amharic "(to) you all", "(to) everyone"
          + " ለሁላችሁ ሁላችሁ ለሁሉም ሁሉም");

  /** A word of a script without case (no Han, kana or Hangul) that is no function word nor cue, as a name of it may be. */
  static boolean isCaselessPlainWord(Tokens tokens, int t) {
    return (tokens.flags(t) & (Tokens.CASELESS | Tokens.HAS_CJK | FUNCTION_WORD | CUE_WORDS)) == Tokens.CASELESS;
  }

  /** What closes a greeted name: a comma (also the Arabic, Ethiopic and Burmese ones), an exclamation mark or a line break. */
  private static final String VOCATIVE_ENDS = ",\u060c\u1363\u104a!\n";

  /**
   * True if the label {@code t} that opens its line is a day's or month's name, and so is the label
   * of the line before or after: a rota's or a budget's lines ("Wed: Onni\nThu: Felix & Sem"), not a
   * chat whose speakers are named Jun or Dan.
   */
  private static boolean isRotaDay(Tokens tokens, int t) {
    if (!CalendarWords.isCalendarWord(tokens, t)) {
      return false;
    }
    int before = t - 1;
    while (before > 0 && !tokens.gapHolds(before, '\n')) {
      before--;
    }
    int after = t + 1;
    while (after < tokens.count() && !tokens.gapHolds(after, '\n')) {
      after++;
    }
    return before >= 0 && isCalendarLabel(tokens, before) || after < tokens.count() && isCalendarLabel(tokens, after);
  }

  private static boolean isCalendarLabel(Tokens tokens, int t) {
    return t + 1 < tokens.count() && tokens.gapIs(t + 1, ": ") && CalendarWords.isCalendarWord(tokens, t);
  }

  private static boolean isShouted(Tokens tokens, int t) {
    return tokens.has(t, ALL_UPPER) && tokens.length(t) > 1;
  }

  private static boolean isLetterWord(Tokens tokens, int t) {
    return !tokens.has(t, HAS_DIGIT);
  }
}
