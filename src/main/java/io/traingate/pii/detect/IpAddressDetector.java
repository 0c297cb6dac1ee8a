package io.traingate.pii.detect;

import com.google.common.net.InetAddresses;
import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IPv4 and IPv6 addresses. Candidates are maximal runs of hex digits, dots and colons that hold a
 * dot or a colon; each is
 * confirmed by Guava's address parser. Dotted numbers after words like "version", also where the
 * text names them so elsewhere ("is `1.2.3.4` an IP?" … "it's the SDK version 1.2.3.4"), and those
 * a product names ("Chrome/124.0.0.0", "V8 12.4.254.14"), are versions.
 */
public final class IpAddressDetector implements Detector {

  /** Longer than any textual IPv6 address with an embedded IPv4 tail and a port. */
  private static final int MAX_TOKEN = 64;
  /** The shortest address, "::1": most runs are the dot or colon after a word, and shorter. */
  private static final int MIN_TOKEN = 3;

  private static final ContextWords VERSION_CUES = ContextWords.of(
      "version", "ver.", "v.", "release", "build", "firmware", "patch", "deps", "dependency", "dependencies", "section", "chapter", "step", "figure", "fig.", "table", "clause", "paragraph", "item", "rule", "§");
  /** How far before a number a version's cue may stand: "version 10.0.0.1", "updated deps to 2.0.9.58". */
  private static final int VERSION_WINDOW = 16;
  /** Browsers and engines with versions of four numbers, as "About" pages list them: "V8 12.4.254.14; Skia 124.0.6367.91". */
  private static final ContextWords FOUR_NUMBER_PRODUCTS = ContextWords.of("chrome", "chromium", "v8", "skia", "webkit", "electron", "opera");
  /** Room for the longest of these names and the space or slash after it. */
  private static final int PRODUCT_WINDOW = 10;
  /**
   * An object identifier of X.509 and SNMP, whose short ones are dotted quads ("the OID for CN is
   * 2.5.4.3"); its cue may stand a few words before, across "for the cert template is"; not OIDC, a login protocol.
   */
  private static final ContextWords OID_CUES = ContextWords.of("oid ", "oid:", "object identifier");
  private static final int OID_WINDOW = 40;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs runs = scanned.addressRuns();
    VersionQuads versions = new VersionQuads(text);
    for (int r = 0; r < runs.count(); r++) {
      int start = runs.start(r);
      int end = runs.end(r);
      // scripts without spaces write addresses against their words: "サーバーIPは154.183.246.170だよ"
      if (end - start >= MIN_TOKEN && end - start <= MAX_TOKEN && !Chars.joinsWordAt(text, start - 1)) {
        if (!Chars.joinsWordAt(text, end)) {
          confirm(text, start, end, versions, out);
        } else {
          hostOfFields(text, start, end, out);
        }
      }
    }
  }

  private static void confirm(String text, int start, int end, VersionQuads versions, List<Span> out) {
    int s = start;
    int e = end;
    while (e > s && (text.charAt(e - 1) == '.' || (text.charAt(e - 1) == ':' && (e - 2 < s || text.charAt(e - 2) != ':')))) {
      e--; // sentence punctuation after the address
    }
    if (s < e && text.charAt(s) == '.') {
      return; // tail of a longer dotted name
    }
    int colon = indexOf(text, ':', s, e);
    if (colon < 0) {
      if (isIpv4(text, s, e) && !isCalledVersion(text, s, e, versions) && !isProductVersion(text, s)
          && !OID_CUES.occursBefore(text, s, OID_WINDOW)) {
        out.add(new Span(EntityType.IP_ADDRESS, s, e));
      }
    } else if (indexOf(text, ':', colon + 1, e) > 0 && hasHexDigit(text, s, e) && InetAddresses.isInetAddress(text.substring(s, e))) {
      out.add(new Span(EntityType.IP_ADDRESS, s, e));
    } else if (isIpv4(text, s, colon)) { // address:port
      out.add(new Span(EntityType.IP_ADDRESS, s, colon));
    }
  }

  /** True if a version's cue stands before the dotted quad at {@code [start, end)} or before the same quad anywhere in the text. */
  private static boolean isCalledVersion(String text, int start, int end, VersionQuads versions) {
    return VERSION_CUES.occursBefore(text, start, VERSION_WINDOW) || versions.holds(text.substring(start, end));
  }

  /**
   * The dotted numbers that a version's cue stands before anywhere in a text ("it's the SDK version
   * 1.2.3.4"), read once, when the text's first quad is asked about: a search of the whole text for
   * each quad would cost a text of many addresses the square of its size.
   */
  private static final class VersionQuads {
    private final String text;
    private Set<String> quads;

    VersionQuads(String text) {
      this.text = text;
    }

    /** True if a version's cue stands before {@code quad}, whole (no digit on either side), somewhere in the text. */
    boolean holds(String quad) {
      if (quads == null) {
        quads = new HashSet<>();
        VERSION_CUES.forEachIn(text, this::addNumbersAfter);
      }
      return quads.contains(quad);
    }

    /** Adds the whole dotted numbers whose window ({@link #VERSION_WINDOW} chars before them) holds the cue at {@code [cueStart, cueEnd)}. */
    private void addNumbersAfter(int cueStart, int cueEnd) {
      int lastStart = Math.min(text.length() - 1, cueStart + VERSION_WINDOW);
      for (int at = cueEnd; at <= lastStart; at++) {
        if (Chars.isDigit(text.charAt(at)) && !Chars.isDigit(charAt(text, at - 1))) {
          int end = at;
          while (end < text.length() && end - at < MAX_TOKEN && (Chars.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
            if (end == text.length() || !Chars.isDigit(text.charAt(end))) {
              quads.add(text.substring(at, end)); // each prefix that no digit follows: "1.2.3.4" of "1.2.3.4.5"
            }
          }
        }
      }
    }
  }


  /** The char at {@code i}, or a space outside the text. */
  private static char charAt(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
  }

  /**
   * The address that opens colon-separated fields, after it a port and another field that runs on
   * into a word: the host of a .pgpass line "10.40.2.7:5432:analytics:etl_user:…".
   */
  private static void hostOfFields(String text, int start, int end, List<Span> out) {
    int colon = indexOf(text, ':', start, end);
    int nextColon = colon < 0 ? -1 : indexOf(text, ':', colon + 1, end);
    if (nextColon > colon + 1 && isPort(text, colon + 1, nextColon) && isIpv4(text, start, colon)) {
      out.add(new Span(EntityType.IP_ADDRESS, start, colon));
    }
  }

  /** A port: one to five digits. */
  private static boolean isPort(String text, int from, int to) {
    return to - from <= 5 && Chars.isDigits(text, from, to);
  }

  /**
   * True if a product names the dotted quad at {@code start} as its version: the product token of a
   * User-Agent, a word and a slash ("Chrome/124.0.0.0", "Edg/124.0.2478.51"), or a browser or engine
   * whose versions have four numbers ("V8 12.4.254.14").
   */
  private static boolean isProductVersion(String text, int start) {
    return start >= 2 && text.charAt(start - 1) == '/' && Character.isLetter(text.charAt(start - 2))
        || FOUR_NUMBER_PRODUCTS.labels(text, start, PRODUCT_WINDOW, Set.of());
  }

  /** True if {@code [from, to)} is a dotted quad: its shape is checked before a string is made for Guava's parser. */
  private static boolean isIpv4(String text, int from, int to) {
    int dots = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
      } else if (!Chars.isDigit(c)) {
        return false;
      }
    }
    return dots == 3 && InetAddresses.isInetAddress(text.substring(from, to));
  }

  /** Index of the first {@code c} in {@code [from, to)}, or -1; it looks no further than {@code to}. */
  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasHexDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Chars.isHex(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
