package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextWordsTest {

  private static final ContextWords LABELS = ContextWords.of("order", "p.o", "sipariş", "réf", "注文番号");
  private static final ContextWords CAPITALS = ContextWords.inCapitals("PO");
  private static final Set<String> FILLERS = Set.of("no", "number", "is", "numarası", "は");
  private static final int WINDOW = 40;

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "order no. |1234;true",
      "ORDER NO. |1234;true",
      "Order Number is |1234;true",
      "SİPARİŞ NO. |1234;true", // the dotted capital İ is i in any case
      "Réf: |1234;true",
      "RÉF |1234;true",
      "P.O. |1234;true",
      "注文番号は|1234;true",
      "|1234;false",
      "reorder |1234;false",
      "order 12, call |1234;false",
      "my number is |1234;false",
      "ordering |1234;false",
  })
  void labelsInAnyCaseAndOnlyAtAWordStart(String marked, boolean labelled) {
    assertThat(labels(LABELS, marked), is(labelled));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "PO |1234;true",
      "PO# |1234;true",
      "po |1234;false",
      "Po |1234;false",
  })
  void labelsInCapitalsOnlyAsWritten(String marked, boolean labelled) {
    assertThat(labels(CAPITALS, marked), is(labelled));
  }

  /** Whether the words label the value that follows the '|' marker. */
  private static boolean labels(ContextWords words, String marked) {
    int pos = marked.lastIndexOf('|');
    String text = marked.substring(0, pos) + marked.substring(pos + 1);
    return words.labels(text, pos, WINDOW, FILLERS);
  }
}
