package io.traingate.bench;

import java.util.List;
import java.util.stream.Collectors;

/** A command as one could paste it into a POSIX shell. */
final class CommandLine {
  private CommandLine() {}

  static String quote(List<String> command) {
    return command.stream().map(CommandLine::quote).collect(Collectors.joining(" "));
  }

  static String quote(String arg) {
    if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./:=,@%+-]+")) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
