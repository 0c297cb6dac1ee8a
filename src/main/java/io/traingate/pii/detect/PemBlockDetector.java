package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * PEM private-key blocks, from {@code -----BEGIN ... PRIVATE KEY-----} to the matching END line.
 * A block pasted without its END line is covered up to the end of its base64 body.
 */
public final class PemBlockDetector implements Detector {

  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";
  /** An RSA-8192 key is about 6.5 KB of base64; anything longer is not one block. */
  private static final int MAX_BLOCK = 16 * 1024;
  private static final int MAX_LABEL = 40;

  @Override
  public void detect(String text, List<Span> out) {
    int begin = text.indexOf(BEGIN);
    int nextEnd = text.indexOf(END);
    while (begin >= 0) {
      int labelEnd = text.indexOf(DASHES, begin + BEGIN.length());
      int resumeAt = begin + BEGIN.length();
      if (labelEnd > 0 && labelEnd - begin <= MAX_LABEL + BEGIN.length() && isPrivateKeyLabel(text, begin + BEGIN.length(), labelEnd)) {
        int headerEnd = labelEnd + DASHES.length();
        while (nextEnd >= 0 && nextEnd < headerEnd) {
          nextEnd = text.indexOf(END, nextEnd + 1);
        }
        int blockEnd;
        if (nextEnd >= 0 && nextEnd - begin <= MAX_BLOCK) {
          int footerEnd = text.indexOf(DASHES, nextEnd + END.length());
          blockEnd = footerEnd > 0 && footerEnd - nextEnd <= MAX_LABEL + END.length() ? footerEnd + DASHES.length() : nextEnd + END.length();
        } else {
          blockEnd = base64BodyEnd(text, headerEnd);
        }
        out.add(new Span(EntityType.SECRET, begin, blockEnd));
        resumeAt = blockEnd;
      }
      begin = text.indexOf(BEGIN, resumeAt);
    }
  }

  private static boolean isPrivateKeyLabel(String text, int from, int to) {
    return text.substring(from, to).endsWith("PRIVATE KEY");
  }

  private static int base64BodyEnd(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + MAX_BLOCK);
    int lastBase64 = from;
    while (i < limit) {
      char c = text.charAt(i);
      if (Chars.isAsciiAlnum(c) || c == '+' || c == '/' || c == '=') {
        lastBase64 = i + 1;
      } else if (c != '\n' && c != '\r' && c != ' ') {
        break;
      }
      i++;
    }
    return lastBase64;
  }
}
