package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Credentials assigned to a name that says what they are: {@code password=hunter2},
 * {@code "api_key": "..."}, {@code DB_PASSWORD='...'}, {@code client_secret: ...}, in prose
 * "my password is Tr0ub4dor" and "pass Gr33n!Tea", and on command lines {@code --password s3cret},
 * MySQL's {@code -ps3cret}, {@code redis-cli -a}, {@code sshpass -p} and {@code curl -u user:pw}.
 * A name that only ends in "key" ({@code MAILGUN_KEY}, {@code stripeKey}) needs a value that looks
 * random. The span is the value only. Triggers are {@code =}, {@code :}, {@code -} and the {@code >}
 * of an XML element ({@code <password>…</password>}), found by vectorised searches of the text, and
 * the word "is" and credential words, among the tokens.
 */
public final class PasswordAssignmentDetector implements Detector {

  private static final List<String> KEYS = List.of(
      "pgpassword", "password", "passwd", "passwort", "contraseña", "pwd", "pw", "pass", "passphrase", "secret", "token", "apikey",
      // "password" in more languages: French "mot de passe", Portuguese, Dutch, Polish, Swedish, Danish and Norwegian,
      // Finnish, Croatian and Serbian, Slovenian, Estonian, Lithuanian (Icelandic "lykilorð" ends in no ASCII letter, as keys must)
      "passe", "senha", "wachtwoord", "hasło", "lösenord", "adgangskode", "kodeord", "passord", "salasana", "lozinka", "geslo",
      "parool", "slaptažodis",
      "api_key", "api-key", "access_key", "secret_key", "private_key", "client_secret", "auth_token",
      "access_token", "refresh_token", "credentials",
      // AWS names its key pair's public half so, but an access key id is a credential all the same (pii.md: "AWS keys")
      "access_key_id",
      // a Wi-Fi network's pre-shared key, as wpa_supplicant.conf writes it: psk="…"
      "psk");
  /**
   * The words that end a credential's name written apart from its value ("pass Gr33n!Tea", "auth
   * token 4f9c…"); the lexicon flags them, so the detector finds them in one pass over the tokens.
   * Each is a key above, or the last word of one.
   */
  static final String CREDENTIAL_WORDS = "password passwd passwort pwd pw pass passphrase contraseña senha wachtwoord hasło lösenord"
      + " adgangskode kodeord passord salasana lozinka geslo parool slaptažodis lykilorð token secret key";
  /**
   * The words that name a password, which people set and tell in prose ("key" and "token" are set
   * to anything), in English and in the languages and scripts that space their words: Russian and
   * Ukrainian, Italian and Romanian, Czech and Slovak, Hungarian, Turkish, Hindi, Hebrew (also with
   * its article), and the last words of names of several ({@link #PASSWORD_PHRASES}). The lexicon
   * flags them as credential words.
   */
  static final String PASSWORD_WORDS = "password passwd passwort pwd pw passphrase contraseña senha wachtwoord hasło lösenord"
      + " adgangskode kodeord passord salasana lozinka geslo parool slaptažodis lykilorð"
      + " пароль пароля паролем parola heslo hesla jelszó jelszava şifre şifresi şifrem पासवर्ड סיסמה הסיסמה"
      + " passe khẩu sandi المرور السر";
  private static final long[] PASSWORD_WORD_KEYS = Tokens.keys(PASSWORD_WORDS);
  /** Names of a password of several words, whose last word alone says something else ("je passe", "xuất khẩu"). */
  private static final List<long[]> PASSWORD_PHRASES =
      Stream.of("mot de passe", "mật khẩu", "kata sandi", "كلمة المرور", "كلمة السر").map(Tokens::keys).toList();
  /**
   * The names of a password in scripts that do not space their words, which glue it to what
   * follows ("密码是", "パスワードは"), so that it is no token of its own, and in Korean, which glues
   * particles to it; looked for in the text when it holds such letters.
   */
  private static final List<String> UNSPACED_PASSWORD_WORDS = List.of("密码", "密碼", "パスワード", "비밀번호", "รหัสผ่าน");
  /** What follows such a name before its value, as "is" does: 是 and 为 in Chinese, は in Japanese, 는 and 가 in Korean, คือ in Thai. */
  private static final List<String> UNSPACED_COPULAS = List.of("是", "为", "為", "は", "는", "가", "คือ");
  /**
   * Names of a session's id, which a cookie or a log assigns: "sid=ed29d454…", {@code PHPSESSID}.
   * Like some key's, the value must look random; and the name must be whole, as Twilio's
   * "CallSid" names no session.
   */
  private static final List<String> SESSION_KEYS = List.of(
      "sid", "sessid", "session", "sessionid", "session_id", "session-id", "phpsessid", "jsessionid", "connect.sid");
  /**
   * For each last letter of a key (or of "key"), the ASCII letters that come before it, as bits: most
   * names end otherwise and are ruled out before any key is compared. Every key ends in two letters.
   */
  private static final int[] LETTERS_BEFORE_LAST = lettersBeforeLast();
  /** {@link #KEYS} by last letter, in their order: a name is compared only with the keys that end as it does. */
  private static final Map<Character, List<String>> KEYS_BY_LAST_LETTER =
      KEYS.stream().collect(Collectors.groupingBy(key -> key.charAt(key.length() - 1)));
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "access", "private", "signing", "encryption", "master",
      "wifi", "wlan", "wpa", "wpa2", "network"); // a wireless network's key is its password: "wifi key Zephyr_9172zz"
  /** Keys that are no secrets: of databases, caches, sorting, storage, keyboards, and public halves of key pairs. */
  private static final Set<String> NOT_SECRET_KEYS = Set.of(
      "primary", "foreign", "unique", "composite", "natural", "surrogate", "candidate", "secondary", "sort", "partition",
      "hash", "range", "row", "shard", "routing", "cache", "lookup", "map", "dict", "object", "s3", "bucket", "file",
      "idempotency", "dedup", "message", "translation", "i18n", "hot", "shortcut", "public", "publishable", "pub");
  /** Command-line options whose value is a password. */
  private static final Set<String> PASSWORD_OPTIONS = Set.of("password", "passwd", "pass");
  /** An option, written apart from its value, whose value is a password when one of {@code commands} is on its line before it. */
  private record CommandOption(String option, ContextWords commands, Evidence evidence) {}

  private static final List<CommandOption> COMMAND_OPTIONS = List.of(
      new CommandOption("-a", ContextWords.of("redis-cli"), Evidence.LITERAL),
      new CommandOption("-p", ContextWords.of("sshpass", "docker login", "podman login"), Evidence.LITERAL),
      new CommandOption("-u", ContextWords.of("curl"), Evidence.USER_AND_PASSWORD),
      new CommandOption("--user", ContextWords.of("curl"), Evidence.USER_AND_PASSWORD));
  /** MySQL's clients (mysql, mysqldump, mariadb …) take the password glued to {@code -p}. */
  private static final ContextWords GLUED_PASSWORD_COMMANDS = ContextWords.of("mysql", "mariadb");
  private static final int MAX_COMMAND_LINE = 256;
  /** The call that takes a user and a password as its two arguments in Python's mail and FTP clients. */
  private static final String LOGIN_CALL = "login";
  /** Words that start a phrase between a credential's name and "is". */
  private static final List<String> PREPOSITIONS = List.of("at", "for", "of", "on", "in", "to", "from", "with", "into");
  /**
   * Words that start a phrase between a password's name and "is" or a colon, in English and the
   * languages of {@link #PASSWORD_WORDS}: "de la base de prod", "do painel", "от админки".
   */
  private static final long[] PHRASE_OPENERS = Tokens.keys(String.join(" ", PREPOSITIONS)
      + " de del da do du des della dello dei di van von vom für bei na w we z ze dla od u pro k ke для от на в во к у з від до"
      + " של dari untuk pada của cho في من sa");
  /**
   * "is" in the languages of {@link #PASSWORD_WORDS}: "est", "es", "é", "ist", "è", "это", "jest",
   * "je", "adalah", "là", Finnish "on", Polish "to", Tagalog "ay" … English (and Dutch) "is" has its
   * own rule, {@link #proseValue}; English "to" sets one ("changed the password to …").
   */
  private static final long[] COPULAS = Tokens.keys("est es é ist è это є jest je är er adalah là היא הוא هي هو है είναι on to ay");
  /** {@link #PREPOSITIONS} by length: most words before "is" are compared with none or one ("the" with "for"). */
  private static final String[][] PREPOSITIONS_BY_LENGTH = byLength(PREPOSITIONS);
  /**
   * The most words of a phrase between a password's name and its value: Romance languages spend
   * articles ("de la base de prod"), English adjectives ("for the co-op common room").
   */
  private static final int MAX_TOLD_PHRASE_WORDS = 6;
  private static final String WAS = " was ";
  private static final long IS = Tokens.key("is");
  private static final long IT = Tokens.key("it");
  private static final long TO = Tokens.key("to");
  private static final long[] SETTING_VERBS = Tokens.keys("set change changed reset update updated made make");
  /**
   * "it's" as chat writes it, telling what the password is: "can u make my password stronger?
   * currently its Fluffy2019"; and "one is", "one was": "reset the password … Current one was Sunnyside2023!".
   */
  private static final long[] ITS = Tokens.keys("its it's");
  private static final long ONE = Tokens.key("one");
  private static final long[] TELLING_VERBS = Tokens.keys("is was");
  /** Words between "is" and a password: "my password is literally password123". */
  private static final List<String> ADVERBS = List.of("literally ", "still ", "currently ", "actually ", "just ", "now ");
  /** Accounts that devices and databases come with, written before their password: "router: 192.168.10.1 (admin / R0uter!Home)". */
  private static final Set<String> DEFAULT_ACCOUNTS = Set.of("admin", "administrator", "root");
  /** HTTP's Basic authentication scheme after a header's colon, and the base64 of the shortest "u:pw". */
  private static final String BASIC_SCHEME = " Basic ";
  private static final int MIN_BASIC_CREDENTIALS = 8;
  /** Adjectives that follow a password's name: Indonesian and Malay "old" and "new", Spanish, Portuguese, French and Italian "new", "old", "current". */
  private static final long[] LATER_ADJECTIVES = Tokens.keys(
      "lama baru nueva nuevo antigua antiguo actual nova antiga atual nouveau nouvel ancien actuel nuova vecchia attuale");
  /** The keys of a Kubernetes environment entry, {@code - name: DB_PASSWORD} and {@code value: "…"} on the next line. */
  private static final String ENV_NAME = "name: ";
  private static final String ENV_VALUE = "value";
  /** The colons of a .pgpass line, host:port:database:user:password. */
  private static final int PGPASS_COLONS = 4;
  private static final int MAX_WORDS_TO_SETTING = 12;
  private static final int MAX_NAME = 64;
  /** The most spaces that align an operator with those of longer names. */
  private static final int MAX_ALIGNMENT = 32;
  private static final int MAX_VALUE = 256;
  private static final int MIN_VALUE = 4;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Tokens tokens = scanned.tokens();
    for (int i = tokens.mayHold('=') ? text.indexOf('=', 1) : -1; i >= 0; i = text.indexOf('=', i + 1)) {
      assignedValue(text, i, out);
    }
    for (int i = tokens.mayHold(':') ? text.indexOf(':', 1) : -1; i >= 0; i = text.indexOf(':', i + 1)) {
      assignedValue(text, i, out);
      pgpassValue(text, i, out);
      AccessCredentials.find(text, i, out);
      if (text.startsWith(BASIC_SCHEME, i + 1)) {
        basicCredentialsValue(text, i + 1 + BASIC_SCHEME.length(), out);
      }
    }
    for (int i = text.indexOf(',', 1); i >= 0; i = text.indexOf(',', i + 1)) {
      if (isQuote(text.charAt(i - 1))) {
        argumentValue(text, i, out);
        loginPasswordValue(text, i, out);
      }
    }
    for (int i = tokens.mayHold('(') ? text.indexOf('(', 1) : -1; i >= 0; i = text.indexOf('(', i + 1)) {
      if (i + 1 < text.length() && isQuote(text.charAt(i + 1))) {
        calledValue(text, i, out);
      }
    }
    for (int i = tokens.mayHold('/') ? text.indexOf('/', 1) : -1; i >= 0; i = text.indexOf('/', i + 1)) {
      if (text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        accountPasswordValue(text, i, out);
      }
    }
    for (int i = tokens.mayHold('>') ? text.indexOf('>', 1) : -1; i >= 0; i = text.indexOf('>', i + 1)) {
      elementValue(text, i, out);
    }
    for (int dash = tokens.mayHold('-') ? text.indexOf('-') : -1; dash >= 0; dash = text.indexOf('-', dash + 1)) {
      if (dash + 1 < text.length() && text.charAt(dash + 1) == 'p') {
        optionValue(text, dash, out);
      }
      commandOptionValue(text, dash, out);
    }
    for (int t = TokenSearch.nextWordOrFlagged(tokens, IS, Lexicon.CREDENTIAL_WORD, 0); t >= 0;
        t = TokenSearch.nextWordOrFlagged(tokens, IS, Lexicon.CREDENTIAL_WORD, t + 1)) {
      int space = tokens.start(t) - 1;
      if (tokens.is(t, IS) && space >= 1 && text.charAt(space) == ' ' && text.startsWith("is ", space + 1)) { // " is ", not "İs" nor "is."
        proseValue(text, space, out);
      }
      boolean option = space >= 0 && text.charAt(space) == '-'; // options such as --password have their own rule
      if (!tokens.has(t, Lexicon.CREDENTIAL_WORD) || option || !endsPasswordPhrase(tokens, t)) {
        continue;
      }
      boolean passwordWord = tokens.isAny(t, PASSWORD_WORD_KEYS);
      labelledValue(text, tokens.end(t), passwordWord, out);
      if (passwordWord) {
        toldValue(tokens, t, out);
        valueSetLater(tokens, t, out);
        formerValue(text, tokens.end(t), out);
        qualifiedValue(tokens, t, out);
      }
    }
    if (tokens.anyHas(Tokens.HAS_CJK | Tokens.CASELESS)) {
      for (String word : UNSPACED_PASSWORD_WORDS) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
          unspacedValue(text, i + word.length(), out);
        }
      }
    }
    if (tokens.mayHold('\n') && text.indexOf('\n') >= 0) {
      TableSecrets.find(scanned, out); // a table has lines; its header is the cue
    }
  }

  /** True unless the word {@code t} is the last of a password's name of several words that the words before it do not complete. */
  private static boolean endsPasswordPhrase(Tokens tokens, int t) {
    for (long[] phrase : PASSWORD_PHRASES) {
      if (tokens.is(t, phrase[phrase.length - 1])) {
        for (int k = 1; k < phrase.length; k++) {
          if (!tokens.is(t - k, phrase[phrase.length - 1 - k])) {
            return false;
          }
        }
        return true;
      }
    }
    return true;
  }

  /**
   * The value after a password's name in a script that does not space its words, and after its
   * copula or a colon: "root 密码是 %C9RO$^xXq，用完记得改", "DBパスワードは PXg7Cw%tEPua です",
   * "비밀번호: TJiEXv9Q1R". The value starts with a Latin char and, as in prose, mixes classes.
   */
  private static void unspacedValue(String text, int wordEnd, List<Span> out) {
    int i = skipSpace(text, wordEnd);
    for (String copula : UNSPACED_COPULAS) {
      if (text.startsWith(copula, i)) {
        i = skipSpace(text, i + copula.length());
        break;
      }
    }
    if (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：')) {
      i++;
    }
    i = skipSpace(text, i);
    if (i < text.length() && text.charAt(i) > ' ' && text.charAt(i) < 128) {
      addValue(text, i, true, Evidence.GENERATED, out);
    }
  }

  /** After one space at {@code i}, if there is one. */
  private static int skipSpace(String text, int i) {
    return i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
  }

  /**
   * A password that a sentence after the word sets by "it", often in the next turn of a chat:
   * "Have you tried resetting the password?" then "yes, I set it to M4ngo&Chili77", or tells by
   * "it's": "currently its Fluffy2019". The value must mix classes, as in prose.
   */
  private static void valueSetLater(Tokens tokens, int password, List<Span> out) {
    for (int k = password + 1; k < tokens.count() && k <= password + MAX_WORDS_TO_SETTING; k++) {
      if (tokens.isAny(k, ITS)) {
        addValue(tokens.text(), tokens.end(k), true, Evidence.GENERATED, out);
        return;
      }
      if (k + 1 < tokens.count() && tokens.is(k, ONE) && tokens.isAny(k + 1, TELLING_VERBS) && tokens.gapIs(k + 1, " ")) {
        addValue(tokens.text(), tokens.end(k + 1), true, Evidence.GENERATED, out);
        return;
      }
    }
    for (int k = password + 2; k + 1 < tokens.count() && k <= password + MAX_WORDS_TO_SETTING; k++) {
      if (tokens.is(k, IT) && tokens.is(k + 1, TO) && tokens.isAny(k - 1, SETTING_VERBS)) {
        addValue(tokens.text(), tokens.end(k + 1), true, Evidence.GENERATED, out);
        return;
      }
    }
  }

  /**
   * A password told in the past tense, as notes on a rotated one do: "# old hardcoded pw was
   * K1ln-Pr0d-2022!, rotated". As in prose, the value must mix classes ("the password was reset").
   */
  private static void formerValue(String text, int passwordEnd, List<Span> out) {
    if (text.startsWith(WAS, passwordEnd)) {
      addValue(text, passwordEnd + WAS.length(), true, Evidence.GENERATED, out);
    }
  }

  /** {@code redis-cli -a VALUE}, {@code sshpass -p VALUE}, {@code curl -u user:VALUE}: the option that starts at {@code dash}, if any. */
  private static void commandOptionValue(String text, int dash, List<Span> out) {
    for (CommandOption option : COMMAND_OPTIONS) {
      int valueStart = dash + option.option().length() + 1;
      boolean spaced = dash > 0 && text.charAt(dash - 1) == ' ' && valueStart < text.length() && text.charAt(valueStart - 1) == ' ';
      if (spaced && text.startsWith(option.option(), dash) && option.commands().occursBefore(text, dash, lineBefore(text, dash))) {
        addValue(text, valueStart, false, option.evidence(), out);
      }
    }
  }

  /**
   * A credential's name, one space and its value, as people jot them down: "user qa / pass
   * Xk29!ab", "auth token 4f9c…", "wifi şifresi correct-monkey-964". Words could follow a name as
   * well, so the value must mix letters with digits or symbols.
   */
  private static void labelledValue(String text, int nameEnd, boolean passwordWord, List<Span> out) {
    boolean credential = passwordWord || naming(text, nameEnd) == Naming.CREDENTIAL; // naming reads ASCII names only ("şifresi")
    if (isOneSpaceAt(text, nameEnd) && credential && !isAssignedValue(text, nameEnd)) {
      addValue(text, nameEnd + 1, true, Evidence.MIXED, out);
    }
  }

  /**
   * As {@link #labelledValue}, after a password's name and an adjective that follows it, as Indonesian,
   * Malay and Romance languages place them: "Password lama `Citra1995!` bocor", "contraseña nueva
   * Xk29!ab".
   */
  private static void qualifiedValue(Tokens tokens, int password, List<Span> out) {
    int adjective = password + 1;
    if (adjective < tokens.count() && tokens.gapIs(adjective, " ") && tokens.isAny(adjective, LATER_ADJECTIVES)
        && isOneSpaceAt(tokens.text(), tokens.end(adjective))) {
      addValue(tokens.text(), tokens.end(adjective) + 1, true, Evidence.MIXED, out);
    }
  }

  /** True if one space, and no more, stands at {@code i} before more text. */
  private static boolean isOneSpaceAt(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) != ' ';
  }

  /**
   * The user and password of HTTP's Basic scheme, {@code Authorization: Basic dXNlcjpwYXNz}, from
   * char {@code from}: base64 that decodes to printable ASCII with a colon between a user and a
   * password, which tells it from a word after "Basic".
   */
  private static void basicCredentialsValue(String text, int from, List<Span> out) {
    int end = from;
    while (end < text.length() && end - from < MAX_VALUE && (Chars.isAsciiAlnum(text.charAt(end)) || "+/=".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    if (end - from < MIN_BASIC_CREDENTIALS || (end - from) % 4 != 0) {
      return;
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text.substring(from, end));
    } catch (IllegalArgumentException notBase64) {
      return;
    }
    int colon = -1;
    for (int i = 0; i < decoded.length; i++) {
      if (decoded[i] < ' ' || decoded[i] > '~') {
        return;
      }
      colon = colon < 0 && decoded[i] == ':' ? i : colon;
    }
    if (colon > 0 && colon < decoded.length - 1) {
      out.add(new Span(EntityType.SECRET, from, end));
    }
  }

  /** True if the identifier that ends at {@code end} is itself a value after "=" or ":": "reason=bad_password attempts=5". */
  private static boolean isAssignedValue(String text, int end) {
    int start = nameStart(text, end);
    return start > 0 && (text.charAt(start - 1) == '=' || text.charAt(start - 1) == ':');
  }

  /** Start of the identifier (at most {@link #MAX_NAME} chars) that ends at {@code end}; {@code end} if none. */
  private static int nameStart(String text, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_NAME && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * True if the name that ends at {@code nameEnd} is the user of a URL's user info, which
   * UrlCredentialDetector takes with its password: "https://x-access-token:ghp_…@github.com/…".
   */
  private static boolean isUrlUser(String text, int nameEnd) {
    int start = nameStart(text, nameEnd);
    return start >= 3 && text.startsWith("://", start - 3);
  }

  private static void assignedValue(String text, int operator, List<Span> out) {
    char before = text.charAt(operator - 1);
    if (before == '=' || before == '!' || before == '<' || before == '>'
        || operator + 1 < text.length() && text.charAt(operator + 1) == '=' || text.startsWith("//", operator + 1)) {
      return; // comparisons, and URLs (handled by UrlCredentialDetector); a value may open with one '/', as base64 can
    }
    int nameEnd = alignedNameEnd(text, operator);
    while (nameEnd > 0 && operator - nameEnd < 3 && (text.charAt(nameEnd - 1) == ' ' || isQuote(text.charAt(nameEnd - 1)))) {
      nameEnd--;
    }
    Naming naming = naming(text, nameEnd);
    if (naming == Naming.NONE) {
      naming = namingAttribute(text, nameEnd);
    }
    if (naming == Naming.NONE && text.charAt(operator) == ':') {
      naming = namingEnvEntry(text, nameEnd);
    }
    if (naming == Naming.NONE || isUrlUser(text, nameEnd)) {
      return;
    }
    int valueStart = operator + 1;
    if (valueStart < text.length() && text.charAt(valueStart) == '>') {
      valueStart++; // =>
    }
    if (text.charAt(operator) == ':') {
      valueStart = afterTypeAnnotation(text, valueStart);
    }
    addValue(text, valueStart, false, evidenceInCode(naming), out);
  }

  /**
   * Where the value of a declaration with a type starts, after its {@code =}: {@code const API_TOKEN:
   * &str = "…"} in Rust, {@code apiKey: string = "…"} in TypeScript, {@code val token: String = "…"} in
   * Kotlin; {@code from} itself if no type and {@code =} follow it.
   */
  private static int afterTypeAnnotation(String text, int from) {
    int typeStart = skipSpace(text, from);
    int typeEnd = typeStart;
    while (typeEnd < text.length() && typeEnd - typeStart < MAX_NAME && isTypeChar(text.charAt(typeEnd))) {
      typeEnd++;
    }
    return typeEnd > typeStart && text.startsWith(" = ", typeEnd) ? typeEnd + 2 : from;
  }

  /** A char of a type's name: {@code &str}, {@code Option<String>}, {@code string[]}, {@code String?}. */
  private static boolean isTypeChar(char c) {
    return isNameChar(c) || c == '&' || c == '<' || c == '>' || c == '[' || c == ']' || c == '?';
  }

  /**
   * A Kubernetes container's environment entry, which names its credential on the line before its
   * value: {@code - name: DB_PASSWORD} then {@code value: "…"}. {@code valueNameEnd} ends "value".
   */
  private static Naming namingEnvEntry(String text, int valueNameEnd) {
    int valueName = valueNameEnd - ENV_VALUE.length();
    if (valueName < 1 || !text.startsWith(ENV_VALUE, valueName) || text.charAt(valueName - 1) != ' ' && text.charAt(valueName - 1) != '\n') {
      return Naming.NONE;
    }
    int lineStart = valueName;
    while (lineStart > 0 && text.charAt(lineStart - 1) == ' ') {
      lineStart--;
    }
    if (lineStart == 0 || text.charAt(lineStart - 1) != '\n') {
      return Naming.NONE;
    }
    int nameEnd = lineStart - 1; // the line break that ends the line before
    while (nameEnd > 0 && (text.charAt(nameEnd - 1) == ' ' || isQuote(text.charAt(nameEnd - 1)) || text.charAt(nameEnd - 1) == '\r')) {
      nameEnd--;
    }
    int nameStart = nameStart(text, nameEnd);
    int keyEnd = nameStart > 0 && isQuote(text.charAt(nameStart - 1)) ? nameStart - 1 : nameStart;
    boolean envName = nameStart < nameEnd && keyEnd >= ENV_NAME.length() && text.startsWith(ENV_NAME, keyEnd - ENV_NAME.length());
    return envName ? naming(text, nameEnd) : Naming.NONE;
  }

  /**
   * The value told after a password's name, in any of the languages of {@link #PASSWORD_WORDS}: after
   * "is" or a colon or dash, and a phrase of place or purpose between them that a preposition opens.
   * "pasted the production Redis password into the incident channel: rEd1s-Prod-9QpX2v", "Le mot
   * de passe de la base de prod est 7SC**5&bB…", "Пароль от админки: w$ZNT$n^x%". As in prose, the
   * value must mix classes.
   */
  private static void toldValue(Tokens tokens, int password, List<Span> out) {
    int next = password + 1;
    if (next < tokens.count() && toldAfterCopula(tokens, next, out)) {
      return;
    }
    if (next < tokens.count() && tokens.gapIs(next, " ") && tokens.isAny(next, PHRASE_OPENERS)) {
      next++;
      while (next < tokens.count() && next - password <= MAX_TOLD_PHRASE_WORDS && tokens.gapIs(next, " ")) {
        if (toldAfterCopula(tokens, next, out)) {
          return;
        }
        next++;
      }
    }
    String text = tokens.text();
    int gap = tokens.end(next - 1);
    int mark = skipSpace(text, gap);
    boolean spacedMark = mark + 1 < text.length() && (text.charAt(mark) == ':' || text.charAt(mark) == '—')
        && text.charAt(mark + 1) == ' '; // not the "://" of "reset it at https://…"
    boolean assigned = next == password + 1 && naming(text, tokens.end(password)) != Naming.NONE; // "senha: …": read as an assignment
    if ((spacedMark || mark < text.length() && text.charAt(mark) == '：') && !assigned) {
      addValue(text, mark + 1, true, Evidence.GENERATED, out);
    }
  }

  /**
   * True if the word {@code copula} is one of {@link #COPULAS}, a value that mixes classes follows it,
   * and a span was added for that value. Some copulas are also prepositions elsewhere (Finnish "on",
   * Polish "to"), so a phrase goes on past one that tells nothing: "password to the wiki: …".
   */
  private static boolean toldAfterCopula(Tokens tokens, int copula, List<Span> out) {
    String text = tokens.text();
    int end = tokens.end(copula);
    if (!tokens.gapIs(copula, " ") || !tokens.isAny(copula, COPULAS) || end >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int before = out.size();
    addValue(text, end, true, Evidence.GENERATED, out);
    return out.size() > before;
  }

  /**
   * The second argument of a call whose first, in quotes, names a credential: PHP's {@code
   * define( 'DB_PASSWORD', '…' )}, {@code config.set("api_key", "…")}. The value must be quoted.
   * {@code comma} follows the name's closing quote.
   */
  private static void argumentValue(String text, int comma, List<Span> out) {
    int nameEnd = comma - 1;
    Naming naming = naming(text, nameEnd);
    int nameStart = nameStart(text, nameEnd);
    if (naming != Naming.NONE && nameStart > 0 && text.charAt(nameStart - 1) == text.charAt(nameEnd)) {
      quotedArgumentAfter(text, comma, evidenceInCode(naming), out);
    }
  }

  /**
   * The quoted first argument of a call that a credential's name names, if it looks random: {@code
   * account.from_key("0xe7da…")}, {@code client.set_api_key("9f8Kq2…")}; not a name or path that such a
   * call reads ({@code get_secret("prod/db")}, {@code getenv("API_KEY")}). {@code paren} opens the arguments.
   */
  private static void calledValue(String text, int paren, List<Span> out) {
    if (naming(text, paren) != Naming.NONE) {
      addValue(text, paren + 1, false, Evidence.RANDOM, out);
    }
  }

  /** Adds the next argument after {@code comma} and up to three spaces, if it is quoted: the value of a call. */
  private static void quotedArgumentAfter(String text, int comma, Evidence evidence, List<Span> out) {
    int valueStart = comma + 1;
    while (valueStart < text.length() && valueStart - comma <= 3 && text.charAt(valueStart) == ' ') {
      valueStart++;
    }
    if (valueStart < text.length() && isQuote(text.charAt(valueStart))) {
      addValue(text, valueStart, false, evidence, out);
    }
  }

  /**
   * The password that a login call takes after a quoted user: Python's smtplib, imaplib and ftplib
   * {@code server.login("ana@example.org", "…")}. The value must be quoted; {@code comma} follows the
   * user's closing quote.
   */
  private static void loginPasswordValue(String text, int comma, List<Span> out) {
    int open = comma - 2;
    while (open >= 0 && comma - open <= MAX_VALUE && text.charAt(open) != text.charAt(comma - 1)) {
      open--;
    }
    int call = open - 1;
    boolean login = call >= LOGIN_CALL.length() && text.charAt(call) == '(' && text.startsWith(LOGIN_CALL, call - LOGIN_CALL.length())
        && !Chars.wordCharAt(text, call - LOGIN_CALL.length() - 1);
    if (login) {
      quotedArgumentAfter(text, comma, Evidence.LITERAL, out);
    }
  }

  /**
   * The password after a device's or database's default account and a spaced slash: "admin /
   * R0uter!Home"; not a name assigned there ("admin / password=…"), whose own rule finds its value.
   */
  private static void accountPasswordValue(String text, int slash, List<Span> out) {
    int after = slash + 2;
    while (after < text.length() && isNameChar(text.charAt(after))) {
      after++;
    }
    if (after < text.length() && (text.charAt(after) == '=' || text.charAt(after) == ':')) {
      return;
    }
    int wordEnd = slash - 1;
    int wordStart = wordEnd;
    while (wordStart > 0 && wordEnd - wordStart < MAX_NAME && Chars.isAsciiLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (!Chars.joinsWordAt(text, wordStart - 1) && DEFAULT_ACCOUNTS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
      addValue(text, slash + 2, true, Evidence.GENERATED, out);
    }
  }

  /**
   * The password of a .pgpass line, host:port:database:user:password (any field but the password
   * may be "*"): after the record's fourth colon, if the record holds no space, its second field is
   * a port and its first no number (a time's "12:30:45:00:…"). Words may stand before it on its line.
   */
  private static void pgpassValue(String text, int colon, List<Span> out) {
    int colons = 1;
    int secondColon = colon;
    int lineStart = colon;
    while (lineStart > 0 && colon - lineStart < MAX_COMMAND_LINE && text.charAt(lineStart - 1) != '\n') {
      char c = text.charAt(lineStart - 1);
      if (c == ' ' || c == '\t') {
        break; // the record may follow words: "my .pgpass line is: host:5432:db:user:pw"
      }
      if (Character.isWhitespace(c) || colons > PGPASS_COLONS) {
        return;
      }
      if (c == ':') {
        colons++;
        secondColon = colons == 3 ? lineStart - 1 : secondColon;
      }
      lineStart--;
    }
    if (colons != PGPASS_COLONS || colon - lineStart >= MAX_COMMAND_LINE || holdsColonAfter(text, colon)) {
      return; // a record has four colons; a MAC address ("3c:22:fb:9a:01:7e") five
    }
    int port = text.indexOf(':', lineStart) + 1;
    boolean afterWords = lineStart > 0 && text.charAt(lineStart - 1) != '\n';
    if (port < secondColon && (text.startsWith("*:", port) || Chars.isDigits(text, port, secondColon)) && !Chars.isDigits(text, lineStart, port - 1)
        && (!afterWords || isPgpassHost(text, lineStart, port - 1))) {
      addValue(text, colon + 1, false, Evidence.LITERAL, out);
    }
  }

  /**
   * True if {@code [start, end)} names a host as a .pgpass record after words must: with a dot, or
   * "localhost" or "*"; not the "user" of "cacheKey: user:1234:profile:v2:20240101".
   */
  private static boolean isPgpassHost(String text, int start, int end) {
    String host = text.substring(start, end);
    return host.indexOf('.') > 0 || host.equals("localhost") || host.equals("*");
  }

  /** True if a colon follows {@code colon} before the next whitespace, within {@link #MAX_VALUE} chars. */
  private static boolean holdsColonAfter(String text, int colon) {
    for (int i = colon + 1; i < text.length() && i - colon <= MAX_VALUE && !Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  /** What a value in code or config must show for its name: any literal for a credential's, randomness for some key's. */
  private static Evidence evidenceInCode(Naming naming) {
    return naming == Naming.SOME_KEY ? Evidence.RANDOM : Evidence.LITERAL;
  }

  /**
   * Where the spaces that align an operator in a column end on the left: config files line their
   * "=" up ({@code password          = "…"} in Terraform, YAML and INI), so a name may stand far
   * from it. The operator itself if it follows no space.
   */
  private static int alignedNameEnd(String text, int operator) {
    int end = operator;
    while (end > 0 && operator - end < MAX_ALIGNMENT && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /**
   * The value of an XML element named as a credential, up to its closing tag:
   * {@code <password>oDy+Tdng</password>} in Maven's settings.xml, {@code <apiKey>…</apiKey>}.
   * {@code tagEnd} is the {@code >} of the opening tag.
   */
  private static void elementValue(String text, int tagEnd, List<Span> out) {
    Naming naming = naming(text, tagEnd);
    if (naming == Naming.NONE) {
      return; // most '>': no credential's name before it, decided without reading the name back
    }
    int nameStart = nameStart(text, tagEnd);
    if (nameStart == 0 || text.charAt(nameStart - 1) != '<') {
      return;
    }
    int closingTag = text.indexOf('<', tagEnd + 1);
    if (closingTag > tagEnd + 1 && text.startsWith("</", closingTag)) {
      addValue(text, tagEnd + 1, false, evidenceInCode(naming), out);
    }
  }

  private static void proseValue(String text, int space, List<Span> out) {
    Naming naming = proseNaming(text, space);
    if (naming == Naming.NONE) {
      return;
    }
    int valueStart = space + 4;
    if (valueStart < text.length() && text.charAt(valueStart) == ':') {
      valueStart++;
    }
    for (String adverb : ADVERBS) {
      if (text.startsWith(adverb, valueStart)) {
        valueStart += adverb.length();
        break;
      }
    }
    addValue(text, valueStart, true, naming == Naming.SOME_KEY ? Evidence.RANDOM : Evidence.GENERATED, out);
  }

  /**
   * What names the value of "… is VALUE": the word before "is", or one that a short phrase of
   * place or purpose follows ("the wifi pw at the office is …", "my password for the bank is …").
   */
  private static Naming proseNaming(String text, int space) {
    Naming naming = naming(text, space);
    int end = space;
    for (int words = 0; naming == Naming.NONE && words < MAX_TOLD_PHRASE_WORDS; words++) {
      int start = end;
      while (start > 0 && end - start < MAX_NAME && (Chars.isWordChar(text.charAt(start - 1)) || joinsInWord(text, start - 1))) {
        start--;
      }
      if (start == end || start < 2 || text.charAt(start - 1) != ' ') {
        return Naming.NONE;
      }
      if (isPreposition(text, start, end)) {
        naming = naming(text, start - 1);
      }
      end = start - 1;
    }
    return naming;
  }

  /** True if the char at {@code i} is a hyphen or apostrophe between two word chars: "co-op", "clinic's". */
  private static boolean joinsInWord(String text, int i) {
    char c = text.charAt(i);
    return (c == '-' || c == '\'') && Chars.wordCharAt(text, i - 1) && Chars.wordCharAt(text, i + 1);
  }

  /** True if {@code [start, end)} is one of {@link #PREPOSITIONS} in any case, compared in place: this runs for words before every "is". */
  private static boolean isPreposition(String text, int start, int end) {
    if (end - start >= PREPOSITIONS_BY_LENGTH.length) {
      return false;
    }
    for (String preposition : PREPOSITIONS_BY_LENGTH[end - start]) {
      if (isAsciiIgnoringCase(text, start, preposition)) {
        return true;
      }
    }
    return false;
  }

  /** {@code words} by length: the words of length {@code n}, in their order, at index {@code n}. */
  private static String[][] byLength(List<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    return IntStream.rangeClosed(0, longest)
        .mapToObj(length -> words.stream().filter(word -> word.length() == length).toArray(String[]::new))
        .toArray(String[][]::new);
  }

  /**
   * True if {@code text} at {@code start} spells the lower-case ASCII {@code word} in either case.
   * Unlike {@link String#regionMatches(boolean, int, String, int, int)}, no other letter counts
   * (dotless ı for i): lower-casing the word would not turn it into the ASCII one either.
   */
  private static boolean isAsciiIgnoringCase(String text, int start, String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(start + i);
      if (c != word.charAt(i) && c != Character.toUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code --password VALUE} (with {@code =} it is an assignment), and {@code -pVALUE} on the
   * command line of a MySQL client, where {@code -p VALUE} would name a database.
   */
  private static void optionValue(String text, int dashP, List<Span> out) {
    int n = text.length();
    if (dashP > 0 && text.charAt(dashP - 1) == '-') {
      int nameEnd = dashP + 1;
      while (nameEnd < n && nameEnd - dashP < MAX_NAME && Chars.isLower(text.charAt(nameEnd))) {
        nameEnd++;
      }
      boolean option = (dashP == 1 || Character.isWhitespace(text.charAt(dashP - 2)))
          && PASSWORD_OPTIONS.contains(text.substring(dashP + 1, nameEnd))
          && nameEnd + 1 < n && text.charAt(nameEnd) == ' ' && text.charAt(nameEnd + 1) != '-';
      if (option) {
        addValue(text, nameEnd, false, Evidence.GENERATED, out); // prose may name the option: "set the --password flag"
      }
      return;
    }
    boolean glued = (dashP == 0 || Character.isWhitespace(text.charAt(dashP - 1)))
        && dashP + 2 < n && !Character.isWhitespace(text.charAt(dashP + 2));
    if (glued && followsPasswordCommand(text, dashP)) {
      addValue(text, dashP + 2, false, Evidence.LITERAL, out);
    }
  }

  /** True if a MySQL client's name starts a word earlier on the line of {@code pos}. */
  private static boolean followsPasswordCommand(String text, int pos) {
    return GLUED_PASSWORD_COMMANDS.occursBefore(text, pos, lineBefore(text, pos));
  }

  /**
   * How many chars of {@code pos}'s command line come before it, at most {@link #MAX_COMMAND_LINE}:
   * its line, and the lines before that a backslash continues ("curl https://… \⏎ -u user:pw").
   */
  private static int lineBefore(String text, int pos) {
    int lineStart = pos;
    while (lineStart > 0 && pos - lineStart < MAX_COMMAND_LINE && (text.charAt(lineStart - 1) != '\n' || continuesLine(text, lineStart - 1))) {
      lineStart--;
    }
    return pos - lineStart;
  }

  /** True if the line break at {@code newline} follows a shell's continuing backslash. */
  private static boolean continuesLine(String text, int newline) {
    int i = newline > 0 && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
    return i > 0 && text.charAt(i - 1) == '\\';
  }

  /** What the name before an operator says of its value. */
  private enum Naming {
    NONE,
    /** A password, token, secret or a listed kind of key. */
    CREDENTIAL,
    /** Some other key ({@code MAILGUN_KEY}, {@code stripeKey}) or a session's id: a credential only if its value looks random. */
    SOME_KEY
  }

  /**
   * A config entry that names its credential in the attribute before its value:
   * {@code <add key="DbPassword" value="…"/>}, {@code <param name="api_token" value="…">}.
   */
  private static Naming namingAttribute(String text, int valueNameEnd) {
    int valueName = valueNameEnd - "value".length();
    if (valueName < 2 || !text.regionMatches(true, valueName, "value", 0, "value".length()) || text.charAt(valueName - 1) != ' ') {
      return Naming.NONE;
    }
    int closingQuote = valueName - 2;
    while (closingQuote > 0 && text.charAt(closingQuote) == ' ') {
      closingQuote--;
    }
    return isQuote(text.charAt(closingQuote)) ? naming(text, closingQuote) : Naming.NONE;
  }

  /** What the identifier ending at {@code end} names: a credential, some key, or neither. */
  private static Naming naming(String text, int end) {
    if (isSessionName(text, end)) {
      return Naming.SOME_KEY;
    }
    if (!mayEndKey(text, end)) {
      return Naming.NONE;
    }
    char last = Character.toLowerCase(text.charAt(end - 1));
    int start = nameStart(text, end);
    if (start == end) {
      return Naming.NONE;
    }
    if (end - start == 3 && text.regionMatches(true, start, "key", 0, 3)) {
      // "api key: ...", "secret key is ..."
      return KEY_QUALIFIERS.contains(wordBefore(text, start)) ? Naming.CREDENTIAL : Naming.NONE;
    }
    for (String key : KEYS_BY_LAST_LETTER.getOrDefault(last, List.of())) {
      int keyStart = end - key.length();
      if (keyStart >= start && text.regionMatches(true, keyStart, key, 0, key.length())) {
        return keyStart == start || joinsParts(text, keyStart) || gluedToUnspacedScript(text, keyStart)
            ? Naming.CREDENTIAL : Naming.NONE;
      }
    }
    int keyStart = end - 3;
    if (keyStart > start && text.regionMatches(true, keyStart, "key", 0, 3) && joinsParts(text, keyStart)) {
      String qualifier = partBefore(text, start, keyStart).toLowerCase(Locale.ROOT);
      return NOT_SECRET_KEYS.contains(qualifier) ? Naming.NONE : Naming.SOME_KEY;
    }
    return Naming.NONE;
  }

  /** True if the identifier ending at {@code end} is a whole session name; all end in "id" or "on", which most words do not. */
  private static boolean isSessionName(String text, int end) {
    if (end < 3) {
      return false;
    }
    char last = Character.toLowerCase(text.charAt(end - 1));
    char before = Character.toLowerCase(text.charAt(end - 2));
    if (!(last == 'd' && before == 'i' || last == 'n' && before == 'o')) {
      return false;
    }
    for (String key : SESSION_KEYS) {
      int start = end - key.length();
      if (start >= 0 && (start == 0 || !isNameChar(text.charAt(start - 1))) && text.regionMatches(true, start, key, 0, key.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * False if no key (nor "key") can end at {@code end}, by its last two chars. The last must be an
   * ASCII letter, as no other char lower-cases to a key's last; the one before may be any char
   * outside ASCII, which the full comparison judges ("ñ" of "contraseña", "ſ" in either case is "s").
   */
  static boolean mayEndKey(String text, int end) {
    if (end < 2 || !Chars.isAsciiLetter(text.charAt(end - 1))) {
      return false;
    }
    char before = text.charAt(end - 2);
    if (before >= 128) {
      return true;
    }
    return Chars.isAsciiLetter(before) && (LETTERS_BEFORE_LAST[letterIndex(text.charAt(end - 1))] & 1 << letterIndex(before)) != 0;
  }

  /** 0 for "a" or "A" to 25 for "z" or "Z". */
  private static int letterIndex(char asciiLetter) {
    return (asciiLetter | 0x20) - 'a';
  }

  private static int[] lettersBeforeLast() {
    int[] letters = new int[26];
    for (String key : Stream.concat(KEYS.stream(), Stream.of("key")).toList()) {
      char before = key.charAt(key.length() - 2);
      if (Chars.isAsciiLetter(before)) {
        letters[letterIndex(key.charAt(key.length() - 1))] |= 1 << letterIndex(before);
      }
    }
    return letters;
  }

  /** True if the part of an identifier at {@code at} is joined to the one before: {@code _ - .} or camel case. */
  private static boolean joinsParts(String text, int at) {
    char joiner = text.charAt(at - 1);
    boolean camel = Character.isUpperCase(text.charAt(at)) && Character.isLowerCase(joiner);
    return joiner == '_' || joiner == '-' || joiner == '.' || camel;
  }

  /**
   * True if the name at {@code at} follows a letter of a script that does not space its words, which
   * writes a Latin name against them: "設定ファイルにpassword=…".
   */
  private static boolean gluedToUnspacedScript(String text, int at) {
    return Chars.isUnspacedScript(text.charAt(at - 1));
  }

  /** The part of the identifier from {@code start} that ends where the part at {@code at} begins: "sort" of "sort_key", "public" of "publicKey". */
  private static String partBefore(String text, int start, int at) {
    int end = Character.isLetterOrDigit(text.charAt(at - 1)) ? at : at - 1;
    int partStart = end;
    while (partStart > start && Character.isLetterOrDigit(text.charAt(partStart - 1))) {
      partStart--;
      if (Character.isUpperCase(text.charAt(partStart)) && partStart > start && Character.isLowerCase(text.charAt(partStart - 1))) {
        break; // the capital that starts a camel-case part
      }
    }
    return text.substring(partStart, end);
  }

  /** The lower-case word that ends one space before {@code end}, or "". */
  private static String wordBefore(String text, int end) {
    if (end < 2 || text.charAt(end - 1) != ' ') {
      return "";
    }
    int start = end - 1;
    while (start > 0 && end - start < MAX_NAME && Chars.isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end - 1).toLowerCase(Locale.ROOT);
  }

  /** What a value must show, beyond being a literal, for what names it. */
  private enum Evidence {
    /** Named as a credential in code: any literal. */
    LITERAL,
    /** Where words could stand instead (prose, option names): a value that mixes classes, "hunter2" but not "wrong". */
    GENERATED,
    /** After a name that only ends in "key": a long random-looking value. */
    RANDOM,
    /**
     * After a name and a space, where any word could follow: letters mixed with digits or symbols, no URL ("proxy_pass
     * http://app"), and no aside that a bracket opens ("k8s secret (base64 is not encryption)").
     */
    MIXED,
    /** curl's {@code -u user:password}: without the colon it names a user only, and curl asks for the password. */
    USER_AND_PASSWORD
  }

  /** Adds the value from {@code from}; in prose it may hold {@code &}, elsewhere only one that starts no URL query's next parameter. */
  private static void addValue(String text, int from, boolean prose, Evidence evidence, List<Span> out) {
    int n = text.length();
    int i = from;
    while (i < n && i - from < 3 && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= n) {
      return;
    }
    char quote = isQuote(text.charAt(i)) ? text.charAt(i) : 0;
    int start = quote != 0 ? i + 1 : i;
    int end = start;
    while (end < n && end - start < MAX_VALUE && !endsValue(text, end, quote, prose)) {
      end++;
    }
    if (quote != 0 && (end >= n || text.charAt(end) != quote)) {
      return;
    }
    if (quote == 0) {
      while (end > start && (prose ? ".,;:!?" : ".,;!?").indexOf(text.charAt(end - 1)) >= 0) {
        end--; // sentence punctuation; in prose a colon too ("HF_TOKEN loaded: …")
      }
    }
    String value = text.substring(start, end);
    boolean plausible = value.length() >= MIN_VALUE && SecretValues.isLiteral(value)
        && (evidence != Evidence.GENERATED || SecretValues.looksGenerated(value))
        && (evidence != Evidence.RANDOM || SecretValues.looksRandom(value))
        && (evidence != Evidence.MIXED || SecretValues.mixesLettersAndOthers(value) && !value.contains("://") && value.charAt(0) != '('
            && !isHyphenatedWords(value))
        && !(prose && quote != 0 && isCodeInQuotes(value))
        && (evidence != Evidence.USER_AND_PASSWORD || value.indexOf(':') > 0 && value.indexOf(':') < value.length() - 1)
        && (quote != 0 || !looksLikeVariable(text, from, value))
        && (value.charAt(0) != '/' || SecretValues.isRandomBase64(value));
    if (plausible) {
      out.add(new Span(EntityType.SECRET, start, end));
    }
  }

  /**
   * True if the value is lower-case words joined by hyphens, a resource's name, not a credential:
   * {@code secret "pharmacy-tls" not found}, "token refresh-flow".
   */
  private static boolean isHyphenatedWords(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Chars.isLower(c) && !(c == '-' && i > 0 && value.charAt(i - 1) != '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if what prose quotes is code with an assignment of its own, whose rule finds the value in
   * it: {@code the password in plaintext: `"master_password": "Adm1n!…"`}.
   */
  private static boolean isCodeInQuotes(String value) {
    return (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0) && (value.indexOf(':') >= 0 || value.indexOf('=') >= 0);
  }

  /** {@code password = user_input} in code assigns a variable, not a literal. */
  private static boolean looksLikeVariable(String text, int valueFrom, String value) {
    boolean spacedOperator = text.charAt(valueFrom - 1) == '=' && valueFrom < text.length() && text.charAt(valueFrom) == ' ';
    if (!spacedOperator) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(Chars.isLower(c) || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the value ends at char {@code i}: its closing quote, or white space and delimiters (and the {@code &} before a URL's next parameter),
   * and the punctuation and letters of scripts without spaces that a sentence goes on with: "%C9RO$^xXq，用完".
   */
  private static boolean endsValue(String text, int i, char quote, boolean prose) {
    char c = text.charAt(i);
    if (quote != 0) {
      return c == quote || c == '\n';
    }
    return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == ',' || c == ';'
        || c == '&' && !prose && startsQueryParameter(text, i + 1) || c == ')' || c == '}' || c == ']' || c == '<'
        || c >= '\u3000' && (Chars.isFullWidthPunctuation(c) || Chars.isUnspacedScript(c));
  }

  /**
   * True if the chars from {@code i} are the next parameter of a URL's query ("&next=/home") or no
   * more of the value, so that the {@code &} before them ends it; a value of a config line may hold
   * one ("wachtwoord=Lagoon&3983zz").
   */
  private static boolean startsQueryParameter(String text, int i) {
    int nameEnd = i;
    while (nameEnd < text.length() && nameEnd - i < MAX_NAME && isNameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    return nameEnd == i || nameEnd < text.length() && text.charAt(nameEnd) == '=';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  private static boolean isNameChar(char c) {
    return Chars.isWordChar(c) || c == '-' || c == '.';
  }
}
