package io.traingate.pii.detect;

import com.google.common.hash.Hashing;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The checksums that Bitcoin and Ethereum addresses carry: base58check, bech32(m), EIP-55. */
public final class WalletChecksums {
  private WalletChecksums() {}

  public static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  public static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);
  private static final int BASE58CHECK_BYTES = 25;

  /** A 25-byte base58check payload (version, 20-byte hash, 4-byte checksum) that verifies. */
  public static boolean isBase58Check(String address) {
    byte[] decoded = new byte[BASE58CHECK_BYTES];
    int leadingZeros = 0;
    while (leadingZeros < address.length() && address.charAt(leadingZeros) == '1') {
      leadingZeros++;
    }
    for (int i = 0; i < address.length(); i++) {
      int digit = BASE58.indexOf(address.charAt(i));
      if (digit < 0 || !multiplyAdd(decoded, digit)) {
        return false;
      }
    }
    // each leading '1' stands for one zero byte, and the number for the bytes from its first non-zero one
    int zeroBytes = 0;
    while (zeroBytes < decoded.length && decoded[zeroBytes] == 0) {
      zeroBytes++;
    }
    return zeroBytes == leadingZeros
        && Arrays.equals(Arrays.copyOfRange(doubleSha256(decoded, 21), 0, 4), Arrays.copyOfRange(decoded, 21, 25));
  }

  /**
   * {@code number = number * 58 + digit}, on big-endian bytes, as the address is read: no number
   * object per digit. False if the number outgrows the bytes, as then it is no payload.
   */
  private static boolean multiplyAdd(byte[] number, int digit) {
    int carry = digit;
    for (int i = number.length - 1; i >= 0; i--) {
      carry += 58 * (number[i] & 0xff);
      number[i] = (byte) carry;
      carry >>>= 8;
    }
    return carry == 0;
  }

  /** Encodes a version byte and 20-byte hash as a base58check address (used for surrogates). */
  public static String base58Check(byte version, byte[] hash20) {
    byte[] raw = new byte[25];
    raw[0] = version;
    System.arraycopy(hash20, 0, raw, 1, 20);
    System.arraycopy(doubleSha256(raw, 21), 0, raw, 21, 4);
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, raw);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(FIFTY_EIGHT);
      out.append(BASE58.charAt(qr[1].intValue()));
      value = qr[0];
    }
    for (int i = 0; i < raw.length && raw[i] == 0; i++) {
      out.append('1');
    }
    return out.reverse().toString();
  }

  private static byte[] doubleSha256(byte[] bytes, int length) {
    byte[] first = Hashing.sha256().hashBytes(bytes, 0, length).asBytes();
    return Hashing.sha256().hashBytes(first).asBytes();
  }

  /** A bech32 or bech32m string (one case throughout) whose checksum verifies. */
  public static boolean isBech32(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    if (!address.equals(lower) && !address.equals(address.toUpperCase(Locale.ROOT))) {
      return false;
    }
    int separator = lower.lastIndexOf('1');
    if (separator < 1 || lower.length() - separator < 7) {
      return false;
    }
    int[] values = new int[lower.length() - separator - 1];
    for (int i = 0; i < values.length; i++) {
      values[i] = BECH32.indexOf(lower.charAt(separator + 1 + i));
      if (values[i] < 0) {
        return false;
      }
    }
    int check = polymod(expandHrp(lower.substring(0, separator)), values);
    return check == BECH32_CONST || check == BECH32M_CONST;
  }

  /**
   * {@code hrp + "1" + data} with a valid checksum: bech32 for segwit v0, bech32m for later
   * versions (used by generators and surrogates).
   */
  public static String bech32(String hrp, int[] data, boolean bech32m) {
    int[] withZeros = Arrays.copyOf(data, data.length + 6);
    int mod = polymod(expandHrp(hrp), withZeros) ^ (bech32m ? BECH32M_CONST : BECH32_CONST);
    StringBuilder out = new StringBuilder(hrp).append('1');
    for (int value : data) {
      out.append(BECH32.charAt(value));
    }
    for (int i = 0; i < 6; i++) {
      out.append(BECH32.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return out.toString();
  }

  private static int[] expandHrp(String hrp) {
    int[] expanded = new int[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      expanded[i] = hrp.charAt(i) >> 5;
      expanded[i + hrp.length() + 1] = hrp.charAt(i) & 31;
    }
    return expanded;
  }

  private static int polymod(int[] hrp, int[] data) {
    int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int[] part : new int[][] {hrp, data}) {
      for (int value : part) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
          if (((top >>> i) & 1) != 0) {
            chk ^= generator[i];
          }
        }
      }
    }
    return chk;
  }

  /** EIP-55: a hex digit a-f is upper case exactly when its nibble of keccak(lower hex) is >= 8. */
  public static boolean hasValidEip55Case(String hex40) {
    String lower = hex40.toLowerCase(Locale.ROOT);
    return hex40.equals(eip55(lower));
  }

  /** The EIP-55 mixed-case spelling of 40 lower-case hex digits. */
  public static String eip55(String lowerHex40) {
    byte[] hash = Keccak256.digest(lowerHex40.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < lowerHex40.length(); i++) {
      char c = lowerHex40.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }
}
