package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoWalletDetectorTest {

  private final CryptoWalletDetector detector = new CryptoWalletDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",                              // P2PKH
      "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",                              // P2SH
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",                      // bech32
      "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",  // bech32m (taproot)
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",                      // EIP-55 checksum case
      "0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae",                      // all lower case: no checksum
  })
  void findsAddressesWithValidChecksums(String address) {
    assertThat(Found.by(detector, "send to " + address + ", thanks"), contains(address));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",                              // base58check fails
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx",                      // bech32 checksum fails
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",                      // EIP-55 case wrong
      "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060", // tx hash, 64 hex
  })
  void rejectsBrokenChecksumsAndHashes(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"请转到%s。", "ビットコインを%sに送金", "지갑 %s로 보내"})
  void findsAddressesWrittenIntoUnspacedScripts(String sentence) {
    String address = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    assertThat(Found.by(detector, sentence.formatted(address)), contains(address));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x%s", "%sé", "%s_v2", "Ж%s"})
  void rejectsAddressesInsideLongerWords(String word) {
    assertThat(Found.by(detector, word.formatted("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")), empty());
  }

  @Test
  void keccakMatchesTheEthereumReferenceDigest() {
    // keccak256("") as published by the Ethereum yellow paper test vectors
    byte[] digest = Keccak256.digest(new byte[0]);
    assertThat(com.google.common.io.BaseEncoding.base16().lowerCase().encode(digest),
        is("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
    assertThat(com.google.common.io.BaseEncoding.base16().lowerCase().encode(Keccak256.digest("abc".getBytes(StandardCharsets.US_ASCII))),
        is("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));
  }
}
