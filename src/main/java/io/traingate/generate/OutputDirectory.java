package io.traingate.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/** The generator's own files in {@code --output} besides the shards; through Beam's FileSystems, so gs:// works too. */
final class OutputDirectory {
  static final String CONSENT_AS_OF = "CONSENT_AS_OF";

  private OutputDirectory() {}

  /**
   * Removes the shards and CONSENT_AS_OF of an earlier run, so that a pattern such as
   * {@code conversations-*} cannot pick up a stale shard of a run with more files. Returns how
   * many files were removed.
   */
  static int removeEarlierRun(GenerationSettings settings) throws IOException {
    List<String> patterns = new ArrayList<>();
    for (GeneratedFiles files : GeneratedFiles.values()) {
      patterns.add(files.pattern(settings));
    }
    patterns.add(consentAsOf(settings).toString());
    List<ResourceId> earlier = new ArrayList<>();
    for (MatchResult match : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
      if (match.status() == MatchResult.Status.OK) {
        match.metadata().forEach(file -> earlier.add(file.resourceId()));
      }
    }
    FileSystems.delete(earlier);
    return earlier.size();
  }

  /** Written last, so that its presence says the shards beside it are complete. */
  static void writeConsentAsOf(GenerationSettings settings) throws IOException {
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(consentAsOf(settings), MimeTypes.TEXT))) {
      out.write((TimeWindow.CONSENT_AS_OF + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  static ResourceId consentAsOf(GenerationSettings settings) {
    return GeneratedFiles.directory(settings).resolve(CONSENT_AS_OF, StandardResolveOptions.RESOLVE_FILE);
  }
}
