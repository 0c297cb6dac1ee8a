package io.traingate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The checked options of {@code benchmark}.
 *
 * @param sizes conversations per input, in the order they are run
 * @param repeats how many times each runner runs the floor and then the full job on each input
 * @param usersPerConversation users of the generated input per conversation (0.15: 3,000 users for 20,000 conversations)
 * @param heap the child JVMs' {@code -Xmx}
 */
public record BenchmarkSettings(
    List<Long> sizes, int repeats, List<BenchRunner> runners, Path workdir, double usersPerConversation, String heap, long seed) {

  static final String USAGE =
      "Usage: java -jar traingate-bundled.jar benchmark [--sizes=20000,100000,500000] [--repeats=2]"
          + " [--runners=direct,flink] [--workdir=DIR] [--users-per-conversation=0.15] [--heap=2g] [--seed=7]";

  public BenchmarkSettings {
    sizes = List.copyOf(sizes);
    runners = List.copyOf(runners);
  }

  /** Thrown with every problem of the arguments, one per line. */
  public static final class InvalidArgumentsException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidArgumentsException(List<String> problems) {
      super(String.join("\n", problems));
    }
  }

  public static BenchmarkSettings parse(String[] args) throws InvalidArgumentsException {
    List<String> problems = new ArrayList<>();
    List<Long> sizes = List.of(20_000L, 100_000L, 500_000L);
    int repeats = 2;
    List<BenchRunner> runners = List.of(BenchRunner.DIRECT, BenchRunner.FLINK);
    Path workdir = Path.of(System.getProperty("java.io.tmpdir"), "traingate-benchmark");
    double usersPerConversation = 0.15;
    String heap = "2g";
    long seed = 7;
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String value = equals < 0 ? "" : arg.substring(equals + 1).trim();
      try {
        switch (name) {
          case "--sizes" -> sizes = sizes(value);
          case "--repeats" -> repeats = positive("the count", Integer.parseInt(value));
          case "--runners" -> runners = runners(value);
          case "--workdir" -> workdir = Path.of(nonEmpty(name, value));
          case "--users-per-conversation" -> usersPerConversation = share(name, Double.parseDouble(value));
          case "--heap" -> heap = heap(value);
          case "--seed" -> seed = Long.parseLong(value);
          default -> problems.add("unknown argument " + arg);
        }
      } catch (IllegalArgumentException e) {
        problems.add(name + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidArgumentsException(problems);
    }
    return new BenchmarkSettings(sizes, repeats, runners, workdir.toAbsolutePath().normalize(), usersPerConversation, heap, seed);
  }

  /** Users of the input of {@code size} conversations: at least one. */
  long users(long size) {
    return Math.max(1, Math.round(size * usersPerConversation));
  }

  private static List<Long> sizes(String value) {
    LinkedHashSet<Long> sizes = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      sizes.add(positive("a size", Long.parseLong(part.trim().replace("_", ""))));
    }
    return List.copyOf(sizes);
  }

  private static List<BenchRunner> runners(String value) {
    LinkedHashSet<BenchRunner> runners = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      runners.add(BenchRunner.byId(part.trim()));
    }
    return List.copyOf(runners);
  }

  private static <T extends Number> T positive(String what, T value) {
    if (value.longValue() < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + value);
    }
    return value;
  }

  private static double share(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException("must be above 0 and at most 1, got " + value);
    }
    return value;
  }

  private static String heap(String value) {
    if (!value.matches("\\d+[kKmMgG]?")) {
      throw new IllegalArgumentException("must be a -Xmx size such as 2g or 1536m, got " + value);
    }
    return value;
  }

  private static String nonEmpty(String name, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("needs a value");
    }
    return value;
  }
}
