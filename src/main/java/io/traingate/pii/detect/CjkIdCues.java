package io.traingate.pii.detect;

/**
 * Identity-document cues in Chinese, Japanese and Korean, which write no space between words: a
 * cue ends a longer token ("请带好身份证原件（…）", "登记的身份证（…）"), and words for "number" or
 * "original" and particles may follow it in the token ("身份证号码是", "여권번호는", "パスポート番号"),
 * as may the number itself ("身份证号510107196902225784").
 */
final class CjkIdCues {

  /** The cues, which the lexicon flags too when they stand alone: identity cards, passports, licences, residence cards. */
  static final String WORDS =
      "身份证 身份證 身分證 身分证 身份证号 身份证号码 居民身份证 身份证件 护照 護照 驾驶证 驾照 駕照 港澳通行证"
          + " マイナンバー 個人番号 パスポート 旅券 免許証 運転免許証 在留カード"
          + " 주민등록번호 주민번호 여권 여권번호 외국인등록번호 운전면허 운전면허번호";

  private static final String[] CUES = WORDS.split(" ");

  /**
   * Words between a cue and its number: "number" (Taiwan's "字號" too), "original", "the … on it",
   * "is", "to fill in", and Korean and Japanese particles; a word before any word it ends with
   * ("番号" before "号").
   */
  private static final String[] AFTER_CUE = {
      "号码", "號碼", "编号", "番号", "번호", "字号", "字號", "号", "號", "要填", "填写", "填寫", "原件", "复印件", "上的", "的", "是", "为", "為", "は", "の", "는", "은", "이", "가"};

  /** The most words of {@link #AFTER_CUE} after one cue: "身份证原件上的号码是". */
  private static final int MAX_AFTER_CUE = 4;

  private CjkIdCues() {}

  /**
   * Where the cue and its following words end in CJK token {@code t}: at the token's end, or where
   * a Latin letter or digit follows them inside it ("护照号码是E12345678"); -1 if no cue ends the
   * token or a run of its other letters.
   */
  static int cueEnd(Tokens tokens, int t) {
    String text = tokens.text();
    for (int i = tokens.start(t) + 1; i <= tokens.end(t); i++) {
      boolean cjkRunEnds = i == tokens.end(t) || Chars.isAsciiAlnum(text.charAt(i)) && !Chars.isAsciiAlnum(text.charAt(i - 1));
      if (cjkRunEnds && endsWithCue(text, tokens.start(t), i)) {
        return i;
      }
    }
    return -1;
  }

  /** True if a cue stands in chars {@code [from, to)} of {@code text}; only those chars are read, however long the text. */
  static boolean holdsCue(String text, int from, int to) {
    for (int at = from; at < to; at++) {
      for (String cue : CUES) {
        if (at + cue.length() <= to && text.startsWith(cue, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if the chars before {@code end}, from {@code start} on, end with a cue and at most {@link #MAX_AFTER_CUE} words after it. */
  private static boolean endsWithCue(String text, int start, int end) {
    for (int words = 0; words <= MAX_AFTER_CUE; words++) {
      if (endingIn(CUES, text, start, end) > 0) {
        return true;
      }
      int after = endingIn(AFTER_CUE, text, start, end);
      if (after == 0) {
        return false;
      }
      end -= after;
    }
    return false;
  }

  /** The length of the word of {@code words} that the chars before {@code end} end with, or 0. */
  private static int endingIn(String[] words, String text, int start, int end) {
    for (String word : words) {
      if (end - start >= word.length() && text.startsWith(word, end - word.length())) {
        return word.length();
      }
    }
    return 0;
  }
}
