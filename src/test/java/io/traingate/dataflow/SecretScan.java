package io.traingate.dataflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.xerial.snappy.Snappy;

/**
 * Looks for a needle in what a Dataflow job spec is made of, also where it hides from a plain
 * grep: inside the Snappy-compressed Java serialization of DoFns ({@code serialized_fn}, the
 * staged pipeline proto), percent-encoded in the JSON, or inside staged jars.
 */
final class SecretScan {
  private static final byte[] SNAPPY_MAGIC = {(byte) 0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};

  private SecretScan() {}

  /** Whether any of the needles occurs in the bytes or in anything they contain. */
  static boolean containsAny(byte[] haystack, List<byte[]> needles) {
    for (byte[] layer : layers(haystack)) {
      for (byte[] needle : needles) {
        if (indexOf(layer, needle, 0) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the needle occurs in a Java serialization stream (magic 0xACED0005) that was Snappy
   * compressed in the bytes: proof that the scan reads what a plain grep cannot.
   */
  static boolean inJavaSerialization(byte[] haystack, byte[] needle) {
    byte[] javaSerialization = {(byte) 0xAC, (byte) 0xED, 0, 5};
    byte[] decoded = percentDecode(haystack);
    List<byte[]> decompressed = new ArrayList<>(snappyStreams(haystack));
    if (decoded != null) {
      decompressed.addAll(snappyStreams(decoded));
    }
    for (byte[] layer : decompressed) {
      if (indexOf(layer, javaSerialization, 0) == 0 && indexOf(layer, needle, 0) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The bytes themselves, their percent-decoding, and every Snappy stream and zip entry found in either. */
  static List<byte[]> layers(byte[] bytes) {
    List<byte[]> layers = new ArrayList<>();
    layers.add(bytes);
    byte[] decoded = percentDecode(bytes);
    if (decoded != null) {
      layers.add(decoded);
    }
    for (byte[] layer : List.copyOf(layers)) {
      layers.addAll(snappyStreams(layer));
    }
    if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
      layers.addAll(zipEntries(bytes));
    }
    return layers;
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Snappy's stream format (SnappyOutputStream, used by Beam's SerializableUtils): magic, two ints, then length-prefixed chunks. */
  private static List<byte[]> snappyStreams(byte[] bytes) {
    List<byte[]> streams = new ArrayList<>();
    int at = indexOf(bytes, SNAPPY_MAGIC, 0);
    while (at >= 0) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int position = at + SNAPPY_MAGIC.length + 8;
      while (position + 4 <= bytes.length) {
        int length = ByteBuffer.wrap(bytes, position, 4).getInt();
        if (length <= 0 || position + 4 + length > bytes.length) {
          break;
        }
        try {
          byte[] chunk = new byte[length];
          System.arraycopy(bytes, position + 4, chunk, 0, length);
          out.writeBytes(Snappy.uncompress(chunk));
        } catch (IOException notAChunk) {
          break;
        }
        position += 4 + length;
      }
      if (out.size() > 0) {
        streams.add(out.toByteArray());
      }
      at = indexOf(bytes, SNAPPY_MAGIC, at + 1);
    }
    return streams;
  }

  private static byte[] percentDecode(byte[] bytes) {
    if (indexOf(bytes, new byte[] {'%'}, 0) < 0) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }

  private static List<byte[]> zipEntries(byte[] bytes) {
    List<byte[]> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.isDirectory()) {
          entries.addAll(layers(readAll(zip)));
        }
      }
    } catch (IOException notAZip) {
      // scanned as plain bytes already
    }
    return entries;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
