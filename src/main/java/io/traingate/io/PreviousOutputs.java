package io.traingate.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Removes what an earlier run wrote under the same output root, so that a stale shard can never
 * pass for part of this run. Only the gate's own outputs are touched.
 */
public final class PreviousOutputs {
  private static final List<String> OWN_OUTPUTS =
      List.of("train/train-*", "audit/decisions-*", OutputLayout.SUMMARY, "deadletter/conversations-*", "deadletter/consent-*", OutputLayout.MANIFEST);

  private PreviousOutputs() {}

  /** Deletes earlier outputs; returns how many files were removed. */
  public static int remove(OutputLayout layout) throws IOException {
    List<String> patterns = new ArrayList<>();
    for (String output : OWN_OUTPUTS) {
      patterns.add(layout.resolve(output).toString());
    }
    List<ResourceId> found = new ArrayList<>();
    for (MatchResult match : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
      if (match.status() == MatchResult.Status.OK) {
        match.metadata().forEach(file -> found.add(file.resourceId()));
      }
    }
    FileSystems.delete(found, StandardMoveOptions.IGNORE_MISSING_FILES);
    return found.size();
  }
}
