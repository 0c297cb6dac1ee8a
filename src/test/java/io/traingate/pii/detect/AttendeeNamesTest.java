package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttendeeNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, AttendeeNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "会议记录：出席 李丽华、刘志强、陈芳。刘志强负责售票。 # 李丽华 | 刘志强 | 陈芳",
      "議事録：出席 佐藤花子、田中さくら、伊藤 陽菜。 # 佐藤花子 | 田中さくら | 伊藤 陽菜",
      "회의록: 참석 박성호, 박서연, 조지민. 후원 # 박성호 | 박서연 | 조지민",
      "የስብሰባ ቃለ ጉባኤ፦ የተገኙት ዳዊት ገብሬ፣ ተስፋዬ ገብሬ፣ አበበ ወልዴ። ልገሳ # ዳዊት ገብሬ | ተስፋዬ ገብሬ | አበበ ወልዴ",
      "கூட்டம்: வருகை தேவி ராமசாமி, லக்ஷ்மி சுந்தரம். நன்கொடை # தேவி ராமசாமி | லக்ஷ்மி சுந்தரம்",
      // no full stop closes a Thai list: its last name is as long as the longest before it
      "ผู้เข้าร่วม นภา ศรีสุข, ธนากร บุญมา, ชัยวัฒน์ ใจดี บริจาคผ่าน 0x93c08A48 # นภา ศรีสุข | ธนากร บุญมา | ชัยวัฒน์ ใจดี",
      "Toplantı notu: katılanlar Kerem Koç, Gülşen Şahin, Ayşe Aydın. Umut Bey # Kerem Koç | Gülşen Şahin | Ayşe Aydın",
      "presentes Pedro, Miguel, Inês Almeida e a professora Letícia. # Pedro | Miguel | Inês Almeida",
      "Minit mesyuarat: hadir Farah binti Osman, Nurul binti Ismail. # Farah binti Osman | Nurul binti Ismail",
      // a heading word before a colon, after a date and a dash or a full stop, the French space before it, and who was absent
      "Conseil du 3.4.2025 — présents : Louise Martin, Hugo Petit. # Louise Martin | Hugo Petit",
      "Сбор 12.3.2025. Присъстваха: Петър, Мария Иванова. Отсъстваха: Георги Илиев, Елена. # Петър | Мария Иванова | Георги Илиев | Елена",
      // a listed name in lower case
      "Riunione 8.1.2025 — presenti: Chiara Neri, francesca. # Chiara Neri | francesca",
      // a roster's volunteers
      "토요일 자원봉사자: 이지호, 임하윤, 도윤. # 이지호 | 임하윤 | 도윤",
      "Open house volunteers: Amos Yoder, Mercy Lapp, June Ashby. # Amos Yoder | Mercy Lapp | June Ashby",
      // a heading glued to a day's name in scripts that do not space their words
      "周六志愿者：朱磊、陈超、孙桂英。 # 朱磊 | 陈超 | 孙桂英",
      "อาสาสมัครวันเสาร์: ศิริพร สุขสวัสดิ์, ธนพล, มาลี ใจดี # ศิริพร สุขสวัสดิ์ | ธนพล | มาลี ใจดี",
      // a mail's copy line, of one recipient or more
      "Cordialement,\\nOctave\\ncc: Zoé Nicolas # Zoé Nicolas",
      "此致\\n娜\\ncc: 吴超, 朱超 # 吴超 | 朱超",
  })
  void findsTheNamesOfAnAttendanceList(String text, String expected) {
    assertThat(namesIn(text.replace("\\n", "\n")), contains(expected.split(" \\| ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "出席 李丽华。刘志强负责售票。",                                // one name is no list
      "参加者は約40名の予定。",                                      // no list after the word
      "ผู้เข้าร่วม กิตติ ศรีสุข บริจาคผ่าน 0x1b486c6B",                 // a caseless name whose end nothing shows
      "the attendees were happy, tired and hungry.",                  // words in lower case
      "Absent: none, all here.",                                      // everyday words in lower case
      "Attendees: 40, 12 online.",                                    // numbers
      "உங்கள் வருகை நன்றி, நாளை சந்திப்போம்",                           // "thank you for coming": one phrase before the comma
      "会议室出席率很高：大家都来了。",                                // a heading word glued to others, but no list after it
      "I'll cc: Marta on the thread",                                  // a copy word inside a line
      "cc: ops@example.org",                                           // a copy line of addresses
  })
  void findsNoListWhereNoNamesFollowTheWord(String text) {
    assertThat(namesIn(text), empty());
  }
}
