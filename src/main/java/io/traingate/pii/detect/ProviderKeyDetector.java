package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * API keys and tokens recognisable by their provider's prefix and shape (OpenAI/Anthropic
 * {@code sk-}, AWS {@code AKIA}, GitHub {@code ghp_}, Slack {@code xox?-}, Google {@code AIza},
 * Stripe, GitLab, Hugging Face, npm, SendGrid, Twilio {@code SK}, Mailgun {@code key-}), and JSON
 * Web Tokens. The random part must look random (entropy), which rejects placeholders like
 * {@code sk-xxxxxxxxxxxxxxxxxxxxxxxx}.
 */
public final class ProviderKeyDetector implements Detector {

  /** The characters a key's body may hold. */
  private enum Body {
    ANY,
    UPPER_ALNUM,
    /** Lower-case hex: where the prefix alone is short or a word ("SK", "key-"), the body's exact shape confirms the key. */
    HEX;

    boolean admits(char c) {
      return switch (this) {
        case ANY -> true;
        case UPPER_ALNUM -> Chars.isUpper(c) || Chars.isDigit(c);
        case HEX -> Chars.isDigit(c) || c >= 'a' && c <= 'f';
      };
    }
  }

  /** One provider's key shape: prefix, then a body of {@code minBody..maxBody} chars. */
  private record KeyShape(String prefix, int minBody, int maxBody, Body body) {}

  private static final List<KeyShape> SHAPES = List.of(
      new KeyShape("sk-proj-", 20, 400, Body.ANY),
      new KeyShape("sk-ant-", 20, 400, Body.ANY),
      new KeyShape("sk-", 20, 400, Body.ANY),
      new KeyShape("sk_live_", 16, 200, Body.ANY),
      new KeyShape("sk_test_", 16, 200, Body.ANY),
      new KeyShape("rk_live_", 16, 200, Body.ANY),
      new KeyShape("AKIA", 16, 16, Body.UPPER_ALNUM),
      new KeyShape("ASIA", 16, 16, Body.UPPER_ALNUM),
      new KeyShape("ghp_", 36, 36, Body.ANY),
      new KeyShape("gho_", 36, 36, Body.ANY),
      new KeyShape("ghu_", 36, 36, Body.ANY),
      new KeyShape("ghs_", 36, 36, Body.ANY),
      new KeyShape("ghr_", 36, 36, Body.ANY),
      new KeyShape("github_pat_", 22, 255, Body.ANY),
      new KeyShape("xoxb-", 10, 255, Body.ANY),
      new KeyShape("xoxp-", 10, 255, Body.ANY),
      new KeyShape("xoxa-", 10, 255, Body.ANY),
      new KeyShape("xoxr-", 10, 255, Body.ANY),
      new KeyShape("xoxs-", 10, 255, Body.ANY),
      new KeyShape("AIza", 35, 35, Body.ANY),
      new KeyShape("glpat-", 20, 64, Body.ANY),
      new KeyShape("hf_", 30, 64, Body.ANY),
      new KeyShape("npm_", 36, 36, Body.ANY),
      new KeyShape("SG.", 40, 80, Body.ANY),
      new KeyShape("SK", 32, 32, Body.HEX), // Twilio API key
      new KeyShape("key-", 32, 32, Body.HEX)); // Mailgun

  private static final String JWT_PREFIX = "eyJ";
  /** The first characters of all prefixes: most runs start with another and are compared with no shape. */
  private static final String PREFIX_STARTS =
      SHAPES.stream().map(shape -> shape.prefix().substring(0, 1)).distinct().collect(Collectors.joining()) + JWT_PREFIX.charAt(0);

  private static final double MIN_BITS_PER_CHAR = 3.0;
  static final int MIN_TOKEN = 12;
  private static final int MAX_TOKEN = 8192;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs runs = scanned.keyRuns();
    for (int r = 0; r < runs.count(); r++) {
      int start = runs.start(r);
      int end = runs.end(r);
      while (end > start && text.charAt(end - 1) == '.') {
        end--; // sentence punctuation
      }
      if (end - start >= MIN_TOKEN && end - start <= MAX_TOKEN && !Chars.wordCharAt(text, start - 1) && isKey(text, start, end)) {
        out.add(new Span(EntityType.SECRET, start, end));
      }
    }
  }

  /** Length of the provider prefix {@code value} starts with ({@code sk-proj-}, {@code AKIA}), or 0. */
  public static int providerPrefixLength(String value) {
    if (value.startsWith(JWT_PREFIX)) {
      return JWT_PREFIX.length();
    }
    for (KeyShape shape : SHAPES) {
      if (value.startsWith(shape.prefix())) {
        return shape.prefix().length();
      }
    }
    return 0;
  }

  private static boolean isKey(String text, int start, int end) {
    if (PREFIX_STARTS.indexOf(text.charAt(start)) < 0) {
      return false;
    }
    if (text.startsWith(JWT_PREFIX, start)) {
      return isJwt(text, start, end);
    }
    for (KeyShape shape : SHAPES) {
      if (text.startsWith(shape.prefix(), start)) {
        int bodyLength = end - start - shape.prefix().length();
        return bodyLength >= shape.minBody()
            && bodyLength <= shape.maxBody()
            && admitsBody(shape.body(), text, start + shape.prefix().length(), end)
            && Entropy.bitsPerChar(text.subSequence(start + shape.prefix().length(), end)) >= MIN_BITS_PER_CHAR;
      }
    }
    return false;
  }

  /** header.payload.signature, each base64url; the header is JSON, so it starts with eyJ. */
  private static boolean isJwt(String text, int start, int end) {
    int firstDot = -1;
    int secondDot = -1;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '.') {
        continue;
      }
      if (firstDot < 0) {
        firstDot = i;
      } else if (secondDot < 0) {
        secondDot = i;
      } else {
        return false;
      }
    }
    return secondDot > 0 && firstDot - start >= 10 && secondDot - firstDot > 10 && end - secondDot > 10;
  }

  private static boolean admitsBody(Body body, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!body.admits(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
