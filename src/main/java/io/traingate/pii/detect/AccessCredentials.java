package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords listed under the name of what they open, as onboarding notes and handovers jot them
 * down, one per line: "- VPN: mango&amp;1815cobalt", "- Wi-Fi Staff: marzipan-lantern-kestrel21",
 * "- rota portal: chiara.lom / Xk2#pQ9rLm", "- email: ana@clinic.org / Tugboat#42lantern". No word
 * names the value a password, so the value must look like a chosen one ({@link
 * SecretValues#looksLikeStrongPassword}) and fill the rest of its line, or stand before a bracketed aside.
 */
final class AccessCredentials {

  /** The last word of a label that names something opened by a password. */
  private static final Set<String> ACCESS_WORDS = Set.of(
      "vpn", "wifi", "wi-fi", "wlan", "drive", "portal", "panel", "intranet", "router", "laptop", "workstation", "nas",
      "email", "e-mail", "mail", "mailbox", "login", "account", "console", "dashboard", "admin");
  /** The most words of a label: "Wi-Fi Staff", "shared drive", "alarm panel". */
  private static final int MAX_LABEL_WORDS = 2;
  private static final int MAX_WORD = 16;
  private static final int MAX_VALUE = 64;
  private static final String PAIR = " / ";

  private AccessCredentials() {}

  /** Adds the password after the label that ends at {@code colon}, if it names an access and the line lists one. */
  static void find(String text, int colon, List<Span> out) {
    if (colon + 2 >= text.length() || text.charAt(colon + 1) != ' ' || !labelsAccess(text, colon)) {
      return;
    }
    int valueStart = colon + 2;
    int end = tokenEnd(text, valueStart);
    if (text.startsWith(PAIR, end)) { // user / password
      valueStart = end + PAIR.length();
      end = tokenEnd(text, valueStart);
    }
    if (endsEntry(text, end) && SecretValues.looksLikeStrongPassword(text.substring(valueStart, end))) {
      out.add(new Span(EntityType.SECRET, valueStart, end));
    }
  }

  /** True if one of the label's last {@link #MAX_LABEL_WORDS} words before {@code colon} names an access, on its own line's start. */
  private static boolean labelsAccess(String text, int colon) {
    int end = colon;
    for (int words = 0; words < MAX_LABEL_WORDS; words++) {
      int start = end;
      while (start > 0 && end - start < MAX_WORD && (Chars.isWordChar(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
        start--;
      }
      if (start == end) {
        return false;
      }
      if (ACCESS_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
        return startsEntry(text, start);
      }
      if (start == 0 || text.charAt(start - 1) != ' ') {
        return false;
      }
      end = start - 1;
    }
    return false;
  }

  /** True if the label's words run back from {@code wordStart} to the start of the line or of a list item ("- ", "* ", "• "). */
  private static boolean startsEntry(String text, int wordStart) {
    int i = wordStart;
    while (i > 0 && text.charAt(i - 1) != '\n' && wordStart - i < MAX_WORD * MAX_LABEL_WORDS) {
      char c = text.charAt(i - 1);
      if (!Chars.isWordChar(c) && c != ' ' && c != '-' && c != '*' && c != '•') {
        return false;
      }
      i--;
    }
    return i == 0 || text.charAt(i - 1) == '\n';
  }

  private static int tokenEnd(String text, int from) {
    int end = from;
    while (end < text.length() && end - from <= MAX_VALUE && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** True if the value ends its line, or a bracketed aside follows it: "(changes monthly)". */
  private static boolean endsEntry(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\r')) {
      i++;
    }
    return i == text.length() || text.charAt(i) == '\n' || i > end && text.charAt(i) == '(';
  }
}
