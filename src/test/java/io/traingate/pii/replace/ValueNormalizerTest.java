package io.traingate.pii.replace;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import io.traingate.pii.EntityType;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueNormalizerTest {

  private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Test
  void lettersAndNumbersAgreesWithTheRegexOnEveryCodePoint() {
    for (int blockStart = 0; blockStart <= Character.MAX_CODE_POINT; blockStart += 512) {
      StringBuilder block = new StringBuilder("a");
      for (int codePoint = blockStart; codePoint < blockStart + 512 && codePoint <= Character.MAX_CODE_POINT; codePoint++) {
        block.appendCodePoint(codePoint);
      }
      String value = block.append('b').toString();
      assertThat(ValueNormalizer.lettersAndNumbers(value, " "), is(NOT_LETTER_OR_NUMBER.matcher(value).replaceAll(" ")));
      assertThat(ValueNormalizer.lettersAndNumbers(value, ""), is(NOT_LETTER_OR_NUMBER.matcher(value).replaceAll("")));
    }
  }

  @Test
  void lettersAndNumbersReplacesWholeRunsAtEitherEnd() {
    assertThat(ValueNormalizer.lettersAndNumbers("  Ana-María, 12\u00bd! ", "_"), is("_Ana_María_12\u00bd_"));
    assertThat(ValueNormalizer.lettersAndNumbers("\ud83d\ude00x\ud800y", ""), is("xy"));
    assertThat(ValueNormalizer.lettersAndNumbers("", " "), is(""));
  }

  @Test
  void lettersAndNumbersReturnsAValueWithNothingToReplaceAsItIs() {
    String value = "GB82WEST12345698765432";
    assertThat(ValueNormalizer.lettersAndNumbers(value, ""), sameInstance(value));
  }

  /** One number, written in each of the ways people write it, has one normal form; so has a number of another country. */
  @ParameterizedTest
  @CsvSource({
      "+1 650 253 0000, 6502530000", "(650) 253-0000, 6502530000", "1-650-253-0000, 6502530000",
      "+44 20 7946 0958, 2079460958", "+44 (0)20 7946 0958, 2079460958", "020 7946 0958, 2079460958",
      "+353 1 234 5678, 12345678", "01 234 5678, 12345678", "+39 06 1234 5678, 612345678", "+7 495 123-45-67, 4951234567",
      "+999 123 4567, 9991234567"})
  void phoneNumbersLoseCountryCodeAndTrunkPrefix(String written, String normal) {
    assertThat(new ValueNormalizer().normalize(EntityType.PHONE, written), is(normal));
  }

  @Test
  void accountNumbersAndNamesKeepOnlyTheirLettersAndNumbers() {
    ValueNormalizer normalizer = new ValueNormalizer();
    assertThat(normalizer.normalize(EntityType.IBAN, "gb82 west-1234 5698 7654 32"), is("GB82WEST12345698765432"));
    assertThat(normalizer.normalize(EntityType.PERSON, " Dana  O'Neil "), is("dana o neil"));
    assertThat(normalizer.normalize(EntityType.STREET_ADDRESS, "１２ Main St."), is("12 main st"));
  }
}
