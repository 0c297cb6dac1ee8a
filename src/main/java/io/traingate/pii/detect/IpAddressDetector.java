package io.traingate.pii.detect;

import com.google.common.net.InetAddresses;
import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * IPv4 and IPv6 addresses. Candidates are maximal runs of hex digits, dots and colons that hold a
 * dot or a colon; each is
 * confirmed by Guava's address parser. Dotted numbers after words like "version" are versions.
 */
public final class IpAddressDetector implements Detector {

  /** Longer than any textual IPv6 address with an embedded IPv4 tail and a port. */
  private static final int MAX_TOKEN = 64;

  private static final ContextWords VERSION_CUES = ContextWords.of(
      "version", "ver.", "v.", "release", "build", "firmware", "patch", "section", "chapter", "step", "figure", "fig.", "table", "clause", "paragraph", "item", "rule", "§");

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs runs = scanned.addressRuns();
    for (int r = 0; r < runs.count(); r++) {
      int start = runs.start(r);
      int end = runs.end(r);
      if (end - start <= MAX_TOKEN && !Chars.wordCharAt(text, start - 1) && !Chars.wordCharAt(text, end)) {
        confirm(text, start, end, out);
      }
    }
  }

  private static void confirm(String text, int start, int end, List<Span> out) {
    int s = start;
    int e = end;
    while (e > s && (text.charAt(e - 1) == '.' || (text.charAt(e - 1) == ':' && (e - 2 < s || text.charAt(e - 2) != ':')))) {
      e--; // sentence punctuation after the address
    }
    if (s < e && text.charAt(s) == '.') {
      return; // tail of a longer dotted name
    }
    String token = text.substring(s, e);
    int colon = token.indexOf(':');
    if (colon < 0) {
      if (isIpv4(token) && !VERSION_CUES.occursBefore(text, s, 16)) {
        out.add(new Span(EntityType.IP_ADDRESS, s, e));
      }
    } else if (token.indexOf(':', colon + 1) > 0 && hasHexDigit(token) && InetAddresses.isInetAddress(token)) {
      out.add(new Span(EntityType.IP_ADDRESS, s, e));
    } else if (isIpv4(token.substring(0, colon))) { // address:port
      out.add(new Span(EntityType.IP_ADDRESS, s, s + colon));
    }
  }

  private static boolean isIpv4(String token) {
    int dots = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.') {
        dots++;
      } else if (!Chars.isDigit(c)) {
        return false;
      }
    }
    return dots == 3 && InetAddresses.isInetAddress(token);
  }

  private static boolean hasHexDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Chars.isHex(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
