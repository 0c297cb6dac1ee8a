package io.traingate.pii.bench;

import io.traingate.pii.eval.LabeledCorpus;
import io.traingate.pii.eval.LabeledMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chat-like messages for speed measurements: everyday sentences, and optionally personal
 * information from the labeled corpus mixed in at about one entity per 400 characters.
 */
public final class ChatText {
  private ChatText() {}

  private static final List<String> SENTENCES = List.of(
      "hey, are we still on for lunch tomorrow?", "sounds good, see you at noon.",
      "I pushed the fix to the branch, can you review it when you get a chance?",
      "the build failed again because of the flaky integration test", "lol yes that's exactly what happened",
      "we should probably move the meeting to thursday afternoon", "did you get a chance to look at the slides?",
      "Thanks for the update! I'll check with the team and get back to you.",
      "The new version is 2.4.1 and it fixes the memory leak we saw last week.",
      "can you send me the report by end of day? no rush otherwise",
      "I'm running about 10 minutes late, traffic is terrible", "what do you think about the new design?",
      "```\nfor item in items:\n    total += item.price * item.quantity\n```",
      "Honestly I think the second option is better, it keeps the API simpler.",
      "Our flight lands at 7:45 so we should be at the hotel by 9.", "ok will do, thanks!");

  /** {@code messages} messages of about {@code length} characters each. */
  public static List<String> messages(int messages, int length, boolean withEntities) throws IOException {
    Random random = new Random(42);
    List<String> entities = withEntities ? entitySnippets() : List.of();
    List<String> out = new ArrayList<>(messages);
    int sinceEntity = 0;
    for (int m = 0; m < messages; m++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < length) {
        if (withEntities && sinceEntity >= 400) {
          String snippet = entities.get(random.nextInt(entities.size()));
          text.append(snippet).append(' ');
          sinceEntity = 0;
        } else {
          String sentence = SENTENCES.get(random.nextInt(SENTENCES.size()));
          text.append(sentence).append(' ');
          sinceEntity += sentence.length() + 1;
        }
      }
      out.add(text.toString());
    }
    return out;
  }

  /** Single-entity sentences from the generated corpus: its template text around one value. */
  private static List<String> entitySnippets() throws IOException {
    List<String> snippets = new ArrayList<>();
    for (LabeledMessage message : LabeledCorpus.read(Path.of("test-data/pii-corpus/generated.jsonl"))) {
      if (message.spans().size() == 1) {
        var span = message.spans().get(0);
        int from = Math.max(0, span.start() - 20);
        int to = Math.min(message.text().length(), span.end() + 10);
        snippets.add(message.text().substring(from, to));
      }
    }
    return snippets;
  }
}
