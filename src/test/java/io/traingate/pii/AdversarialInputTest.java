package io.traingate.pii;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;

import io.traingate.pii.bench.ChatText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No input may make the redactor super-linear: each adversarial text of at least 1 MB must
 * take less than 20 times as long as 1 MB of ordinary chat, measured in the same run. Times are
 * the thread's CPU time, so that a busy machine, which deschedules the test, does not count.
 */
class AdversarialInputTest {

  private static final int ONE_MB = 1 << 20;
  private static final double MAX_RATIO = 20;

  private static Redactor redactor;
  private static List<String> chat;
  private static final ThreadMXBean THREAD_TIMES = ManagementFactory.getThreadMXBean();

  private static long chatNanos;

  @BeforeAll
  static void measureOrdinaryChat() throws IOException {
    redactor = Redactor.create(RedactionRules.defaults(), "k".getBytes(StandardCharsets.UTF_8));
    chat = ChatText.messages(2100, 500, true); // a little over 1 MB
    redactAll(); // warm-up
    chatNanos = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      chatNanos = Math.min(chatNanos, redactAll());
    }
  }

  private static long redactAll() {
    long start = THREAD_TIMES.getCurrentThreadCpuTime();
    ConversationRedaction conversation = redactor.newConversation();
    for (String message : chat) {
      conversation.redact(message);
    }
    return THREAD_TIMES.getCurrentThreadCpuTime() - start;
  }

  private static String repeat(String unit) {
    return unit.repeat(ONE_MB / unit.length() + 1);
  }

  private static Map<String, Supplier<String>> adversarialInputs() {
    Map<String, Supplier<String>> inputs = new LinkedHashMap<>();
    inputs.put("digits", () -> repeat("0123456789"));
    inputs.put("spaced digits", () -> repeat("1 "));
    inputs.put("dashed digit groups", () -> repeat("123-45-"));
    inputs.put("dots", () -> repeat("."));
    inputs.put("dotted digits", () -> repeat("1."));
    inputs.put("at signs", () -> repeat("@"));
    inputs.put("near-miss e-mails", () -> repeat("a@b."));
    inputs.put("long domains", () -> repeat("x@" + "aa.".repeat(200) + " "));
    inputs.put("spelled at/dot", () -> repeat("dana at gmail dot "));
    inputs.put("hex", () -> repeat("deadbeef"));
    inputs.put("hex with colons", () -> repeat("dead:beef:"));
    inputs.put("spaces", () -> repeat(" "));
    inputs.put("key prefixes", () -> repeat("sk-AKIAghp_xoxb-AIza"));
    inputs.put("one huge token", () -> "sk-" + repeat("a1B2"));
    inputs.put("jwt-like", () -> repeat("eyJ.eyJ."));
    inputs.put("pem headers", () -> repeat("-----BEGIN RSA PRIVATE KEY-----\n"));
    inputs.put("assignments", () -> repeat("password=password="));
    inputs.put("colons and equals", () -> repeat(":="));
    inputs.put("url schemes", () -> repeat("http://a:b"));
    inputs.put("iban prefixes", () -> repeat("DE89 "));
    inputs.put("base58", () -> repeat("1A1zP1eP5QGefi2DMPTf"));
    inputs.put("plus signs", () -> repeat("+1 "));
    inputs.put("parentheses", () -> repeat("(1) "));
    inputs.put("greetings", () -> repeat("Hi Dana "));
    inputs.put("capitalised names", () -> repeat("Dana "));
    inputs.put("street-like", () -> repeat("1 Main Street "));
    inputs.put("id cues", () -> repeat("passport number "));
    // id cues whose values could run on through letter groups, and words that a hyphen or apostrophe joins
    inputs.put("id cues before groups", () -> repeat("SIN 1 "));
    inputs.put("checked id cues before groups", () -> repeat("fødselsnummer 12 AB "));
    inputs.put("hyphen suffixes", () -> repeat("CNP-ul "));
    inputs.put("contractions", () -> repeat("don't "));
    inputs.put("letters", () -> repeat("a"));
    // a name or an address found by a second rule at every few chars: each is added in logarithmic time
    inputs.put("honorifics", () -> repeat("田中さん"));
    inputs.put("japanese blocks", () -> repeat("東京都渋谷区神南3丁目14-"));
    inputs.put("korean roads", () -> repeat("서울특별시 강남구 테헤란로 1 "));
    inputs.put("name tables", () -> "first_name,last_name,email\n" + repeat("Ana,Li,x\n"));
    inputs.put("name keys", () -> repeat("{\"name\": \"Ana Li\", \"email\": \"x\"} "));
    inputs.put("mentions", () -> repeat("@Ana "));
    inputs.put("names asked for", () -> repeat("Bot: your name?\nUser: ana\n"));
    inputs.put("quoted cells", () -> "id,name,email,street\n" + repeat("1,Ana Li,x,\"1, Main\"\n"));
    // lists of names, each asking whether its names were found before and adding them
    inputs.put("name lists", () -> repeat("Kat, Sue, Shay, Ramona Fierro.\n"));
    inputs.put("attendance lists", () -> repeat("Present: Ana, Bo, Cy\n"));
    inputs.put("day rotas", () -> repeat("Mon: Ana & Bo\n"));
    inputs.put("speaker labels on one line", () -> repeat("Ana: "));
    // values of one kind that another detector asks about, each once per text
    inputs.put("repeated addresses", () -> repeat("192.168.0.1 "));
    inputs.put("versions", () -> repeat("version 1.2.3.4 "));
    inputs.put("ssns", () -> repeat("Ana Li, SSN 123-45-6789 "));
    // many names that the model doubts, each asking whether a likely name holds its word
    inputs.put("streets taken for names", () -> repeat("Calle 5 "));
    inputs.put("streets with commas", () -> repeat("Rua das Flores 12, "));
    // credentials listed under what they open, .pgpass records, continued command lines, told passwords
    inputs.put("access lists", () -> repeat("- VPN: Xk29!abLmQ7\n- rota portal: a.b / "));
    inputs.put("pgpass records", () -> repeat("h.x:5432:d:u:"));
    inputs.put("continued command lines", () -> repeat("curl \\\n -u a:b \\\n"));
    inputs.put("copulas after a password's name", () -> repeat("salasana on to "));
    return inputs;
  }

  @Test
  void everyAdversarialInputStaysWithin20TimesOrdinaryChat() {
    for (Map.Entry<String, Supplier<String>> input : adversarialInputs().entrySet()) {
      String text = input.getValue().get();
      long start = THREAD_TIMES.getCurrentThreadCpuTime();
      redactor.newConversation().redact(text);
      long nanos = THREAD_TIMES.getCurrentThreadCpuTime() - start;
      assertThat(input.getKey() + " took " + nanos / 1_000_000 + " ms vs chat " + chatNanos / 1_000_000 + " ms",
          (double) nanos / chatNanos, lessThan(MAX_RATIO));
    }
  }
}
