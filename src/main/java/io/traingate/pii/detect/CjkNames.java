package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in Chinese, Japanese and Korean text, which writes no spaces between words and no capitals,
 * so that neither the tokens nor the name lists tell a name from the text around it. What does is
 * the frame around it: a form label before it (氏名：村上聡太郎, 收件人：李桂兰, 이름 김상훈), an
 * honorific after it (井上さん, 松本様, 鈴木 治さん), or a self-introduction (我叫龙桂香，, 前田 篤司です,
 * 저는 이옥자입니다). A name is two to five Han or Hangul chars, and only a run that ends at the frame
 * or at punctuation counts, so "我叫王伟我的订单" (no break after the name) gives none.
 */
final class CjkNames {

  private static final String HAN_NAME = "\\p{IsHan}{1,3}[ \u3000]\\p{IsHan}{1,3}|\\p{IsHan}{2,5}";
  private static final String HANGUL_NAME = "\\p{IsHangul}{2,4}";

  /**
   * The labels of a name: a form's fields (氏名, 이름, the polite 성함), the roles a form names (收件人, 보내는 분,
   * the emergency contact 緊急連絡先 伊藤 健太) and "my name is" (我叫).
   */
  private static final String NAME_LABELS =
      "氏名|お名前|名前は|名前|姓名|收件人|收货人|寄件人|发件人|紧急联系人|緊急聯絡人|联系人|户名|持卡人|受取人|宛名|緊急連絡先|我叫|이름|성명|성함|수령인|예금주|받는\\s?분|받는\\s?사람|보내는\\s?사람|보내는\\s?분";

  /**
   * A form label before the name, then a break (punctuation, space or end) after it; the name is
   * no label itself ("보내는 분 성함: 정민서" labels the sender's name, not a sender called 성함).
   */
  private static final Pattern LABELLED = Pattern.compile(
      "(?:" + NAME_LABELS + ")[\\s：:]*(?!(?:" + NAME_LABELS + ")[\\s：:])(" + HAN_NAME + "|" + HANGUL_NAME + ")"
          + "(?=$|[\\s\u3000，。、,.!！?？：:）)]|です|입니다)");

  /** An honorific after the name: さん, 様, 先生, くん, ちゃん, 牧師; not 皆様 or お客様, whose one Han char is no name. */
  private static final Pattern HONOURED = Pattern.compile(
      "(?<!\\p{IsHan})(" + HAN_NAME + ")[ \u3000]?(?=さん|様|さま|先生|くん|ちゃん|牧師)");

  /**
   * Introducing oneself: a Japanese name before と申します, or a spaced one before です (前田 篤司です),
   * a Korean one after 저는 or a greeting.
   */
  private static final Pattern INTRODUCED = Pattern.compile(
      "(?<![\\p{IsHan}\\p{IsHiragana}])(" + HAN_NAME + ")と申します"
          + "|(?<![\\p{IsHan}\\p{IsHiragana}])(\\p{IsHan}{1,3}[ \u3000]\\p{IsHan}{1,3})です"
          + "|(?:저는|안녕하세요,?)\\s*(" + HANGUL_NAME + ")(?:입니다|이에요|예요)");

  /** Roles that Koreans address people by, before 님, after the name: 남궁민 대표님, 정하늘 선생님, 임재현 고객님. */
  private static final String KOREAN_ROLES = "(?:대표|고객|선생|과장|팀장|부장|사장|교수|원장|실장|대리|기사|작가|목사)";

  /**
   * Roles and kin that a full name follows in notes, claims, rosters and family trees: the customer
   * and the person in charge of agents' notes, the other party's driver, the insured, the applicant
   * and the one reporting, a team's captain and coach, forebears and uncles (客户 张伟, 被保险人郭静怡，
   * 举报人：孙晓燕, 队长周子轩已确认, 曾祖父何振邦，, 我舅舅林国栋在…; 고객 정우성, 피보험자 윤서진, 감독 정태윤,
   * 고조할아버지 이병수).
   */
  private static final String ROLES_BEFORE_NAME = "客户|客戶|司机|司機|被保险人|被保險人|投保人|申请人|申請人|举报人|舉報人|报案人|報案人|患者"
      + "|队长|隊長|教练|教練|曾祖父|曾祖母|祖父|祖母|爷爷|奶奶|外公|外婆|舅舅|叔叔|伯伯|姑姑|阿姨"
      + "|고객|담당자|신고자|신청자|신청인|피보험자|계약자|보호자|환자|감독|코치|주장|선수|할아버지|할머니"
      // the next of kin, the rider and the courier of forms and orders, the one reporting a fire and the one leading a crew,
      // the importer of customs forms: 家属李娜，, 骑手张伟。, 押运员是周雪梅，, 报警人陈芳，, 带队杨丽华, 수입자 이하은,
      + "|家属|家屬|骑手|騎手|押运员|押運員|报警人|報警人|带队|帶隊|수입자|수취인";

  /** Roles and kin that Korean writes after a full name without 님: 최은비 자매, 박도윤 선수, 정태윤 감독, 이병순 할아버지. */
  private static final String KOREAN_ROLES_AFTER_NAME = "자매|형제|선수|감독|코치|할아버지|할머니";

  /**
   * A full name in a frame that roles and words share with people, so the name must open with a
   * listed surname and have three Hangul or two to three Han chars: before Korean 님 and 씨, a role
   * or kin word, or Chinese 您好 and 女士 (박지영 님, 최은비 자매, 陈静您好; but 선생님, 老师您好, and no
   * nationality: 한국인 선수), after one of the {@link #ROLES_BEFORE_NAME} (客户 张伟; but 客户: 我的订单,
   * 奶奶和爷爷在家), where a break or 在, 已 or 的 closes it, the shortest name first (客户王芳的订单), and
   * the one to tell something (你跟杨晓燕说一下).
   */
  private static final Pattern SURNAMED_IN_FRAME = Pattern.compile(
      "(?<![\\p{IsHangul}\\p{IsHan}])(?!\\p{IsHangul}국인)(\\p{IsHangul}{3}|\\p{IsHan}{2,3})[ ]?(?=님|씨|드림|" + KOREAN_ROLES + "님|您好|你好|女士|小姐|同学|同學|弟兄|姊妹|姐妹"
          + "|(?:" + KOREAN_ROLES_AFTER_NAME + ")(?!\\p{IsHangul})|(?:" + KOREAN_ROLES_AFTER_NAME + ")[은는이가을를에의도와과])"
          + "|(?:" + ROLES_BEFORE_NAME + ")[\\s：:]*是?(?![和与與跟及或])(\\p{IsHangul}{3}|\\p{IsHan}{2,3}?)(?=$|[\\s\u3000，。、,.!！?？：:（(）)在已的])"
          + "|(?:跟|告诉|告訴)(\\p{IsHan}{2,3})(?=说|說|讲|講)");

  /**
   * A full name in a frame that things and thanks share with people, so both its parts must be
   * listed, a surname and a given name: the one at whose place a thing is (乐谱在周娜那里; not 钥匙在门卫那里,
   * the doorman's), and the one who signs after thanks at the text's end (谢谢！陈芳).
   */
  private static final Pattern HELD_OR_SIGNED = Pattern.compile(
      "在(\\p{IsHan}{2,3}?)(?=那里|那儿|那裡|那兒|那边|那邊)|(?:谢谢|謝謝|感谢|感謝)[！!，,。.\\s]*(\\p{IsHan}{2,3})[。.!！\\s]*$");
  private static final CjkMatches HOLDERS_AND_SIGNERS = new CjkMatches(HELD_OR_SIGNED, "那谢謝感");
  /**
   * The one a message opens by addressing, a full name that a comma closes (刘军，你跟…): read at
   * the text's start alone, as the full-width comma is in most Chinese texts.
   */
  private static final Pattern ADDRESSED_AT_START = Pattern.compile("(\\p{IsHan}{2,3})[，,]");

  /** Japanese titles of rank and office after a surname, as colleagues and teams address people: 高橋監督, 佐藤部長, 鈴木選手. */
  private static final String JAPANESE_TITLES = "監督|部長|課長|係長|社長|会長|店長|院長|主任|専務|常務|選手|先輩|教授|弁護士|議員";

  /**
   * A surname alone before the title people are addressed by, which must be listed: a Chinese one
   * char (王老师, 刘先生, 李女士, 王医生, 张师傅, and the church's 陈传道, 李牧师), a Japanese one of two
   * after a word's end (撮影は高橋監督が来ます; but 映画監督, 野球部監督).
   */
  private static final Pattern SURNAME_TITLED = Pattern.compile(
      "(\\p{IsHan})(?=老师|老師|先生|女士|小姐|医生|醫生|师傅|師傅|传道|傳道|牧师|牧師|长老|長老)"
          + "|(?<!\\p{IsHan})(\\p{IsHan}{2})(?=" + JAPANESE_TITLES + ")");

  /**
   * Saying who one is in Chinese: 我是陈静， (a full name before a break or 的: 我是杨帆的妈妈) and
   * 我姓郭 ("my surname is Guo"); the name must open with a listed surname (not 我是学生).
   */
  private static final Pattern SELF_NAMED = Pattern.compile(
      "我是(?:HR|hr)?(\\p{IsHan}{2,3}?)(?=的|[，,。.！!、\\s]|$)|我姓(\\p{IsHan})(?![\\p{IsHan}])");

  /**
   * How Korean speaks of friends and children by their given name: the suffix 이 that a name ending
   * in a consonant takes, before a particle or a comma (동현이, 상민이한테, 민준이가, 서연이랑), the
   * vocative 아 or 야 that closes a word (민준아, 지우야), and the particles of whom one gives, meets or
   * goes with glued to the name (지우한테, 준서랑). A noun takes 이 only as its own subject particle,
   * never before another one.
   */
  private static final String KOREAN_GIVEN_NAME_ENDINGS =
      "이(?:가|는|를|랑|한테|에게|하고|도|의|야|,)|[아야](?!\\p{IsHangul})|한테|에게|랑|하고";

  /**
   * A given name before the honorific of friends and children or a Korean ending of them: Korean
   * 예린님, 민준 씨, 동현이, 지우야; Japanese さくらちゃん, ゆいちゃん, 翔くん. The name must be a listed given
   * name (not 선생님, お兄ちゃん, 赤ちゃん, 고양이한테).
   */
  private static final Pattern GIVEN_HONOURED = Pattern.compile(
      "(?<!\\p{IsHangul})(\\p{IsHangul}{2})(?:[ ]?(?=님|씨)|(?=" + KOREAN_GIVEN_NAME_ENDINGS + "))"
          + "|(?<![\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}])(\\p{IsHiragana}{2,4}|\\p{IsHan}{1,2})(?=ちゃん|くん)");

  /** A name in Han with a space between surname and given name, alone on the message's last line: a letter's signature (…。\n山本 由美). */
  private static final Pattern SIGNED = Pattern.compile("(?<=^|[。！!\\n])[ \u3000]*(\\p{IsHan}{1,3})[ \u3000](\\p{IsHan}{1,3})[ \u3000]*$");

  /**
   * A listed name that opens the message, a sentence or a clause before です, as callers and writers
   * say who they are: 伊藤です。 ("It is Itō"), お世話になっております。田中です。, はい、佐藤です; not 学生です
   * ("I am a student").
   */
  private static final Pattern LISTED_BEFORE_DESU = Pattern.compile("(?<=^|[。、！!？?\\n])[ \u3000]*(\\p{IsHan}{2,4})です");
  private static final CjkMatches LISTED_NAMES_BEFORE_DESU = new CjkMatches(LISTED_BEFORE_DESU, "す");

  /**
   * The names of a list after its label, each a full name that opens with a listed surname and that
   * a list comma, a comma or the sentence's end closes: 名单：黄婷婷、王伟、赵磊。, 명단: 이서연, 김민준, 박도윤.
   */
  private static final Pattern LIST_LABEL = Pattern.compile("(?:名单|名單|명단)[ ]?[：:][ ]?");
  private static final Pattern LIST_NAME = Pattern.compile("(\\p{IsHan}{2,3}|\\p{IsHangul}{3})(?=[、，,。.\\s]|$)[、，,]?[ ]?");
  private static final CjkMatches LISTS = new CjkMatches(LIST_LABEL, "单單단");

  /**
   * Japanese kin, friends and colleagues, then の and whom they are: 叔母の恵子は, 曾祖父の松本源太郎は,
   * 上司の田中が; the name must be listed or a {@link #isJapaneseFullName full name} (not 父の仕事は).
   */
  private static final Pattern KIN_NAMED = Pattern.compile(
      "(?:曾祖父|曾祖母|祖父|祖母|父|母|兄|姉|弟|妹|妻|夫|息子|娘|叔父|叔母|伯父|伯母|孫|甥|姪|いとこ|友人|友達|同僚|上司|部下)の"
          + "(\\p{IsHan}{2,5})(?=[はがにとをもの、。]|さん|$)");
  private static final CjkMatches KIN_NAMES = new CjkMatches(KIN_NAMED, "の");

  /**
   * A run of four or five Han chars between kana or punctuation in Japanese text (a text with one of
   * its particles): a full name without a space if it splits into a listed surname of two chars and
   * a listed given name of two or more (木村拓也のETHアドレス; not 田中商店, 石川県).
   */
  private static final Pattern HAN_RUN = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{4,5})(?!\\p{IsHan})");
  private static final CjkMatches JAPANESE_HAN_RUNS = new CjkMatches(HAN_RUN, "のはがにをとでも");

  /**
   * A name in quotes before "called" and a word for a person, as reports of strangers write the name
   * they gave, often a foreign one in kana or Hangul: 「マイケル」という人物, 「ケン」と名乗る男, '제임스'라는
   * 사람 (not 「新機能」という言葉 nor 「ポケモン」という人気ゲーム, whose noun is no person).
   */
  private static final Pattern QUOTED_CALLED = Pattern.compile(
      "[「『“\"'‘](\\p{IsKatakana}{2,8}|\\p{IsHan}{2,4}|\\p{IsHangul}{2,4})[」』”\"'’]"
          + "(?:という|っていう|と名乗る|이라는|라는)[ ]?(?:人物|男性|女性|ユーザー|사람|남자|여자|인물|사용자|[人男女](?!\\p{IsHan}))");
  private static final CjkMatches QUOTED_NAMES = new CjkMatches(QUOTED_CALLED, "う名라");

  /** The chars that Japanese given names most often end in: 源太郎, 恵子, 由美, 龍之介, 和彦, 英雄, 清江, 千代, 拓也. */
  private static final String JAPANESE_GIVEN_NAME_ENDS = "郎子美助介彦雄夫男江代恵也太平吉蔵";

  /** Each pattern with the chars it needs: one of each label, of each honorific, of each introduction's ending. */
  private static final List<CjkMatches> RULES = List.of(
      new CjkMatches(LABELLED, "名人叫름명함户卡取宛先인주분람"), new CjkMatches(HONOURED, "さ様先くち牧"), new CjkMatches(INTRODUCED, "申す니요"));
  private static final CjkMatches SURNAMED = new CjkMatches(SURNAMED_IN_FRAME, "님씨림好士姐户戶객담同兄妹机機跟告保申报報患队隊教祖爷奶公婆舅叔伯姑姨신험약호환감코주선할매형属屬骑騎押带帶수");
  private static final CjkMatches SURNAMES_TITLED = new CjkMatches(SURNAME_TITLED, "师師生士姐傅道老督長任務選輩授士員");
  private static final CjkMatches SELF_NAMES = new CjkMatches(SELF_NAMED, "是姓");
  private static final CjkMatches GIVEN_NAMES_HONOURED = new CjkMatches(GIVEN_HONOURED, "님씨ちく이아야한에랑하");

  private CjkNames() {}

  private static int firstMatchedGroup(MatchResult m) {
    for (int group = 1; group <= m.groupCount(); group++) {
      if (m.start(group) >= 0) {
        return group;
      }
    }
    throw new IllegalStateException("a pattern of names matched without its name");
  }

  /** Adds a PERSON span for each name found in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    String text = tokens.text();
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    LISTED_NAMES_BEFORE_DESU.find(tokens, m -> {
      if (isListedName(text, m.start(1), m.end(1))) {
        names.add(m.start(1), m.end(1));
      }
    });
    for (CjkMatches rule : RULES) {
      rule.find(tokens, m -> {
        int group = firstMatchedGroup(m);
        names.add(m.start(group), m.end(group));
      });
    }
    SURNAMES_TITLED.find(tokens, m -> { // 王 of 王老师您好 before a longer frame
      int group = firstMatchedGroup(m);
      if (isListed(text, m.start(group), m.end(group), Lexicon.LAST_NAME)) {
        names.add(m.start(group), m.end(group));
      }
    });
    HOLDERS_AND_SIGNERS.find(tokens, m -> {
      int group = firstMatchedGroup(m);
      if (isListedSurname(text, m.start(group)) && isListed(text, m.start(group) + 1, m.end(group), Lexicon.FIRST_NAME)) {
        names.add(m.start(group), m.end(group));
      }
    });
    for (CjkMatches surnamed : List.of(SURNAMED, SELF_NAMES)) {
      surnamed.find(tokens, m -> {
        int group = firstMatchedGroup(m);
        if (isListedSurname(text, m.start(group))) {
          names.add(m.start(group), m.end(group));
        }
      });
    }
    Matcher addressed = ADDRESSED_AT_START.matcher(text);
    if (addressed.lookingAt() && isListedSurname(text, 0)) {
      names.add(addressed.start(1), addressed.end(1));
    }
    GIVEN_NAMES_HONOURED.find(tokens, m -> {
      int group = firstMatchedGroup(m);
      if (isListed(text, m.start(group), m.end(group), Lexicon.FIRST_NAME)) {
        names.add(m.start(group), m.end(group));
      }
    });
    KIN_NAMES.find(tokens, m -> {
      if (isListedName(text, m.start(1), m.end(1)) || isJapaneseFullName(text, m.start(1), m.end(1))) {
        names.add(m.start(1), m.end(1));
      }
    });
    JAPANESE_HAN_RUNS.find(tokens, m -> {
      if (isListed(text, m.start(1), m.start(1) + 2, Lexicon.LAST_NAME) && isListed(text, m.start(1) + 2, m.end(1), Lexicon.FIRST_NAME)) {
        names.add(m.start(1), m.end(1));
      }
    });
    QUOTED_NAMES.find(tokens, m -> names.add(m.start(1), m.end(1)));
    LISTS.find(tokens, label -> addListedNames(text, label.end(), names));
    int signature = signatureStart(text);
    Matcher signed = signature < 0 ? null
        : SIGNED.matcher(text).region(signature, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    if (signed != null && signed.lookingAt() && isListed(text, signed.start(1), signed.end(1), Lexicon.LAST_NAME)) {
      names.add(signed.start(1), signed.end(2));
    }
  }

  /**
   * Where a {@link #SIGNED} name can start, or -1: a signature is Han chars and spaces that end the
   * text (before a final line break), after a char that is neither, so it starts where that run
   * does. Tried there alone, as the pattern's search would try its lookbehind at every char.
   */
  private static int signatureStart(String text) {
    int end = text.length();
    if (end > 0 && isLineTerminator(text.charAt(end - 1))) {
      end -= end > 1 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\r' ? 2 : 1;
    }
    int start = end;
    boolean han = false;
    while (start > 0) {
      int c = text.codePointBefore(start);
      boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (!isHan && c != ' ' && c != '\u3000') {
        break;
      }
      han |= isHan;
      start -= Character.charCount(c);
    }
    return han ? start : -1;
  }

  /** The line terminators before which the pattern's {@code $} also matches. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Adds the names of the list that starts at {@code from}, up to the first that opens with no listed surname. */
  private static void addListedNames(String text, int from, SecondRuleSpans names) {
    Matcher name = LIST_NAME.matcher(text);
    for (int at = from; at < text.length() && name.region(at, text.length()).lookingAt() && isListedSurname(text, at); at = name.end()) {
      names.add(name.start(1), name.end(1));
    }
  }

  /**
   * True if the Han chars from {@code start} to {@code end} are a Japanese full name without a space:
   * a listed surname of two chars, then a listed given name or one that ends as given names do
   * (松本源太郎, 木村拓也; not 田中商店).
   */
  private static boolean isJapaneseFullName(String text, int start, int end) {
    int given = start + 2;
    return end - given >= 1 && isListed(text, start, given, Lexicon.LAST_NAME)
        && (isListed(text, given, end, Lexicon.FIRST_NAME) || JAPANESE_GIVEN_NAME_ENDS.indexOf(text.charAt(end - 1)) >= 0);
  }

  /** True if the char at {@code start} is a listed surname: 박, 陈. */
  static boolean isListedSurname(String text, int start) {
    return isListed(text, start, start + 1, Lexicon.LAST_NAME);
  }

  private static boolean isListedName(String text, int start, int end) {
    return isListed(text, start, end, Lexicon.FIRST_NAME | Lexicon.LAST_NAME);
  }

  /** True if the chars from {@code start} to {@code end} are a word that the lexicon flags with one of {@code flags}. */
  private static boolean isListed(String text, int start, int end, int flags) {
    return (Lexicon.get().flags(text.subSequence(start, end)) & flags) != 0;
  }
}
