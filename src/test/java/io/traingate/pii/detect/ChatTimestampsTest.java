package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatTimestampsTest {

  /** Where a line's speaker may start, marked by "|" in the line, and whether a time stands before it. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "[20:35] |Radu: hi # true",
      "12/03/24, 14:05 - |Priya: on my way # true",
      "[7/4/24, 12:01 PM] |Chase: BBQ # true",
      "[2024. 3. 12. 오후 7:14] |김민준: 집들이 # true",
      "[٢٠٢٤/٠٣/١٢ ٩:١٤] |نورة: العنوان # true",
      "14:05 |Radu: hi # true",
      "'  |Radu: hi' # false",
      "- |Priya: a bullet # false",
      "|[book club] Gwen: next pick # false",
      "|PM: the deck is late # false",
      "|Radu: 12:30 works # false",
      "2024-03-12 |maintenance window # false",
  })
  void findsWhereTheSpeakerStarts(String marked, boolean timed) {
    int expected = marked.indexOf('|');
    String line = marked.replace("|", "");
    int labelStart = ChatTimestamps.labelStart(line, 0);
    assertThat(labelStart, is(expected));
    assertThat(ChatTimestamps.holdsTime(line, 0, labelStart), is(timed));
  }
}
