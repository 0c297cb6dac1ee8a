package io.traingate.hostile;

import io.traingate.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * One in-process run of the jar's entry point with what it printed and everything logged through
 * java.util.logging while it ran (message, parameters and any exception with its stack trace),
 * at the most verbose level the test asks for.
 */
record HostileRun(int status, String out, String err, String log, int stackTraces) {

  static HostileRun of(String... args) {
    return at(Level.INFO, args);
  }

  static HostileRun at(Level level, String... args) {
    Logger root = Logger.getLogger("");
    Level before = root.getLevel();
    Capture capture = new Capture();
    capture.setLevel(level);
    root.addHandler(capture);
    root.setLevel(level);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try {
      status =
          Main.run(
              args,
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
    } finally {
      root.removeHandler(capture);
      root.setLevel(before);
    }
    return new HostileRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), capture.text(), capture.thrown());
  }

  /** Everything the run printed or logged. */
  String everything() {
    return out + "\n" + err + "\n" + log;
  }

  private static final class Capture extends Handler {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final SimpleFormatter formatter = new SimpleFormatter();
    private int thrown;

    @Override
    public void publish(LogRecord record) {
      if (!isLoggable(record)) {
        return;
      }
      StringBuilder line = new StringBuilder(record.getLoggerName() + " " + formatter.formatMessage(record));
      if (record.getMessage() != null) {
        line.append(" | raw: ").append(record.getMessage());
      }
      if (record.getParameters() != null) {
        for (Object parameter : record.getParameters()) {
          line.append(" | param: ").append(parameter);
        }
      }
      if (record.getThrown() != null) {
        synchronized (this) {
          thrown++;
        }
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      lines.add(line.toString());
    }

    synchronized int thrown() {
      return thrown;
    }

    String text() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
