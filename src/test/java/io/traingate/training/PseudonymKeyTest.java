package io.traingate.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymKeyTest {
  private static final byte[] KEY = "0123456789abcdef-secret-key".getBytes(StandardCharsets.UTF_8);

  private static String independentHmac(byte[] key, String value) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void hmacMatchesJavaxCrypto() throws Exception {
    PseudonymKey key = PseudonymKey.fromFileBytes(KEY);
    for (String id : new String[] {"c-0001", "", "Zoë ☕ 😀", "x".repeat(256)}) {
      assertThat(id, key.hmacHex(id), is(independentHmac(KEY, id)));
    }
    assertThat(key.hmacHex("c-0001"), matchesPattern("[0-9a-f]{64}"));
  }

  @Test
  void hmacChangesWithTheKey() {
    byte[] other = KEY.clone();
    other[0] ^= 1;
    assertThat(PseudonymKey.fromFileBytes(other).hmacHex("c-0001"), is(not(PseudonymKey.fromFileBytes(KEY).hmacHex("c-0001"))));
  }

  @Test
  void hmacChangesWithTheValue() {
    PseudonymKey key = PseudonymKey.fromFileBytes(KEY);
    assertThat(key.hmacHex("c-0001"), is(not(key.hmacHex("c-0002"))));
  }

  @Test
  void finalLineEndOfTheKeyFileIsNotPartOfTheKey() throws Exception {
    byte[] withCrlf = (new String(KEY, StandardCharsets.UTF_8) + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withLf = (new String(KEY, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(PseudonymKey.fromFileBytes(withCrlf).hmacHex("c"), is(independentHmac(KEY, "c")));
    assertThat(PseudonymKey.fromFileBytes(withLf).hmacHex("c"), is(independentHmac(KEY, "c")));
  }

  @Test
  void keyShorterThanSixteenBytesIsRefusedWithoutEchoingIt() {
    byte[] shortKey = "fifteen-bytes!!".getBytes(StandardCharsets.UTF_8);
    assertThat(shortKey.length, is(15));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PseudonymKey.fromFileBytes(shortKey));
    assertThat(e.getMessage(), not(containsString("fifteen")));
  }

  @Test
  void sixteenByteKeyIsAccepted() throws Exception {
    byte[] sixteen = "sixteen-bytes!!!".getBytes(StandardCharsets.UTF_8);
    assertThat(PseudonymKey.fromFileBytes(sixteen).hmacHex("c"), is(independentHmac(sixteen, "c")));
  }

  @Test
  void keyThatIsShortOnceItsLineEndIsRemovedIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> PseudonymKey.fromFileBytes("fifteen-bytes!!\n\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void emptyKeyFileIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PseudonymKey.fromFileBytes(new byte[0]));
  }

  @Test
  void toStringHidesTheKey() {
    String shown = PseudonymKey.fromFileBytes(KEY).toString();
    assertThat(shown, not(containsString("0123456789abcdef")));
    assertThat(shown, not(containsString(HexFormat.of().formatHex(KEY))));
    assertThat(shown, not(containsString("secret")));
  }

  @Test
  void bytesAreACopy() {
    PseudonymKey key = PseudonymKey.fromFileBytes(KEY);
    String before = key.hmacHex("c");
    key.bytes()[0] ^= 1;
    assertThat(key.hmacHex("c"), is(before));
    assertThat(key.bytes(), is(KEY));
  }

  @Test
  void callerChangingItsArrayDoesNotChangeTheKey() {
    byte[] mine = KEY.clone();
    PseudonymKey key = PseudonymKey.fromFileBytes(mine);
    String before = key.hmacHex("c");
    mine[0] ^= 1;
    assertThat(key.hmacHex("c"), is(before));
  }

  @Test
  void developmentKeyWorksAndDiffersFromAFileKey() {
    PseudonymKey dev = PseudonymKey.development();
    assertThat(dev.hmacHex("c-0001"), matchesPattern("[0-9a-f]{64}"));
    assertThat(dev.hmacHex("c-0001"), is(PseudonymKey.development().hmacHex("c-0001")));
    assertThat(dev.hmacHex("c-0001"), is(not(PseudonymKey.fromFileBytes(KEY).hmacHex("c-0001"))));
  }
}
