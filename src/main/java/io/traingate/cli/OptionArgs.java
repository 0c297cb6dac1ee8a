package io.traingate.cli;

/** Reading Beam-style {@code --name=value} arguments before Beam parses them. */
final class OptionArgs {
  private OptionArgs() {}

  /** {@code --runner=X} and {@code --runner} are both the option {@code --runner}. */
  static String name(String arg) {
    int equals = arg.indexOf('=');
    return equals < 0 ? arg : arg.substring(0, equals);
  }

  /** The last value given for {@code name}, or null. */
  static String value(String[] args, String name) {
    String value = null;
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        value = arg.substring(name.length() + 1);
      }
    }
    return value;
  }

  static boolean isGiven(String[] args, String name) {
    for (String arg : args) {
      if (name(arg).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
