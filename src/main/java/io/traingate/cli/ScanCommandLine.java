package io.traingate.cli;

import io.traingate.io.InputFiles;
import io.traingate.pii.ScanCommand;
import io.traingate.policy.PolicyFile;
import java.io.InputStream;
import java.io.PrintStream;

/** {@code scan [--policy=FILE]}: pii.md's scanner over standard input and output. */
final class ScanCommandLine {
  private ScanCommandLine() {}

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    PolicyFile policy = PolicyFile.defaultPolicy();
    for (String arg : args) {
      if (arg.startsWith("--policy=")) {
        policy = PolicyFile.parse(InputFiles.readAll(arg.substring("--policy=".length())));
      } else {
        err.println("traingate scan: unknown argument " + arg + "; usage: scan [--policy=FILE] < in.jsonl > out.jsonl");
        return PipelineCommand.EXIT_BAD_OPTIONS;
      }
    }
    return ScanCommand.run(policy.redaction(), in, out);
  }
}
