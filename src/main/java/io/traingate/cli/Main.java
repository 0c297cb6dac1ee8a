package io.traingate.cli;

import io.traingate.bench.BenchmarkCommand;
import io.traingate.generate.GenerateCommand;
import io.traingate.pii.eval.EvaluateCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The bundled jar's entry point. A first argument that names a command selects it; otherwise the
 * arguments are the pipeline's options (data-contract.md, "Commands of the bundled jar").
 */
public final class Main {

  /** A command of the jar: arguments after its name, standard streams; returns the exit status. */
  @FunctionalInterface
  interface Command {
    int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws Exception;
  }

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "scan", ScanCommandLine::run,
          "evaluate", (args, in, out, err) -> EvaluateCorpus.run(args, out),
          "generate", GenerateCommand::run,
          "benchmark", BenchmarkCommand::run);

  /**
   * Loggers that print pipeline elements or grouping keys (message content, user and conversation
   * ids) at their fine levels: whatever the logging configuration says, they log nothing finer
   * than INFO. Found by the leak tests with every level at ALL.
   */
  static final List<String> CONTENT_LOGGERS =
      List.of(
          "org.apache.beam.runners.direct.QuiescenceDriver", // FINE: every bundle with its elements
          "org.apache.beam.sdk.util.WindowTracing"); // FINE, FINEST: the key of every grouped element

  /** Strong references: java.util.logging holds loggers weakly, and a collected one forgets its level. */
  private static final List<Logger> CAPPED_LOGGERS = new ArrayList<>();

  private Main() {}

  static synchronized void capContentLoggers() {
    for (String name : CONTENT_LOGGERS) {
      Logger logger = Logger.getLogger(name);
      if (logger.getLevel() == null || logger.getLevel().intValue() < Level.INFO.intValue()) {
        logger.setLevel(Level.INFO);
      }
      if (!CAPPED_LOGGERS.contains(logger)) {
        CAPPED_LOGGERS.add(logger);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (System.getProperty("java.util.logging.config.file") == null) {
      try (InputStream config = Main.class.getResourceAsStream("/io/traingate/logging.properties")) {
        LogManager.getLogManager().readConfiguration(config);
      }
    }
    capContentLoggers();
    System.exit(run(args, System.in, System.out, System.err));
  }

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    capContentLoggers();
    try {
      if (args.length > 0 && COMMANDS.containsKey(args[0])) {
        return COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
      }
      return new PipelineCommand(out, err).run(args);
    } catch (Exception e) {
      // the exception's class and message only: messages here are written to hold no content
      err.println("traingate: failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }
}
