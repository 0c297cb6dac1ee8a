package io.traingate.options;

import io.traingate.policy.OptOutScope;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The job's options (data-contract.md, "Invocation"); Beam's own options (runner, ...) apply too. */
public interface TraingateOptions extends PipelineOptions {

  @Description("Conversation files: a file pattern of JSONL, plain or .gz (local path or gs://).")
  @Validation.Required
  String getConversations();

  void setConversations(String value);

  @Description(
      "Consent event files: a file pattern of JSONL, plain or .gz (local path or gs://). Give exactly one of"
          + " --consent, --consentTable and --consentQuery.")
  String getConsent();

  void setConsent(String value);

  @Description(
      "Consent events from a BigQuery table, PROJECT:DATASET.TABLE (or DATASET.TABLE in --project), with the"
          + " columns of the JSONL form: user_id, event, effective_at (TIMESTAMP), source. Instead of --consent.")
  String getConsentTable();

  void setConsentTable(String value);

  @Description(
      "Consent events from a BigQuery standard-SQL query whose result has the columns of --consentTable. Instead"
          + " of --consent.")
  String getConsentQuery();

  void setConsentQuery(String value);

  @Description(
      "The instant the consent snapshot is complete up to, ISO-8601 with Z or an offset, e.g. 2026-06-01T00:00:00Z.")
  @Validation.Required
  String getConsentAsOf();

  void setConsentAsOf(String value);

  @Description("Output root: train/, audit/, deadletter/ and _MANIFEST.json are written below it.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description(
      "Policy file (JSON: tier table, opt-out scope, redaction operators). Unset: the default policy shipped in the"
          + " jar, the same as pipelines/policy.json.")
  String getPolicy();

  void setPolicy(String value);

  @Description("Overrides the policy file's opt-out scope: NEW_CONVERSATIONS or ALL_CONTENT.")
  OptOutScope getOptOutScope();

  void setOptOutScope(OptOutScope value);

  @Description(
      "File holding the key for HMAC ids, hashes and surrogates (at least 16 bytes; read on the workers, never"
          + " serialized into the job). Unset: a fixed development key, with a warning.")
  String getPseudonymKeyFile();

  void setPseudonymKeyFile(String value);

  @Description("Number of training shards; 0 lets the runner choose.")
  @Default.Integer(0)
  int getNumShards();

  void setNumShards(int value);

  @Description("Accept a run whose consent input holds zero events (otherwise all individual content is excluded).")
  @Default.Boolean(false)
  boolean getAllowEmptyConsent();

  void setAllowEmptyConsent(boolean value);

  @Description(
      "How conversations meet their user's consent timeline: SIDE_INPUT (broadcast, for small registries) or"
          + " SHUFFLE (grouped by user, for registries too big to broadcast).")
  @Default.Enum("SIDE_INPUT")
  ConsentJoin getConsentJoin();

  void setConsentJoin(ConsentJoin value);

  @Description(
      "TESTS ONLY: the fraction of bundles of the deciding and redacting steps that fail on their first attempt,"
          + " to prove retries lose and duplicate nothing. 0 (off) by default; refused on Dataflow.")
  @Default.Double(0)
  double getFaultFraction();

  void setFaultFraction(double value);

  @Description(
      "BENCHMARKS ONLY: the same reading, parsing, shuffling and writing with no deciding and no redacting (the"
          + " floor the full job is measured against). Its output is not training data; the manifest says so.")
  @Default.Boolean(false)
  boolean getPassThrough();

  void setPassThrough(boolean value);

  @Description("Records larger than this many bytes are dead-lettered as TOO_LARGE.")
  @Default.Integer(16 * 1024 * 1024)
  int getMaxRecordBytes();

  void setMaxRecordBytes(int value);
}
