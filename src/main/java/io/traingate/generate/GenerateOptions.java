package io.traingate.generate;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * Options of {@code generate} (data-contract.md, "Commands of the bundled jar"); Beam's own
 * options (runner, ...) apply too.
 *
 * <p>{@code --conversations}, {@code --output} and {@code --numShards} keep the types the gate's
 * own options give them (a String, a String, an int): Beam refuses two registered option
 * interfaces whose getters of one name differ in type, and both commands can run in one JVM.
 */
public interface GenerateOptions extends PipelineOptions {

  @Description("Number of conversation records to write (a whole number; a few are duplicates or deliberately bad).")
  @Validation.Required
  String getConversations();

  void setConversations(String value);

  @Description("Number of users the conversations belong to.")
  @Validation.Required
  Long getUsers();

  void setUsers(Long value);

  @Description("Directory (local or gs://) to write conversations-*, consent-* and CONSENT_AS_OF into.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Seed: the same seed and counts write the same files, byte for byte, on any runner.")
  @Validation.Required
  Long getSeed();

  void setSeed(Long value);

  @Description("Compress the files with gzip (.jsonl.gz).")
  @Default.Boolean(false)
  boolean getGzip();

  void setGzip(boolean value);

  @Description("Share of users with consent events (opt-outs, opt-ins, deletions).")
  @Default.Double(0.3)
  double getConsentShare();

  void setConsentShare(double value);

  @Description(
      "Share of records written deliberately bad (malformed, bad timestamp, missing field, unknown value) so that"
          + " the dead-letter paths see traffic. Bad consent records always name their user.")
  @Default.Double(0.001)
  double getBadRecordShare();

  void setBadRecordShare(double value);

  @Description("Files per kind of record; 0 writes one file per 100,000 conversations or users.")
  @Default.Integer(0)
  int getNumShards();

  void setNumShards(int value);
}
