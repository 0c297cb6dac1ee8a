package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Bitcoin addresses (legacy and P2SH base58check, segwit bech32 and taproot bech32m) and Ethereum
 * addresses (0x + 40 hex; when the case is mixed it must be the EIP-55 checksum case). Candidates
 * are maximal alphanumeric tokens with the right first characters and length, standing alone or
 * written into Chinese, Japanese or Korean text, which puts no space around them.
 */
public final class CryptoWalletDetector implements Detector {

  /** The shortest address: a bech32 one. */
  static final int MIN_LENGTH = 14;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs runs = scanned.alnumRuns();
    for (int r = 0; r < runs.count(); r++) {
      int start = runs.start(r);
      int end = runs.end(r);
      if (!Chars.joinsWordAt(text, start - 1) && !Chars.joinsWordAt(text, end) && isWallet(text, start, end)) {
        out.add(new Span(EntityType.CRYPTO_WALLET, start, end));
      }
    }
  }

  private static boolean isWallet(String text, int start, int end) {
    int length = end - start;
    char first = text.charAt(start);
    if (length == 42 && first == '0' && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X')) {
      return isEthereum(text.substring(start + 2, end));
    }
    if ((first == '1' || first == '3') && length >= 26 && length <= 35) {
      return WalletChecksums.isBase58Check(text.substring(start, end));
    }
    if ((first == 'b' || first == 'B') && length >= MIN_LENGTH && length <= 74 && text.regionMatches(true, start, "bc1", 0, 3)) {
      return WalletChecksums.isBech32(text.substring(start, end));
    }
    return false;
  }

  private static boolean isEthereum(String hex) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!Chars.isHex(c)) {
        return false;
      }
      lower |= Chars.isLower(c);
      upper |= Chars.isUpper(c);
    }
    return !(lower && upper) || WalletChecksums.hasValidEip55Case(hex);
  }
}
