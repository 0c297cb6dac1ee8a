package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * API keys and tokens recognisable by their provider's prefix and shape (OpenAI/Anthropic
 * {@code sk-}, AWS {@code AKIA} and the secret key pasted after it, GitHub {@code ghp_}, Slack {@code xox?-}, Google {@code AIza},
 * Stripe, GitLab, Hugging Face, npm, SendGrid, Twilio {@code SK}, Mailgun {@code key-}, Shopify,
 * DigitalOcean, Doppler, PyPI, Vault, Databricks, New Relic, Postman, Grafana, Sentry, Linear,
 * Atlassian, Google OAuth, Square, Tailscale, Docker Hub, Mollie), Discord and Telegram bot tokens, Twitch stream keys, Twilio auth
 * tokens in a call that names Twilio, and JSON Web Tokens. The random part
 * must look random (entropy), which rejects placeholders like {@code sk-xxxxxxxxxxxxxxxxxxxxxxxx}.
 */
public final class ProviderKeyDetector implements Detector {

  /** The characters a key's body may hold. */
  private enum Body {
    ANY,
    UPPER_ALNUM,
    ALNUM,
    /** Lower-case hex: where the prefix alone is short or a word ("SK", "key-"), the body's exact shape confirms the key. */
    HEX,
    /** Letters, digits, {@code _} and {@code -}: no dots. */
    BASE64URL;

    boolean admits(char c) {
      return switch (this) {
        case ANY -> true;
        case UPPER_ALNUM -> Chars.isUpper(c) || Chars.isDigit(c);
        case ALNUM -> Chars.isAsciiAlnum(c);
        case HEX -> Chars.isDigit(c) || c >= 'a' && c <= 'f';
        case BASE64URL -> Chars.isAsciiAlnum(c) || c == '_' || c == '-';
      };
    }
  }

  /** One provider's key shape: prefix, then a body of {@code minBody..maxBody} chars. */
  private record KeyShape(String prefix, int minBody, int maxBody, Body body) {}

  /** How AWS access key ids start: long-term keys, and temporary ones of STS. */
  private static final String AWS_KEY_ID = "AKIA";
  private static final String AWS_TEMPORARY_KEY_ID = "ASIA";
  private static final List<KeyShape> SHAPES = List.of(
      new KeyShape("sk-proj-", 20, 400, Body.ANY),
      new KeyShape("sk-ant-", 20, 400, Body.ANY),
      new KeyShape("sk-", 20, 400, Body.ANY),
      new KeyShape("sk_live_", 16, 200, Body.ANY),
      new KeyShape("sk_test_", 16, 200, Body.ANY),
      new KeyShape("rk_live_", 16, 200, Body.ANY),
      new KeyShape("rk_test_", 16, 200, Body.ANY),
      new KeyShape(AWS_KEY_ID, 16, 16, Body.UPPER_ALNUM),
      new KeyShape(AWS_TEMPORARY_KEY_ID, 16, 16, Body.UPPER_ALNUM),
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
      new KeyShape("xapp-", 10, 255, Body.ANY), // Slack app-level token
      new KeyShape("whsec_", 24, 100, Body.ANY), // Stripe webhook signing secret
      new KeyShape("shpat_", 32, 32, Body.HEX), // Shopify admin, custom-app, private-app and shared-secret tokens
      new KeyShape("shpca_", 32, 32, Body.HEX),
      new KeyShape("shppa_", 32, 32, Body.HEX),
      new KeyShape("shpss_", 32, 32, Body.HEX),
      new KeyShape("dop_v1_", 64, 64, Body.HEX), // DigitalOcean personal, OAuth and refresh tokens
      new KeyShape("doo_v1_", 64, 64, Body.HEX),
      new KeyShape("dor_v1_", 64, 64, Body.HEX),
      new KeyShape("dp.pt.", 40, 100, Body.ANY), // Doppler personal, service, CLI and service-account tokens
      new KeyShape("dp.st.", 40, 100, Body.ANY),
      new KeyShape("dp.ct.", 40, 100, Body.ANY),
      new KeyShape("dp.sa.", 40, 100, Body.ANY),
      new KeyShape("pypi-AgEIcHlwaS5vcmc", 50, 300, Body.ANY), // PyPI upload token: a macaroon for pypi.org
      new KeyShape("hvs.", 24, 200, Body.ANY), // HashiCorp Vault service and batch tokens
      new KeyShape("hvb.", 24, 300, Body.ANY),
      new KeyShape("dapi", 32, 32, Body.HEX), // Databricks
      new KeyShape("NRAK-", 27, 27, Body.UPPER_ALNUM), // New Relic user key
      new KeyShape("PMAK-", 59, 59, Body.ANY), // Postman
      new KeyShape("glsa_", 40, 41, Body.ANY), // Grafana service account
      new KeyShape("glc_", 32, 200, Body.ANY), // Grafana Cloud
      new KeyShape("sntrys_", 60, 300, Body.ANY), // Sentry organisation and user tokens
      new KeyShape("sntryu_", 64, 64, Body.HEX),
      new KeyShape("lin_api_", 40, 40, Body.ANY), // Linear
      new KeyShape("ATATT3", 180, 300, Body.ANY), // Atlassian API token
      new KeyShape("ya29.", 30, 300, Body.ANY), // Google OAuth access token
      new KeyShape("sq0atp-", 22, 22, Body.ANY), // Square access token and secret
      new KeyShape("sq0csp-", 43, 43, Body.ANY),
      new KeyShape("SK", 32, 32, Body.HEX), // Twilio API key
      new KeyShape("key-", 32, 32, Body.HEX), // Mailgun
      new KeyShape("tskey-", 20, 120, Body.ANY), // Tailscale auth, API, OAuth client and webhook keys
      new KeyShape("dckr_pat_", 27, 27, Body.BASE64URL), // Docker Hub personal access token
      new KeyShape("glptt-", 40, 40, Body.HEX), // GitLab pipeline trigger, deploy and runner tokens, and runner registration tokens
      new KeyShape("gldt-", 20, 64, Body.BASE64URL),
      new KeyShape("glrt-", 20, 64, Body.BASE64URL),
      new KeyShape("GR1348941", 20, 64, Body.BASE64URL),
      new KeyShape("xoxe.xox", 100, 300, Body.BASE64URL), // Slack refresh and configuration tokens
      new KeyShape("xoxe-", 100, 300, Body.BASE64URL),
      new KeyShape("sk.eyJ", 60, 400, Body.ANY), // Mapbox secret token (its public ones start pk.)
      new KeyShape("secret_", 43, 43, Body.ALNUM), // Notion integration tokens
      new KeyShape("ntn_", 46, 46, Body.ALNUM),
      new KeyShape("figd_", 40, 40, Body.BASE64URL), // Figma
      new KeyShape("sbp_", 40, 40, Body.HEX), // Supabase
      new KeyShape("pul-", 40, 40, Body.HEX), // Pulumi
      new KeyShape("nfp_", 36, 36, Body.ALNUM), // Netlify
      new KeyShape("rnd_", 32, 32, Body.ALNUM), // Render
      new KeyShape("r8_", 37, 37, Body.ALNUM), // Replicate
      new KeyShape("gsk_", 52, 52, Body.ALNUM), // Groq
      new KeyShape("pplx-", 48, 48, Body.ALNUM), // Perplexity
      new KeyShape("xai-", 80, 80, Body.ALNUM), // xAI
      new KeyShape("lin_oauth_", 64, 64, Body.HEX), // Linear OAuth
      new KeyShape("pscale_tkn_", 32, 64, Body.ANY), // PlanetScale tokens and passwords
      new KeyShape("pscale_pw_", 32, 64, Body.ANY),
      new KeyShape("AGE-SECRET-KEY-1", 58, 58, Body.UPPER_ALNUM), // age encryption secret key
      new KeyShape("rubygems_", 48, 48, Body.HEX), // RubyGems
      new KeyShape("ATBB", 32, 40, Body.ALNUM), // Bitbucket app password
      new KeyShape("LTAI", 20, 24, Body.ALNUM), // Alibaba Cloud and Tencent Cloud access key ids
      new KeyShape("AKID", 32, 32, Body.ALNUM),
      new KeyShape("CFPAT-", 43, 43, Body.BASE64URL), // Contentful
      new KeyShape("aio_", 28, 28, Body.ALNUM), // Adafruit IO
      new KeyShape("shippo_live_", 40, 40, Body.HEX), // Shippo
      new KeyShape("shippo_test_", 40, 40, Body.HEX),
      new KeyShape("EZAK", 54, 54, Body.ALNUM), // EasyPost
      new KeyShape("tfp_", 59, 59, Body.ANY), // Typeform
      new KeyShape("pnu_", 36, 36, Body.ALNUM), // Prefect
      new KeyShape("FLWSECK_TEST-", 32, 34, Body.ANY), // Flutterwave secret keys
      new KeyShape("FLWSECK-", 32, 34, Body.ANY),
      new KeyShape("NRII-", 32, 32, Body.ANY), // New Relic insert and browser keys
      new KeyShape("NRJS-", 19, 19, Body.HEX),
      new KeyShape("fo1_", 43, 43, Body.BASE64URL), // Fly.io
      new KeyShape("api_org_", 34, 34, Body.ALNUM), // Hugging Face organisation token
      new KeyShape("xkeysib-", 81, 81, Body.ANY), // Brevo (Sendinblue)
      new KeyShape("GOCSPX-", 28, 28, Body.BASE64URL), // Google OAuth client secret
      new KeyShape("HRKU-", 60, 64, Body.BASE64URL), // Heroku
      new KeyShape("sess-", 40, 40, Body.ALNUM), // OpenAI session key
      new KeyShape("AKCp", 60, 80, Body.ALNUM), // JFrog API key
      new KeyShape("squ_", 40, 40, Body.HEX), // SonarQube user, project and analysis tokens
      new KeyShape("sqp_", 40, 40, Body.HEX),
      new KeyShape("sqa_", 40, 40, Body.HEX),
      new KeyShape("sgp_", 40, 80, Body.ANY), // Sourcegraph
      new KeyShape("access-production-", 36, 36, Body.ANY), // Plaid access tokens
      new KeyShape("access-development-", 36, 36, Body.ANY),
      new KeyShape("duffel_live_", 43, 43, Body.BASE64URL), // Duffel
      new KeyShape("dt0c01.", 80, 100, Body.ANY), // Dynatrace
      new KeyShape("ico-", 32, 32, Body.ALNUM)); // Infracost

  private static final String JWT_PREFIX = "eyJ";
  /** A Twitch stream key: this prefix, the channel's numeric id, "_" and a 30-char secret ("live_402918374_Qx8m…"). */
  private static final String TWITCH_PREFIX = "live_";
  private static final int MIN_TWITCH_ID_DIGITS = 5;
  private static final int MAX_TWITCH_ID_DIGITS = 12;
  private static final int TWITCH_SECRET = 30;
  private static final int TWILIO_AUTH_TOKEN = 32;
  private static final ContextWords TWILIO = ContextWords.of("twilio");
  private static final int TWILIO_WINDOW = 80;
  /** A Mollie live API key: the same prefix and 30 letters and digits ("live_7xRkq2…"), with no channel's id. */
  private static final int MOLLIE_BODY = 30;
  /** How a Discord bot token starts: its first part is the base64 of a number, and base64 of a digit starts so. */
  private static final String DISCORD_ID_STARTS = "MNO";
  /** The first characters of all prefixes: most runs start with another and are compared with no shape. */
  private static final String PREFIX_STARTS =
      SHAPES.stream().map(shape -> shape.prefix().substring(0, 1)).distinct().collect(Collectors.joining())
          + JWT_PREFIX.charAt(0) + TWITCH_PREFIX.charAt(0) + DISCORD_ID_STARTS;

  /** {@link #SHAPES} by the first char of their prefix, in their order: a run is compared only with the shapes that start as it does. */
  private static final List<List<KeyShape>> SHAPES_BY_FIRST_CHAR = shapesByFirstChar();

  private static final double MIN_BITS_PER_CHAR = 3.0;
  /**
   * An AWS secret access key: 40 base64 chars, pasted after its key id and some of these separators,
   * also as the next argument of a call in code ({@code ("AKIA…", "wJalr…")}).
   */
  private static final int AWS_SECRET = 40;
  private static final String AWS_PAIR_SEPARATORS = " /:,|\t\"'";
  private static final int MAX_AWS_PAIR_SEPARATOR = 4;
  static final int MIN_TOKEN = 12;
  private static final int MAX_TOKEN = 8192;
  // A Discord bot token: id, dot, timestamp, dot, HMAC
  private static final int MIN_DISCORD_ID = 23;
  private static final int MAX_DISCORD_ID = 28;
  private static final int DISCORD_TIMESTAMP = 6;
  private static final int MIN_DISCORD_HMAC = 27;
  private static final int MIN_DISCORD_TOKEN = MIN_DISCORD_ID + 1 + DISCORD_TIMESTAMP + 1 + MIN_DISCORD_HMAC;
  /** A Discord id is a number of 17 to 20 digits. */
  private static final int MIN_DISCORD_ID_DIGITS = 17;
  private static final int MAX_DISCORD_ID_DIGITS = 20;
  /** A Telegram bot token: the bot's id, a colon, and a 35-char secret that starts with "AA". */
  private static final String TELEGRAM_SECRET_START = "AA";
  private static final int TELEGRAM_SECRET = 35;
  private static final int MIN_TELEGRAM_ID_DIGITS = 8;
  private static final int MAX_TELEGRAM_ID_DIGITS = 10;

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
      if (end - start < MIN_TOKEN || end - start > MAX_TOKEN || Chars.wordCharAt(text, start - 1)) {
        continue;
      }
      int botId = telegramBotIdStart(text, start, end);
      if (botId >= 0) {
        out.add(new Span(EntityType.SECRET, botId, end));
      } else if (isKey(text, start, end) || isTwilioAuthToken(text, start, end)) {
        out.add(new Span(EntityType.SECRET, start, end));
        if (text.startsWith(AWS_KEY_ID, start) || text.startsWith(AWS_TEMPORARY_KEY_ID, start)) {
          addAwsSecretAfter(text, end, out);
        }
      }
    }
  }

  /**
   * The secret access key pasted right after its access key id, as people paste the pair: "ASIA… /
   * wGGB…", "AKIA…:wJalr…", "AKIA…, wJalr…". It has no prefix of its own, but its length, its base64
   * chars and its randomness (capitals, small letters and digits) tell it after the id.
   */
  private static void addAwsSecretAfter(String text, int idEnd, List<Span> out) {
    int start = idEnd;
    while (start < text.length() && start - idEnd < MAX_AWS_PAIR_SEPARATOR && AWS_PAIR_SEPARATORS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int end = start;
    while (end < text.length() && end - start <= AWS_SECRET && isBase64Char(text.charAt(end))) {
      end++;
    }
    if (start > idEnd && end - start == AWS_SECRET && mixesCaseAndDigits(text, start, end)
        && Entropy.bitsPerChar(text.subSequence(start, end)) >= MIN_BITS_PER_CHAR) {
      out.add(new Span(EntityType.SECRET, start, end));
    }
  }

  private static boolean isBase64Char(char c) {
    return Chars.isAsciiAlnum(c) || c == '/' || c == '+';
  }

  private static boolean mixesCaseAndDigits(String text, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      upper |= Chars.isUpper(c);
      lower |= Chars.isLower(c);
      digit |= Chars.isDigit(c);
    }
    return upper && lower && digit;
  }

  /** Length of the provider prefix {@code value} starts with ({@code sk-proj-}, {@code AKIA}), or 0. */
  public static int providerPrefixLength(String value) {
    if (value.startsWith(JWT_PREFIX)) {
      return JWT_PREFIX.length();
    }
    if (value.startsWith(TWITCH_PREFIX)) {
      return TWITCH_PREFIX.length();
    }
    for (KeyShape shape : value.isEmpty() ? List.<KeyShape>of() : shapesStartingWith(value.charAt(0))) {
      if (value.startsWith(shape.prefix())) {
        return shape.prefix().length();
      }
    }
    return 0;
  }

  private static List<KeyShape> shapesStartingWith(char c) {
    return c < SHAPES_BY_FIRST_CHAR.size() ? SHAPES_BY_FIRST_CHAR.get(c) : List.of();
  }

  private static List<List<KeyShape>> shapesByFirstChar() {
    List<List<KeyShape>> lists = new ArrayList<>();
    for (char c = 0; c < 128; c++) {
      char first = c;
      lists.add(SHAPES.stream().filter(shape -> shape.prefix().charAt(0) == first).toList());
    }
    return List.copyOf(lists);
  }

  private static boolean isKey(String text, int start, int end) {
    if (PREFIX_STARTS.indexOf(text.charAt(start)) < 0) {
      return false;
    }
    if (text.startsWith(JWT_PREFIX, start)) {
      return isJwt(text, start, end);
    }
    if (text.startsWith(TWITCH_PREFIX, start)) {
      return isTwitchStreamKey(text, start, end) || isMollieLiveKey(text, start, end);
    }
    if (isDiscordBotToken(text, start, end)) {
      return true;
    }
    for (KeyShape shape : shapesStartingWith(text.charAt(start))) {
      if (text.startsWith(shape.prefix(), start)) {
        int bodyLength = end - start - shape.prefix().length();
        return bodyLength >= shape.minBody()
            && bodyLength <= shape.maxBody()
            && admitsBody(shape.body(), text, start + shape.prefix().length(), end)
            && Entropy.bitsPerChar(text.subSequence(start + shape.prefix().length(), end)) >= MIN_BITS_PER_CHAR
            && !SecretValues.isPlaceholderBody(text.subSequence(start + shape.prefix().length(), end));
      }
    }
    return false;
  }

  /**
   * Where the Telegram bot token whose secret is the run {@code [start, end)} starts, or -1. The
   * run holds only the secret, as a key run stops at the colon after the bot's id:
   * "123456789:AAHk…" is the token, the id alone would pass for a phone number.
   */
  private static int telegramBotIdStart(String text, int start, int end) {
    if (start == 0 || text.charAt(start - 1) != ':' || end - start != TELEGRAM_SECRET || !text.startsWith(TELEGRAM_SECRET_START, start)
        || !admitsBody(Body.BASE64URL, text, start, end) || Entropy.bitsPerChar(text.subSequence(start, end)) < MIN_BITS_PER_CHAR) {
      return -1;
    }
    int idStart = start - 1;
    while (idStart > 0 && Chars.isDigit(text.charAt(idStart - 1))) {
      idStart--;
    }
    int idDigits = start - 1 - idStart;
    boolean standsAlone = !Chars.wordCharAt(text, idStart - 1);
    return idDigits >= MIN_TELEGRAM_ID_DIGITS && idDigits <= MAX_TELEGRAM_ID_DIGITS && standsAlone ? idStart : -1;
  }

  /** live_, the channel's id, "_" and the secret: the id's digits and the secret's length and randomness tell it from a name ("live_events_2024_…"). */
  private static boolean isTwitchStreamKey(String text, int start, int end) {
    int idStart = start + TWITCH_PREFIX.length();
    int idEnd = idStart;
    while (idEnd < end && Chars.isDigit(text.charAt(idEnd))) {
      idEnd++;
    }
    int secretStart = idEnd + 1;
    return idEnd - idStart >= MIN_TWITCH_ID_DIGITS && idEnd - idStart <= MAX_TWITCH_ID_DIGITS
        && idEnd < end && text.charAt(idEnd) == '_' && end - secretStart == TWITCH_SECRET
        && admitsBody(Body.ALNUM, text, secretStart, end)
        && Entropy.bitsPerChar(text.subSequence(secretStart, end)) >= MIN_BITS_PER_CHAR;
  }

  /**
   * Twilio's auth token, which has no prefix: 32 lower-case hex chars in quotes, on a line of code
   * that names Twilio before it ({@code new Twilio(process.env.TWILIO_SID, "2efb…")}); the call,
   * the quotes and the shape together tell it from a hash.
   */
  private static boolean isTwilioAuthToken(String text, int start, int end) {
    return end - start == TWILIO_AUTH_TOKEN && start > 0 && end < text.length() && isQuote(text.charAt(start - 1))
        && text.charAt(end) == text.charAt(start - 1) && admitsBody(Body.HEX, text, start, end)
        && Entropy.bitsPerChar(text.subSequence(start, end)) >= MIN_BITS_PER_CHAR && namesTwilioBefore(text, start);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** True if "Twilio" stands before {@code pos} on its line, at most {@link #TWILIO_WINDOW} chars back. */
  private static boolean namesTwilioBefore(String text, int pos) {
    int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    return TWILIO.occursBefore(text, pos, Math.min(TWILIO_WINDOW, pos - lineStart));
  }

  /** live_ and 30 letters and digits that mix cases and digits and look random: a name ("live_events_…") does not. */
  private static boolean isMollieLiveKey(String text, int start, int end) {
    int bodyStart = start + TWITCH_PREFIX.length();
    return end - bodyStart == MOLLIE_BODY && admitsBody(Body.ALNUM, text, bodyStart, end) && mixesCaseAndDigits(text, bodyStart, end)
        && Entropy.bitsPerChar(text.subSequence(bodyStart, end)) >= MIN_BITS_PER_CHAR;
  }

  /** header.payload.signature, each base64url; the header is JSON, so it starts with eyJ. */
  private static boolean isJwt(String text, int start, int end) {
    int[] dots = twoDots(text, start, end);
    return dots != null && dots[0] - start >= 10 && dots[1] - dots[0] > 10 && end - dots[1] > 10;
  }

  /**
   * A Discord bot token has no prefix but three dot-separated base64url parts: the bot's numeric
   * id, a 6-char timestamp and an HMAC. That the first part decodes to digits is the check.
   */
  private static boolean isDiscordBotToken(String text, int start, int end) {
    if (DISCORD_ID_STARTS.indexOf(text.charAt(start)) < 0 || end - start < MIN_DISCORD_TOKEN) {
      return false;
    }
    int[] dots = twoDots(text, start, end);
    if (dots == null) {
      return false;
    }
    int idLength = dots[0] - start;
    if (idLength < MIN_DISCORD_ID || idLength > MAX_DISCORD_ID || dots[1] - dots[0] - 1 != DISCORD_TIMESTAMP
        || end - dots[1] - 1 < MIN_DISCORD_HMAC) {
      return false;
    }
    byte[] id;
    try {
      id = Base64.getUrlDecoder().decode(text.substring(start, dots[0]));
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    for (byte b : id) {
      if (b < '0' || b > '9') {
        return false;
      }
    }
    return id.length >= MIN_DISCORD_ID_DIGITS && id.length <= MAX_DISCORD_ID_DIGITS
        && Entropy.bitsPerChar(text.subSequence(dots[1] + 1, end)) >= MIN_BITS_PER_CHAR;
  }

  /** Where the two dots of a three-part token in {@code [start, end)} are, or null if it has not exactly two. */
  private static int[] twoDots(String text, int start, int end) {
    int[] dots = new int[2];
    int count = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '.') {
        if (count == 2) {
          return null;
        }
        dots[count++] = i;
      }
    }
    return count == 2 ? dots : null;
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
