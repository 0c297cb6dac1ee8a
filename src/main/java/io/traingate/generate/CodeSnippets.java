package io.traingate.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fenced code blocks as users paste them, some with a credential left in: an OpenAI-style
 * {@code sk-} key, an AWS access key id or a GitHub token ({@code {secret}} in a template).
 */
final class CodeSnippets {
  /** A fenced block, and whether a secret was written into it. */
  record Snippet(String text, boolean hasSecret) {}

  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final double SHARE_WITH_SECRET = 0.3;

  /** A block with a credential in it: {@code prefix} then {@code length} characters of {@code alphabet}. */
  private record SecretTemplate(String code, String prefix, String alphabet, int length) {}

  private static final List<SecretTemplate> WITH_SECRET =
      List.of(
          new SecretTemplate(
              "```python\nimport openai\n\nclient = openai.OpenAI(api_key=\"{secret}\")\nresp = client.chat.completions.create(model=\"gpt-4o\", messages=msgs)\nprint(resp.choices[0].message.content)\n```",
              "sk-proj-", ALPHANUMERIC, 48),
          new SecretTemplate(
              "```bash\nexport OPENAI_API_KEY={secret}\ncurl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"\n```",
              "sk-", ALPHANUMERIC, 48),
          new SecretTemplate(
              "```js\nconst client = new S3Client({ region: \"eu-west-1\", credentials: { accessKeyId: \"{secret}\", secretAccessKey: process.env.AWS_SECRET } });\n```",
              "AKIA", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
          new SecretTemplate(
              "```yaml\nsteps:\n  - uses: actions/checkout@v4\n    with:\n      token: {secret}\n```",
              "ghp_", ALPHANUMERIC, 36));

  private static final List<String> PLAIN =
      List.of(
          "```python\ndef average(values):\n    return sum(values) / len(values)\n\nprint(average([]))\n```",
          "```sql\nSELECT customer_id, COUNT(*) AS orders\nFROM orders\nWHERE created_at >= '2026-01-01'\nGROUP BY customer_id\nHAVING COUNT(*) > 3;\n```",
          "```java\nfor (int i = 0; i <= items.size(); i++) {\n    total += items.get(i).price();\n}\n```",
          "```js\nconst res = await fetch(url);\nconst data = res.json();\nconsole.log(data.items.length);\n```",
          "```bash\nfind . -name '*.log' -mtime +7 | xargs rm\n```",
          "```python\nimport pandas as pd\n\ndf = pd.read_csv('sales.csv')\ndf.groupby('region')['revenue'].sum().plot(kind='bar')\n```");

  private CodeSnippets() {}

  static Snippet next(SplittableRandom random) {
    if (random.nextDouble() >= SHARE_WITH_SECRET) {
      return new Snippet(PLAIN.get(random.nextInt(PLAIN.size())), false);
    }
    SecretTemplate template = WITH_SECRET.get(random.nextInt(WITH_SECRET.size()));
    String secret = template.prefix() + characters(random, template.alphabet(), template.length());
    return new Snippet(template.code().replace("{secret}", secret), true);
  }

  private static String characters(SplittableRandom random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
