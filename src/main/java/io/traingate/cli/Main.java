package io.traingate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.LogManager;

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

  private static final Map<String, Command> COMMANDS = Map.of("scan", ScanCommandLine::run, "generate", io.traingate.generate.GenerateCommand::run, "benchmark", io.traingate.bench.BenchmarkCommand::run);

  private Main() {}

  public static void main(String[] args) throws IOException {
    if (System.getProperty("java.util.logging.config.file") == null) {
      try (InputStream config = Main.class.getResourceAsStream("/io/traingate/logging.properties")) {
        LogManager.getLogManager().readConfiguration(config);
      }
    }
    System.exit(run(args, System.in, System.out, System.err));
  }

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
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
