package io.traingate.pii;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanCommandTest {

  private static List<String> scan(String input, int expectedStatus) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = ScanCommand.run(RedactionRules.defaults(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    assertThat(status, is(expectedStatus));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void writesOneSpansLinePerInputLineWithJavaOffsets() {
    List<String> lines = scan("{\"text\": \"mail me at dana@example.org\"}\n{\"text\": \"nothing\"}\n", 0);
    assertThat(lines, contains(
        "{\"spans\":[{\"type\":\"EMAIL\",\"start\":11,\"end\":27}]}",
        "{\"spans\":[]}"));
  }

  @Test
  void offsetsCountUtf16CharsNotCodePoints() {
    // the emoji is two Java chars, so the address starts at 3
    List<String> lines = scan("{\"text\": \"\\uD83D\\uDE00 a@example.org\"}", 0);
    assertThat(lines, contains("{\"spans\":[{\"type\":\"EMAIL\",\"start\":3,\"end\":16}]}"));
  }

  @Test
  void badLinesGetAnErrorLineThatDoesNotEchoTheirContent() {
    List<String> lines = scan("not json secret@example.org\n{\"text\": 5}\n{\"text\": \"x@example.org\"}\n", 1);
    assertThat(lines.size(), is(3));
    assertThat(lines.get(0), containsString("\"error\""));
    assertThat(lines.get(0), not(containsString("secret")));
    assertThat(lines.get(1), containsString("\"error\""));
    assertThat(lines.get(2), is("{\"spans\":[{\"type\":\"EMAIL\",\"start\":0,\"end\":13}]}"));
  }
}
