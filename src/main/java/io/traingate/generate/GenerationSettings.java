package io.traingate.generate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The checked settings of one generator run, derived from {@link GenerateOptions}; serializable
 * so that every worker derives the same records from them.
 *
 * @param conversationShards files of conversations; each holds a contiguous range of indices
 * @param consentShards files of consent events; each holds the events of a contiguous range of users
 */
public record GenerationSettings(
    long seed,
    long conversations,
    long users,
    double consentShare,
    double badRecordShare,
    int conversationShards,
    int consentShards,
    boolean gzip,
    String output)
    implements Serializable {

  /** Without --numShards, a file holds about this many records, so a large run spreads over many workers. */
  static final long RECORDS_PER_SHARD = 100_000;

  /** Thrown with every problem of the options, one per line. */
  public static final class InvalidSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidSettingsException(List<String> problems) {
      super(String.join("\n", problems));
    }
  }

  public static GenerationSettings from(GenerateOptions options) throws InvalidSettingsException {
    List<String> problems = new ArrayList<>();
    long conversations = count("--conversations", options.getConversations(), problems);
    long users = options.getUsers();
    if (users < 1) {
      problems.add("--users must be at least 1, got " + users);
    }
    checkShare("--consentShare", options.getConsentShare(), problems);
    checkShare("--badRecordShare", options.getBadRecordShare(), problems);
    if (options.getNumShards() < 0) {
      problems.add("--numShards must be 0 (one file per " + RECORDS_PER_SHARD + " records) or positive");
    }
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
    return new GenerationSettings(
        options.getSeed(),
        conversations,
        users,
        options.getConsentShare(),
        options.getBadRecordShare(),
        shards(options.getNumShards(), conversations),
        shards(options.getNumShards(), users),
        options.getGzip(),
        options.getOutput());
  }

  private static long count(String name, String value, List<String> problems) {
    try {
      long parsed = Long.parseLong(value.trim());
      if (parsed >= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    problems.add(name + " must be a number of records (0 or more), got " + value);
    return 0;
  }

  private static void checkShare(String name, double share, List<String> problems) {
    if (!(share >= 0 && share <= 1)) {
      problems.add(name + " must be a share between 0 and 1, got " + share);
    }
  }

  private static int shards(int requested, long records) {
    if (requested > 0) {
      return requested;
    }
    return (int) Math.max(1, (records + RECORDS_PER_SHARD - 1) / RECORDS_PER_SHARD);
  }
}
