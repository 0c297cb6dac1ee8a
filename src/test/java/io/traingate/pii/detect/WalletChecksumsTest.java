package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WalletChecksumsTest {

  /** Payloads with zero bytes up front, which base58 writes as leading "1"s, and the shortest and longest numbers. */
  @Test
  void base58CheckAcceptsEncodedPayloadsOnly() {
    Random random = new Random(11);
    for (int i = 0; i < 2000; i++) {
      byte[] hash = new byte[20];
      random.nextBytes(hash);
      for (int zero = random.nextInt(4) == 0 ? random.nextInt(21) : 0; zero > 0; zero--) {
        hash[zero - 1] = 0;
      }
      String address = WalletChecksums.base58Check(random.nextBoolean() ? (byte) 0x00 : (byte) 0x05, hash);
      assertThat(address, WalletChecksums.isBase58Check(address), is(true));
      assertThat(address, WalletChecksums.isBase58Check("1" + address), is(false));
      assertThat(address, WalletChecksums.isBase58Check(address + "1"), is(false));
      assertThat(address, WalletChecksums.isBase58Check(address.substring(1)), is(false));
      int at = random.nextInt(address.length());
      char other = WalletChecksums.BASE58.charAt((WalletChecksums.BASE58.indexOf(address.charAt(at)) + 1) % 58);
      assertThat(address, WalletChecksums.isBase58Check(address.substring(0, at) + other + address.substring(at + 1)), is(false));
    }
    assertThat(WalletChecksums.isBase58Check(""), is(false));
    assertThat(WalletChecksums.isBase58Check("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"), is(false));
    assertThat(WalletChecksums.isBase58Check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0"), is(false)); // 0 is no base58 digit
  }
}
