package io.traingate.pipeline;

import io.traingate.io.BigQueryConsent;
import io.traingate.io.InputFiles;
import io.traingate.io.OutputLayout;
import io.traingate.io.PseudonymKeys;
import io.traingate.ingest.Timestamps;
import io.traingate.options.ConsentJoin;
import io.traingate.options.TraingateOptions;
import io.traingate.policy.EligibilityRules;
import io.traingate.policy.PolicyFile;
import io.traingate.transforms.FaultInjection;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The job's options, checked before any work starts: every problem is collected and reported
 * together, with what to do about it.
 */
public record JobSettings(
    String conversations,
    String consent,
    Instant consentAsOf,
    OutputLayout output,
    String policySource,
    PolicyFile policy,
    String pseudonymKeyFile,
    int numShards,
    boolean allowEmptyConsent,
    int maxRecordBytes,
    ConsentJoin consentJoin,
    FaultInjection faultInjection,
    BigQueryConsent consentFromBigQuery,
    boolean passThrough) {

  /** Thrown when options are missing or wrong; the message lists every problem. */
  public static final class InvalidOptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidOptionsException(List<String> problems) {
      super(String.join("\n", problems));
    }
  }

  public static JobSettings from(TraingateOptions options) throws InvalidOptionsException {
    List<String> problems = new ArrayList<>();
    Instant consentAsOf = null;
    try {
      consentAsOf = Timestamps.parseIso(options.getConsentAsOf());
    } catch (DateTimeException e) {
      problems.add("--consentAsOf must be an ISO-8601 instant with Z or an offset, e.g. 2026-06-01T00:00:00Z");
    }
    checkInput(problems, "--conversations", options.getConversations());
    BigQueryConsent consentFromBigQuery = checkConsentInput(problems, options);
    PolicyFile policy = null;
    try {
      policy = options.getPolicy() == null ? PolicyFile.defaultPolicy() : PolicyFile.parse(InputFiles.readAll(options.getPolicy()));
      if (options.getOptOutScope() != null) {
        policy = policy.withOptOutScope(options.getOptOutScope());
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      problems.add("--policy: " + e.getMessage());
    }
    if (options.getPseudonymKeyFile() != null) {
      try {
        PseudonymKeys.load(options.getPseudonymKeyFile());
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        problems.add("--pseudonymKeyFile: " + e.getMessage());
      }
    }
    if (options.getNumShards() < 0) {
      problems.add("--numShards must be 0 (runner's choice) or more");
    }
    if (options.getMaxRecordBytes() <= 0) {
      problems.add("--maxRecordBytes must be positive");
    }
    if (options.getFaultFraction() < 0 || options.getFaultFraction() >= 1) {
      problems.add("--faultFraction must be at least 0 and below 1");
    }
    if (options.getFaultFraction() > 0 && options.getRunner().getSimpleName().startsWith("Dataflow")) {
      problems.add("--faultFraction is for tests only and refused on Dataflow");
    }
    if (options.getOutput().isBlank()) {
      problems.add("--output must name a directory");
    }
    if (!problems.isEmpty()) {
      throw new InvalidOptionsException(problems);
    }
    // local paths made absolute: workers may run elsewhere than the launcher's working directory
    return new JobSettings(
        InputFiles.absolute(options.getConversations()),
        InputFiles.absolute(options.getConsent()),
        consentAsOf,
        new OutputLayout(InputFiles.absolute(options.getOutput())),
        options.getPolicy() == null ? "default (built in)" : options.getPolicy(),
        policy,
        InputFiles.absolute(options.getPseudonymKeyFile()),
        options.getNumShards(),
        options.getAllowEmptyConsent(),
        options.getMaxRecordBytes(),
        options.getConsentJoin(),
        faultInjection(options),
        consentFromBigQuery,
        options.getPassThrough());
  }

  private static FaultInjection faultInjection(TraingateOptions options) {
    if (options.getFaultFraction() == 0) {
      return FaultInjection.off();
    }
    String base = options.getTempLocation() != null ? options.getTempLocation() : System.getProperty("java.io.tmpdir");
    return FaultInjection.of(options.getFaultFraction(), base + "/traingate-faults-" + UUID.randomUUID());
  }

  /**
   * Exactly one consent input: files ({@code --consent}) or BigQuery ({@code --consentTable},
   * {@code --consentQuery}). Returns the BigQuery input, or null for files.
   */
  private static BigQueryConsent checkConsentInput(List<String> problems, TraingateOptions options) {
    long given = Stream.of(options.getConsent(), options.getConsentTable(), options.getConsentQuery())
        .filter(Objects::nonNull)
        .count();
    if (given != 1) {
      problems.add(
          (given == 0 ? "a consent input is required: " : "the consent inputs exclude each other, give only one of ")
              + "--consent=PATTERN (JSONL files), --consentTable=PROJECT:DATASET.TABLE or --consentQuery=SQL (BigQuery)");
      return null;
    }
    if (options.getConsent() != null) {
      checkInput(problems, "--consent", options.getConsent());
      return null;
    }
    if (options.getConsentTable() != null) {
      String problem = BigQueryConsent.problemWithTable(options.getConsentTable());
      if (problem != null) {
        problems.add("--consentTable: " + problem);
      }
      return BigQueryConsent.table(options.getConsentTable());
    }
    String problem = BigQueryConsent.problemWithQuery(options.getConsentQuery());
    if (problem != null) {
      problems.add("--consentQuery: " + problem);
    }
    return BigQueryConsent.query(options.getConsentQuery());
  }

  private static void checkInput(List<String> problems, String option, String pattern) {
    String problem = InputFiles.problemWith(pattern);
    if (problem != null) {
      problems.add(option + ": " + problem);
    }
  }

  public EligibilityRules eligibilityRules() {
    return new EligibilityRules(policy.tierTable(), policy.optOutScope(), consentAsOf, allowEmptyConsent);
  }

  /** The options as the manifest publishes them: paths and switches, never key material. */
  public Map<String, String> publishableOptions() {
    Map<String, String> published = new LinkedHashMap<>();
    published.put("consentAsOf", consentAsOf.toString());
    published.put("output", output.root());
    published.put("policy", policySource);
    published.put("optOutScope", policy.optOutScope().name());
    published.put("pseudonymKey", pseudonymKeyFile == null ? "development key" : "key file " + pseudonymKeyFile);
    published.put("numShards", Integer.toString(numShards));
    published.put("allowEmptyConsent", Boolean.toString(allowEmptyConsent));
    published.put("maxRecordBytes", Integer.toString(maxRecordBytes));
    published.put("consentJoin", consentJoin.name());
    if (passThrough) {
      published.put("passThrough", "true: benchmark floor, nothing decided or redacted, not training data");
    }
    if (faultInjection.isOn()) {
      published.put("faultInjection", "on (test run)");
    }
    return published;
  }

  public Map<String, String> inputs() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("conversations", conversations);
    if (consentFromBigQuery == null) {
      inputs.put("consent", consent);
    } else if (consentFromBigQuery.isQuery()) {
      inputs.put("consentQuery", consentFromBigQuery.query());
    } else {
      inputs.put("consentTable", consentFromBigQuery.table());
    }
    return inputs;
  }
}
