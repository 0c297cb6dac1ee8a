package io.traingate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Launch profiles under {@code pipelines/}: files of options, one per line, named on the command
 * line as {@code @FILE}. An option given after a profile overrides the profile's value for that
 * name (Beam itself refuses a single-valued option given twice).
 */
final class LaunchProfiles {
  static final String SAMPLE = "pipelines/local/sample.args";
  private static final int MAX_NESTING = 8;

  private LaunchProfiles() {}

  static String[] expand(String[] args) throws IOException {
    return expand(args, 0);
  }

  /** A profile may name another ({@code @FILE} on a line of its own); its own lines then override it. */
  private static String[] expand(String[] args, int depth) throws IOException {
    if (depth > MAX_NESTING) {
      throw new IOException("launch profiles nest more than " + MAX_NESTING + " deep (a profile that names itself?)");
    }
    List<String> expanded = new ArrayList<>();
    for (String arg : args) {
      List<String> source =
          arg.startsWith("@") ? List.of(expand(read(Path.of(arg.substring(1))).toArray(String[]::new), depth + 1)) : List.of(arg);
      Set<String> names = source.stream().map(OptionArgs::name).collect(Collectors.toSet());
      expanded.removeIf(earlier -> names.contains(OptionArgs.name(earlier)));
      expanded.addAll(source);
    }
    return expanded.toArray(String[]::new);
  }


  private static List<String> read(Path profile) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(profile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException(
          "no launch profile at " + profile.toAbsolutePath() + " (run from the repository root, or give the options)");
    }
    List<String> options = new ArrayList<>();
    for (String line : lines) {
      String option = line.strip();
      if (!option.isEmpty() && !option.startsWith("#")) {
        options.add(option);
      }
    }
    return options;
  }
}
