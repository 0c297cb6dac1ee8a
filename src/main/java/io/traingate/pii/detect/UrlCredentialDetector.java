package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Credentials inside URLs: {@code user:password} as in {@code postgres://app:s3cret@db:5432/x}
 * and in Go's MySQL DSN, which has no scheme ({@code app:s3cret@tcp(db:3306)/x}), and webhook
 * URLs, whose path is the secret that lets anyone post (Slack, Discord); a random key as the user
 * info, as in Sentry's DSN, is one too.
 */
public final class UrlCredentialDetector implements Detector {

  private static final String SCHEME_END = "://";
  private static final int MAX_USERINFO = 256;
  private static final List<String> WEBHOOK_PATHS =
      List.of("hooks.slack.com/services/", "discord.com/api/webhooks/", "discordapp.com/api/webhooks/");
  /** Endpoints of blockchain node providers, whose path ends in the project's key: "https://mainnet.infura.io/v3/<key>". */
  private static final List<String> KEY_PATHS = List.of("infura.io/v3/", "alchemy.com/v2/", "alchemyapi.io/v2/");
  /** The token at the end of a real webhook URL is long; documentation writes {@code XXXX} or short stand-ins. */
  private static final int MIN_WEBHOOK_TOKEN = 20;
  /** What follows the user info of a Go MySQL DSN: "@tcp(host:port)", "@unix(/path)". */
  private static final List<String> DSN_PROTOCOLS = List.of("@tcp(", "@unix(");

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    int scheme = TextSearch.indexOf(text, SCHEME_END, 0);
    while (scheme >= 0) {
      int start = scheme + SCHEME_END.length();
      int i = start;
      int colon = -1;
      int limit = Math.min(text.length(), start + MAX_USERINFO);
      while (i < limit && (isUserinfoChar(text.charAt(i)) || colon >= 0 && isRawPasswordChar(text.charAt(i)))) {
        if (text.charAt(i) == ':' && colon < 0) {
          colon = i;
        }
        i++;
      }
      if (colon >= start && i < text.length() && text.charAt(i) == '@') {
        i = lastAtOfAuthority(text, i);
      }
      boolean credential = i < text.length() && text.charAt(i) == '@' && colon >= start && colon + 1 < i
          && SecretValues.isLiteral(text.substring(colon + 1, i));
      if (credential) {
        out.add(new Span(EntityType.SECRET, start, i));
      } else if (i < text.length() && text.charAt(i) == '@' && colon < 0 && SecretValues.looksRandom(text.substring(start, i))) {
        out.add(new Span(EntityType.SECRET, start, i)); // a key as the user: Sentry's DSN https://<key>@o450123.ingest.sentry.io/…
      } else {
        addWebhook(text, scheme, out);
        addPathKey(text, scheme, out);
      }
      scheme = TextSearch.indexOf(text, SCHEME_END, Math.max(i, start));
    }
    // one search for "@", which is rare, serves every protocol
    for (int at = scanned.tokens().mayHold('@') ? text.indexOf('@') : -1; at >= 0; at = text.indexOf('@', at + 1)) {
      for (String protocol : DSN_PROTOCOLS) {
        if (text.startsWith(protocol, at)) {
          addDsnUserinfo(text, at, out);
        }
      }
    }
  }

  /**
   * The last "@" of the URL's authority that starts with the one at {@code at}: a password written
   * unescaped may hold "@" ("postgres://admin:Gl@ssBl0wer@10.0.0.5/prod"), and the host follows the
   * last. {@code at} itself if no other "@" follows before the path, query or a space.
   */
  private static int lastAtOfAuthority(String text, int at) {
    int last = at;
    for (int i = at + 1; i < text.length() && i - at <= MAX_USERINFO; i++) {
      char c = text.charAt(i);
      if (c == '@') {
        last = i;
      } else if (!isUserinfoChar(c)) {
        break;
      }
    }
    return last;
  }

  /** The {@code user:password} that ends at the {@code @} of a DSN's protocol; the password may hold a "#" as a URL's may. */
  private static void addDsnUserinfo(String text, int at, List<Span> out) {
    int start = at;
    int colon = -1;
    while (start > 0 && at - start < MAX_USERINFO && (isUserinfoChar(text.charAt(start - 1)) || isRawPasswordChar(text.charAt(start - 1)))) {
      start--;
      colon = text.charAt(start) == ':' ? start : colon; // the first colon: passwords may hold more
    }
    if (colon > start) {
      start = Math.max(start, text.lastIndexOf('#', colon) + 1); // a user holds none: "#app:pw@tcp(…)" is a comment's
    }
    if (colon > start && colon + 1 < at && SecretValues.isLiteral(text.substring(colon + 1, at))) {
      out.add(new Span(EntityType.SECRET, start, at));
    }
  }

  /** The whole URL if what follows {@code ://} at {@code scheme} is a webhook's host and path with a real token. */
  private static void addWebhook(String text, int scheme, List<Span> out) {
    int host = scheme + SCHEME_END.length();
    if (WEBHOOK_PATHS.stream().noneMatch(path -> text.startsWith(path, host))) {
      return;
    }
    int start = scheme;
    while (start > 0 && Chars.isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    int end = host;
    while (end < text.length() && (text.charAt(end) == '/' || isUserinfoChar(text.charAt(end)))) {
      end++;
    }
    while (".,;:!)".indexOf(text.charAt(end - 1)) >= 0) {
      end--; // sentence punctuation
    }
    int lastSegment = text.lastIndexOf('/', end - 1) + 1;
    if (end - lastSegment >= MIN_WEBHOOK_TOKEN && SecretValues.isLiteral(text.substring(lastSegment, end))) {
      out.add(new Span(EntityType.SECRET, start, end));
    }
  }

  /**
   * The key at the end of a node provider's endpoint ({@link #KEY_PATHS}), after a network's name as
   * the host's first label ("mainnet.infura.io", "eth-mainnet.g.alchemy.com"): the key alone, as the
   * URL around it is public.
   */
  private static void addPathKey(String text, int scheme, List<Span> out) {
    int hostEnd = scheme + SCHEME_END.length();
    while (hostEnd < text.length() && isUserinfoChar(text.charAt(hostEnd))) {
      hostEnd++;
    }
    for (String path : KEY_PATHS) {
      int pathStart = hostEnd - path.indexOf('/'); // the path's host part ends the host
      int keyStart = pathStart + path.length();
      if (pathStart >= 0 && text.startsWith(path, pathStart)) {
        int end = keyStart;
        while (end < text.length() && Chars.isAsciiAlnum(text.charAt(end))) {
          end++;
        }
        if (end - keyStart >= MIN_WEBHOOK_TOKEN && SecretValues.isLiteral(text.substring(keyStart, end))) {
          out.add(new Span(EntityType.SECRET, keyStart, end));
        }
      }
    }
  }

  /**
   * A "#", which a password written unescaped in a URL may hold though it would start the URL's
   * fragment ("postgresql://ro:Vt8#qLm2@db:5432"): after the colon only, as the user info still
   * needs its "@". Not "?", whose query may hold an "@" after a port ("http://app:8080?to=a@b.org").
   */
  private static boolean isRawPasswordChar(char c) {
    return c == '#';
  }

  private static boolean isUserinfoChar(char c) {
    return !Character.isWhitespace(c) && c != '/' && c != '?' && c != '#' && c != '@' && c != '"' && c != '\'' && c != '<' && c != '>';
  }
}
