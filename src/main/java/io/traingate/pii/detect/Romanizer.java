package io.traingate.pii.detect;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Latin spellings of names written in Cyrillic or Greek, so that the name lists of those locales
 * also catch "Oleksandr Shevchenko" or "Giorgos Papadakis" as people write them in chat. One
 * common romanisation per script (Ukrainian's national system, a BGN-like one for Russian and
 * its neighbours, ELOT for Greek); other spellings of the same name are left to the other lists.
 */
final class Romanizer {
  private Romanizer() {}

  /** The scripts, and whose rules apply. */
  enum Script { UKRAINIAN, CYRILLIC, GREEK }

  private static final Map<Character, String> UKRAINIAN = table(
      "а a б b в v г h ґ g д d е e є ie ж zh з z и y і i ї i й i к k л l м m н n о o п p р r с s т t у u ф f х kh"
          + " ц ts ч ch ш sh щ shch ь _ ю iu я ia ’ _ ' _");
  private static final Map<Character, String> CYRILLIC = table(
      "а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch"
          + " ш sh щ shch ъ _ ы y ь _ э e ю yu я ya ў u і i ѓ g ќ k ј j љ lj њ nj џ dzh ѕ dz");
  private static final Map<Character, String> GREEK = table(
      "α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o");
  /** Ukrainian letters spelled otherwise at the start of a name (Yaroslav, Yevhen). */
  private static final Map<Character, String> UKRAINIAN_INITIAL = table("є ye ї yi й y ю yu я ya");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
  /** Greek pairs spelled as one sound. */
  private static final Map<String, String> GREEK_PAIRS = Map.of("ου", "ou", "αι", "ai", "ει", "ei", "οι", "oi", "μπ", "b", "ντ", "nt", "γκ", "gk", "αυ", "av", "ευ", "ev");

  /** The Latin spelling of {@code name}, capitalised, or null if it has a letter outside the script. */
  static String romanize(String name, Script script) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (script == Script.GREEK) {
      lower = ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
    StringBuilder latin = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      String pair = i + 1 < lower.length() ? lower.substring(i, i + 2) : "";
      String letter = script == Script.GREEK ? GREEK_PAIRS.get(pair) : null;
      if (letter != null) {
        i++;
      } else if (script == Script.UKRAINIAN && i == 0 && UKRAINIAN_INITIAL.containsKey(lower.charAt(0))) {
        letter = UKRAINIAN_INITIAL.get(lower.charAt(0));
      } else {
        letter = tableOf(script).get(lower.charAt(i));
      }
      if (letter == null) {
        return null;
      }
      latin.append(letter.equals("_") ? "" : letter);
    }
    return latin.isEmpty() ? null : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
  }

  private static Map<Character, String> tableOf(Script script) {
    return switch (script) {
      case UKRAINIAN -> UKRAINIAN;
      case CYRILLIC -> CYRILLIC;
      case GREEK -> GREEK;
    };
  }

  private static Map<Character, String> table(String pairs) {
    String[] parts = pairs.split(" ");
    Map<Character, String> table = new HashMap<>();
    for (int i = 0; i + 1 < parts.length; i += 2) {
      table.put(parts[i].charAt(0), parts[i + 1]);
    }
    return table;
  }
}
