package io.traingate.dataflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.traingate.io.BigQueryConsent;
import io.traingate.options.TraingateOptions;
import io.traingate.pipeline.JobSettings;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assertions;

/** Exactly one consent input: JSONL files, a BigQuery table or a BigQuery query. */
class ConsentInputOptionsTest {
  @TempDir Path dir;

  private TraingateOptions options(String... consent) {
    String[] args = new String[4 + consent.length];
    args[0] = "--conversations=test-data/conversations/*";
    args[1] = "--consentAsOf=2026-06-01T00:00:00Z";
    args[2] = "--output=" + dir.resolve("out");
    args[3] = "--numShards=1";
    System.arraycopy(consent, 0, args, 4, consent.length);
    return PipelineOptionsFactory.fromArgs(args).withValidation().as(TraingateOptions.class);
  }

  private static String problems(Executable settings) {
    return Assertions.assertThrows(JobSettings.InvalidOptionsException.class, settings).getMessage();
  }

  @Test
  void noConsentInputIsRefusedNamingAllThree() {
    String problems = problems(() -> JobSettings.from(options()));
    assertThat(problems, containsString("a consent input is required"));
    assertThat(problems, containsString("--consent=PATTERN"));
    assertThat(problems, containsString("--consentTable=PROJECT:DATASET.TABLE"));
    assertThat(problems, containsString("--consentQuery=SQL"));
  }

  @Test
  void twoConsentInputsAreRefused() {
    String problems = problems(() -> JobSettings.from(options("--consent=test-data/consent/*", "--consentTable=p:d.t")));
    assertThat(problems, containsString("exclude each other"));
  }

  @Test
  void aTableSpecThatNamesNoTableIsRefused() {
    assertThat(problems(() -> JobSettings.from(options("--consentTable=just_a_table"))), containsString("--consentTable: not a BigQuery table"));
  }

  @Test
  void aTableIsTakenWithoutContactingBigQuery() throws Exception {
    JobSettings settings = JobSettings.from(options("--consentTable=privacy-prj:registry.consent_events"));
    assertThat(settings.consentFromBigQuery(), is(BigQueryConsent.table("privacy-prj:registry.consent_events")));
    assertThat(settings.consent(), nullValue());
    assertThat(settings.inputs().get("consentTable"), is("privacy-prj:registry.consent_events"));
  }

  @Test
  void aQueryIsTaken() throws Exception {
    JobSettings settings = JobSettings.from(options("--consentQuery=SELECT * FROM `p.d.t`"));
    assertThat(settings.consentFromBigQuery().isQuery(), is(true));
    assertThat(settings.consentFromBigQuery().sourceName(), is("bigquery:query"));
  }

  @Test
  void filesStayAsTheyWere() throws Exception {
    JobSettings settings = JobSettings.from(options("--consent=test-data/consent/*"));
    assertThat(settings.consentFromBigQuery(), nullValue());
    assertThat(settings.inputs().get("consent"), is(Path.of("test-data/consent").toAbsolutePath() + "/*"));
  }
}
