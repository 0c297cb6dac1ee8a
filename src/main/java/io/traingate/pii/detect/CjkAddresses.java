package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Addresses written in Japanese, Chinese and Korean script, which run from the largest place to the
 * house without spaces between words, so the street detector's words and house numbers do not
 * apply. Each is anchored on what only an address has: a prefecture and the chōme, ban and gō of a
 * Japanese block (東京都渋谷区神南3丁目14-7, 福岡県福岡市中央区天神4-26-14), a Chinese city and a road's
 * number (北京市朝阳区建国路88号2单元1503室), a Korean road name and its number (서울특별시 강남구 테헤란로 152, 12층).
 */
final class CjkAddresses {

  private static final String HAN = "\\p{IsHan}";
  private static final Pattern JAPANESE = Pattern.compile(
      "(?:〒?\\d{3}-\\d{4}[ \u3000]?)?"                                           // postcode
          + "(?:東京都|北海道|(?:京都|大阪)府|" + HAN + "{2,3}県)"                          // prefecture
          + "[" + HAN + "\\p{IsKatakana}\\p{IsHiragana}々ヶー]{1,16}?"                      // city, ward, town
          + "\\d{1,4}(?:丁目\\d{1,4}(?:番地?\\d{1,4}号?|番)?|(?:[-－]\\d{1,4}){1,3})"       // 3丁目14-7, 37丁目19番1号, 4-26-14
          + "(?:[-－]\\d{1,4})*"
          + "(?:[ \u3000][" + HAN + "\\p{IsKatakana}ー]{1,12}\\d{1,4}(?:号室)?)?");          // a building and its flat
  /**
   * A Japanese address that leaves the prefecture out, as most do for a large city (名古屋市中区栄5丁目18番12号):
   * the city, maybe its ward, the town and a chōme that its ban or a hyphen numbers further, as "栄5丁目"
   * alone names a neighbourhood, not a house.
   */
  private static final Pattern JAPANESE_CITY = Pattern.compile(
      "(?:〒?\\d{3}-\\d{4}[ \u3000]?)?"
          + HAN + "{1,4}市(?:" + HAN + "{1,3}?区)?[" + HAN + "\\p{IsKatakana}\\p{IsHiragana}々ヶー]{1,12}?"
          + "\\d{1,4}丁目\\d{1,4}(?:番地?\\d{1,4}号?|番|[-－]\\d{1,4})"
          + "(?:[ \u3000][" + HAN + "\\p{IsKatakana}ー]{1,12}\\d{1,4}(?:号室)?)?");
  /**
   * China's provinces, regions and municipalities, and Taiwan's largest cities: where a Chinese
   * address starts, as no word boundary shows it. Hong Kong, Macau and Taiwan write them in
   * traditional script (臺灣, 台北市), as they do the rest of the address.
   */
  private static final String PROVINCES = "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南"
      + "|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
      + "|臺灣|澳門|[台臺]北|新北|桃園|[台臺]中|[台臺]南|高雄";
  /**
   * A city of two characters and its district, where an address leaves the province out, as most do
   * for a provincial capital (成都市武侯区, 广州市天河区): the district must follow, as "在成都市" alone names
   * the city, and two characters keep the word before the city (在, 达) out of it.
   */
  private static final String CITY_AND_DISTRICT = HAN + "{2}市" + HAN + "{1,4}?[区區县縣]";
  /**
   * From the province (or a city and its district) to the road, its section and lanes (忠孝東路四段181巷), the house number and the
   * building's phase, floor and flat (旺角中心1期15樓B室), in simplified or traditional script.
   */
  private static final Pattern CHINESE = Pattern.compile(
      "(?:(?:" + PROVINCES + ")(?:省|市|" + HAN + "{0,4}自治[区區])?(?:" + HAN + "{1,4}?(?:市|州))?(?:" + HAN + "{1,4}?(?:[区區]|[县縣]))?"
          + "|" + CITY_AND_DISTRICT + ")"
          + HAN + "{1,8}?(?:大道|路|街|道|巷|弄)(?:[一二三四五六七八九十]段)?(?:\\d{1,5}[巷弄])*\\d{1,5}[号號]"
          + "(?:[" + HAN + "A-Za-z]{0,8}?\\d{1,5}(?:号楼|號樓|栋|棟|幢|单元|單元|楼|樓|室|期))*(?:[A-Za-z]室)?");
  private static final Pattern KOREAN = Pattern.compile(
      "(?:\\p{IsHangul}{1,6}(?:특별시|광역시|시|도) )?(?:\\p{IsHangul}{1,5}(?:구|군) )?"
          + "\\p{IsHangul}{2,10}(?:로|길) ?\\d{1,5}(?:-\\d{1,5})?(?![\\d분초시개명원살회년월일])"   // not a count: 5분 (minutes), 3개
          + "(?:,? ?\\d{1,5}(?:층|동|호))*(?: ?\\d{1,5}호)?");

  /**
   * Each pattern with the chars it needs: a prefecture's suffix, the 丁 of a chōme, a Chinese house number's 号 (號), a
   * Korean road's 로 or 길.
   */
  private static final List<CjkMatches> RULES = List.of(
      new CjkMatches(JAPANESE, "都道府県"), new CjkMatches(JAPANESE_CITY, "丁"), new CjkMatches(CHINESE, "号號"),
      new CjkMatches(KOREAN, "로길"));

  private CjkAddresses() {}

  /** Adds a STREET_ADDRESS span for each address found in the tokens' text, unless one found before overlaps it. */
  static void find(Tokens tokens, List<Span> out) {
    SecondRuleSpans addresses = new SecondRuleSpans(out, EntityType.STREET_ADDRESS);
    for (CjkMatches rule : RULES) {
      rule.find(tokens, m -> addresses.add(m.start(), m.end()));
    }
  }

}
