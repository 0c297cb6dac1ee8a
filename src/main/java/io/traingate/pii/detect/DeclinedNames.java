package io.traingate.pii.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The case forms of Russian, Ukrainian, Greek, Hungarian and Polish names beside the
 * nominative that the name lists hold, as sentences write them: "автомобіль Тараса Коваленка"
 * (whose car), "передай Алексею" (to whom), "Жалоба от Виктории Орловой" (from whom), "Андрію, …"
 * and "Γεια σου Νίκο" (who is called), "Mondd meg Péternek", "jest u Ewy Zielińskiej". The regular endings only, by the nominative's ending; a form that no text writes
 * (a rarer stem change) costs nothing but a table entry.
 */
final class DeclinedNames {
  private DeclinedNames() {}

  /** The languages whose names are declined here, and by whose endings. */
  enum Language { RUSSIAN, UKRAINIAN, GREEK, HUNGARIAN, POLISH }

  /**
   * The oblique forms of {@code name}, a given name if {@code surname} is false; {@code feminine} if
   * its list is of women's names, whose consonant-final names (Любов) keep one form.
   */
  static List<String> of(String name, Language language, boolean surname, boolean feminine) {
    List<String> forms = new ArrayList<>(6);
    switch (language) {
      case RUSSIAN -> addRussian(name, surname, feminine, forms);
      case UKRAINIAN -> addUkrainian(name, surname, feminine, forms);
      case GREEK -> addGreek(name, forms);
      case HUNGARIAN -> addHungarian(name, forms);
      case POLISH -> addPolish(name, surname, forms);
    }
    return forms;
  }

  /**
   * Russian: Тарас → Тараса, Тарасу, Тарасом, Тарасе; Алексей → Алексея, Алексею, Алексеем;
   * Юрий → Юрия, Юрию, Юрием, Юрии; Елена → Елены, Елене, Елену, Еленой; Мария → Марии, Марию,
   * Марией; Орлов → Орлова, Орлову, Орловым; Орлова → Орловой, Орлову.
   */
  private static void addRussian(String name, boolean surname, boolean feminine, List<String> forms) {
    if (surname && endsWithAny(name, "ова", "ева", "ёва", "ина", "ына")) {
      add(name, 1, forms, "ой", "у");
    } else if (surname && endsWithAny(name, "ский", "цкий")) {
      add(name, 2, forms, "ого", "ому", "им", "ом");
    } else if (surname && endsWithAny(name, "ская", "цкая")) {
      add(name, 2, forms, "ой", "ую");
    } else if (name.endsWith("ия")) {
      add(name, 1, forms, "и", "ю", "ей");
    } else if (name.endsWith("а")) {
      add(name, 1, forms, endsWithAny(name, "га", "ка", "ха", "жа", "ша", "ща", "ча") ? "и" : "ы", "е", "у", "ой");
    } else if (name.endsWith("я")) {
      add(name, 1, forms, "и", "е", "ю", "ей");
    } else if (name.endsWith("ий")) {
      add(name, 1, forms, "я", "ю", "ем", "и");
    } else if (!feminine && endsWithAny(name, "й", "ь")) {
      add(name, 1, forms, "я", "ю", "ем", "е");
    } else if (!feminine && isConsonant(name.charAt(name.length() - 1))) {
      boolean possessiveSurname = surname && endsWithAny(name, "ов", "ев", "ёв", "ин", "ын");
      add(name, 0, forms, "а", "у", possessiveSurname ? "ым" : "ом", "е");
    }
  }

  /**
   * Ukrainian, with its vocative: Тарас → Тараса, Тарасу, Тарасові, Тарасом, Тарасе; Андрій →
   * Андрія, Андрію, Андрієм; Коваленко → Коваленка, Коваленку, Коваленком; Олена → Олени, Олені,
   * Олену, Оленою, Олено; Марічка → Марічки, Марічці; Марія → Марії, Марію, Марією.
   */
  private static void addUkrainian(String name, boolean surname, boolean feminine, List<String> forms) {
    if (surname && endsWithAny(name, "ський", "цький", "зький")) {
      add(name, 2, forms, "ого", "ому", "им");
    } else if (surname && endsWithAny(name, "ська", "цька", "зька")) {
      add(name, 1, forms, "ої", "ій", "у", "ою");
    } else if (name.endsWith("ія")) {
      add(name, 1, forms, "ї", "ю", "єю", "є");
    } else if (name.endsWith("я")) {
      add(name, 1, forms, "і", "ю", "ею", "е");
    } else if (name.endsWith("а")) {
      add(name, 1, forms, "и", "у", "ою", "о");
      String stem = name.substring(0, name.length() - 1);
      char last = stem.charAt(stem.length() - 1);
      // the dative and locative soften the stem's last consonant: Марічка → Марічці, Ольга → Ользі
      forms.add(stem.substring(0, stem.length() - 1) + (last == 'к' ? "ц" : last == 'г' ? "з" : last == 'х' ? "с" : String.valueOf(last)) + "і");
    } else if (!feminine && name.endsWith("о")) {
      add(name, 1, forms, "а", "у", "ові", "ом", "е");
    } else if (!feminine && name.endsWith("ій")) {
      add(name, 1, forms, "я", "ю", "єм", "єві");
    } else if (!feminine && endsWithAny(name, "й", "ь")) {
      add(name, 1, forms, "я", "ю", "єм", "еві");
    } else if (!feminine && isConsonant(name.charAt(name.length() - 1))) {
      add(name, 0, forms, "а", "у", "ові", "ом", "е");
    }
  }

  /**
   * Greek: Νίκος → Νίκο, Νίκου, Νίκε; Θανάσης → Θανάση; Λουκάς → Λουκά; Μαρία → Μαρίας, Ελένη →
   * Ελένης (the genitive).
   */
  private static void addGreek(String name, List<String> forms) {
    if (endsWithAny(name, "ος", "ός")) {
      String stem = name.substring(0, name.length() - 2);
      char vowel = name.charAt(name.length() - 2);
      forms.add(stem + vowel);
      forms.add(stem + (vowel == 'ό' ? "ού" : "ου"));
      forms.add(stem + (vowel == 'ό' ? "έ" : "ε"));
    } else if (endsWithAny(name, "ης", "ής", "ας", "άς")) {
      add(name, 1, forms);
    } else if (endsWithAny(name, "α", "ά", "η", "ή")) {
      forms.add(name + "ς");
    }
  }

  private static final String HUNGARIAN_BACK_VOWELS = "aáoóuú";
  private static final String HUNGARIAN_VOWELS = "aáoóuúeéiíöőüű";
  /** The consonants after which the Hungarian accusative is a bare -t: Pétert, Zsoltot is not one. */
  private static final String HUNGARIAN_BARE_T = "jlnrsz";

  /**
   * Hungarian, whose endings follow the name's vowels and lengthen its final a and e: Péter →
   * Péternek, Péterrel, Pétert, Pétertől, Péterhez, Péternél, Péterről; Zsófia → Zsófiának,
   * Zsófiával, Zsófiát, Zsófiától, Zsófiához; Gábor → Gábornak, Gáborral, Gábort.
   */
  private static void addHungarian(String name, List<String> forms) {
    char last = name.charAt(name.length() - 1);
    boolean back = false;
    for (int i = 0; i < name.length(); i++) {
      back |= HUNGARIAN_BACK_VOWELS.indexOf(Character.toLowerCase(name.charAt(i))) >= 0;
    }
    boolean vowel = HUNGARIAN_VOWELS.indexOf(last) >= 0;
    String stem = last == 'a' ? name.substring(0, name.length() - 1) + "á" : last == 'e' ? name.substring(0, name.length() - 1) + "é" : name;
    // the instrumental's v takes on a final consonant's sound: Péterrel, Tamással (a digraph's first letter doubles: Balázzsal)
    boolean digraph = name.length() > 2 && (last == 's' || last == 'z' || last == 'y') && "szcgnlt".indexOf(name.charAt(name.length() - 2)) >= 0
        && !(last == 's' && name.charAt(name.length() - 2) != 'z' && name.charAt(name.length() - 2) != 'c');
    String instrumental = vowel ? stem + "v" : digraph ? name.substring(0, name.length() - 2) + name.charAt(name.length() - 2) + name.substring(name.length() - 2) : name + last;
    String accusative = vowel || HUNGARIAN_BARE_T.indexOf(last) >= 0 ? stem + "t" : stem + (back ? "ot" : "et");
    forms.add(accusative);
    forms.add(instrumental + (back ? "al" : "el"));
    for (String ending : back ? new String[] {"nak", "tól", "hoz", "nál", "ról", "ért"} : new String[] {"nek", "től", "hez", "nél", "ről", "ért"}) {
      forms.add(stem + ending);
    }
  }

  /**
   * Polish, the regular endings: Ewa → Ewy, Ewę, Ewą; Maria → Marii, Marię, Marią; Krzysztof →
   * Krzysztofa, Krzysztofowi, Krzysztofem; Zieliński → Zielińskiego, Zielińskiemu, Zielińskim and
   * the feminine Zielińska, Zielińskiej, Zielińską. Not the dative and locative of -a names, whose
   * stems soften (Marta → Marcie).
   */
  private static void addPolish(String name, boolean surname, List<String> forms) {
    if (surname && endsWithAny(name, "ski", "cki", "dzki")) {
      add(name, 1, forms, "iego", "iemu", "im", "a", "iej", "ą");
    } else if (name.endsWith("ia")) {
      add(name, 1, forms, "i", "ę", "ą");
    } else if (name.endsWith("a")) {
      add(name, 1, forms, endsWithAny(name, "ka", "ga") ? "i" : "y", "ę", "ą");
    } else if (!surname && "bcdfghjklłmnprstwzńśźż".indexOf(name.charAt(name.length() - 1)) >= 0) {
      add(name, 0, forms, "a", "owi", "em");
    }
  }

  /** Adds {@code name} without its last {@code cut} chars, then each of {@code endings}; a bare cut if there are none. */
  private static void add(String name, int cut, List<String> forms, String... endings) {
    String stem = name.substring(0, name.length() - cut);
    if (endings.length == 0) {
      forms.add(stem);
    }
    for (String ending : endings) {
      forms.add(stem + ending);
    }
  }

  private static boolean endsWithAny(String name, String... endings) {
    for (String ending : endings) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static final String CYRILLIC_VOWELS = "аеёиіїоуыэюяє";

  private static boolean isConsonant(char c) {
    return c >= 'а' && c <= 'я' && CYRILLIC_VOWELS.indexOf(c) < 0 && c != 'ь' && c != 'ъ' && c != 'й';
  }
}
