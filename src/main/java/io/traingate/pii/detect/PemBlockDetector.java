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
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    int begin = TextSearch.indexOf(text, BEGIN, 0);
    if (begin < 0) {
      return; // most texts: no need to look for END lines
    }
    int nextEnd = TextSearch.indexOf(text, END, begin);
    while (begin >= 0) {
      int labelEnd = TextSearch.indexOf(text, DASHES, begin + BEGIN.length());
      int resumeAt = begin + BEGIN.length();
      if (labelEnd > 0 && labelEnd - begin <= MAX_LABEL + BEGIN.length() && isPrivateKeyLabel(text, begin + BEGIN.length(), labelEnd)) {
        int headerEnd = labelEnd + DASHES.length();
        while (nextEnd >= 0 && nextEnd < headerEnd) {
          nextEnd = TextSearch.indexOf(text, END, nextEnd + 1);
        }
        int blockEnd;
        if (nextEnd >= 0 && nextEnd - begin <= MAX_BLOCK) {
          int footerEnd = TextSearch.indexOf(text, DASHES, nextEnd + END.length());
          blockEnd = footerEnd > 0 && footerEnd - nextEnd <= MAX_LABEL + END.length() ? footerEnd + DASHES.length() : nextEnd + END.length();
        } else {
          blockEnd = base64BodyEnd(text, headerEnd);
        }
        out.add(new Span(EntityType.SECRET, begin, blockEnd));
        resumeAt = blockEnd;
      }
      begin = TextSearch.indexOf(text, BEGIN, resumeAt);
    }
  }

  private static boolean isPrivateKeyLabel(String text, int from, int to) {
    return text.substring(from, to).endsWith("PRIVATE KEY");
  }

  /** End of the base64 lines that follow {@code from}: the body of a block without an END line. */
  private static int base64BodyEnd(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_BLOCK);
    int end = from;
    int lineStart = from < limit && text.charAt(from) == '\n' ? from + 1 : from;
    while (lineStart < limit) {
      int i = lineStart;
      while (i < limit && isBase64(text.charAt(i))) {
        i++;
      }
      boolean bodyLine = i > lineStart && (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r');
      if (!bodyLine) {
        break;
      }
      end = i;
      lineStart = i < text.length() && text.charAt(i) == '\r' ? i + 2 : i + 1;
    }
    return end;
  }

  private static boolean isBase64(char c) {
    return Chars.isAsciiAlnum(c) || c == '+' || c == '/' || c == '=';
  }
}
