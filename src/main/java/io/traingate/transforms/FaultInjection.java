package io.traingate.transforms;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * For tests only: makes a chosen fraction of bundles of a step fail on their first attempt, so
 * that the runner's retries can be shown to lose and duplicate nothing. A bundle is chosen by its
 * first element's key; a marker file (named by a hash, never the key) records that the fault
 * happened, so the retry passes. Off unless {@code --faultFraction} is above 0.
 */
public final class FaultInjection implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double fraction;
  private final String markerDir;

  private FaultInjection(double fraction, String markerDir) {
    this.fraction = fraction;
    this.markerDir = markerDir;
  }

  public static FaultInjection off() {
    return new FaultInjection(0, null);
  }

  /** @param markerDir a directory all workers can reach, unique to the run */
  public static FaultInjection of(double fraction, String markerDir) {
    return new FaultInjection(fraction, markerDir);
  }

  public boolean isOn() {
    return fraction > 0;
  }

  /** The state of one bundle of one step. */
  public Bundle newBundle(String step) {
    return new Bundle(step);
  }

  /** Chooses the bundle by its first element and fails it, once, when it finishes. */
  public final class Bundle {
    private final String step;
    private String firstKey;

    private Bundle(String step) {
      this.step = step;
    }

    public void onElement(String key) {
      if (firstKey == null) {
        firstKey = key;
      }
    }

    public void onFinish() {
      String key = firstKey;
      firstKey = null;
      if (key == null || !isOn() || position(key) >= fraction) {
        return;
      }
      ResourceId marker =
          FileSystems.matchNewResource(markerDir, true)
              .resolve(step + "-" + Hashing.murmur3_128().hashString(key, StandardCharsets.UTF_8), StandardResolveOptions.RESOLVE_FILE);
      if (exists(marker)) {
        return;
      }
      try (WritableByteChannel channel = FileSystems.create(marker, MimeTypes.TEXT)) {
        // the marker's presence is all that matters
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a fault marker under " + markerDir, e);
      }
      throw new InjectedFault(step);
    }
  }

  /** Where the key falls in [0, 1): the same on every attempt and every worker. */
  private static double position(String key) {
    long bits = Hashing.murmur3_128(7).hashString(key, StandardCharsets.UTF_8).asLong() >>> 11;
    return bits / (double) (1L << 53);
  }

  private boolean exists(ResourceId marker) {
    try {
      MatchResult match = FileSystems.match(List.of(marker.toString()), EmptyMatchTreatment.ALLOW).get(0);
      return match.status() == MatchResult.Status.OK && !match.metadata().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for a fault marker under " + markerDir, e);
    }
  }

  /** The injected failure: its message names the step only. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String step) {
      super("injected fault (--faultFraction, test only) in " + step);
    }
  }
}
