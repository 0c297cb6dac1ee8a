package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/** {@code user:password} inside URLs such as {@code postgres://app:s3cret@db:5432/x}. */
public final class UrlCredentialDetector implements Detector {

  private static final String SCHEME_END = "://";
  private static final int MAX_USERINFO = 256;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    int scheme = TextSearch.indexOf(text, SCHEME_END, 0);
    while (scheme >= 0) {
      int start = scheme + SCHEME_END.length();
      int i = start;
      int colon = -1;
      int limit = Math.min(text.length(), start + MAX_USERINFO);
      while (i < limit && isUserinfoChar(text.charAt(i))) {
        if (text.charAt(i) == ':' && colon < 0) {
          colon = i;
        }
        i++;
      }
      boolean credential = i < text.length() && text.charAt(i) == '@' && colon >= start && colon + 1 < i
          && SecretValues.isLiteral(text.substring(colon + 1, i));
      if (credential) {
        out.add(new Span(EntityType.SECRET, start, i));
      }
      scheme = TextSearch.indexOf(text, SCHEME_END, Math.max(i, start));
    }
  }

  private static boolean isUserinfoChar(char c) {
    return !Character.isWhitespace(c) && c != '/' && c != '?' && c != '#' && c != '@' && c != '"' && c != '\'' && c != '<' && c != '>';
  }
}
