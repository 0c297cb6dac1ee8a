package io.traingate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Launch profiles under {@code pipelines/}: files of options, one per line, named on the command
 * line as {@code @FILE}. Later options win over earlier ones, as Beam reads them.
 */
final class LaunchProfiles {
  static final String SAMPLE = "pipelines/local/sample.args";

  private LaunchProfiles() {}

  static String[] expand(String[] args) throws IOException {
    List<String> expanded = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("@")) {
        expanded.addAll(read(Path.of(arg.substring(1))));
      } else {
        expanded.add(arg);
      }
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
