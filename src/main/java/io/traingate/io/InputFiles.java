package io.traingate.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/** Checks and reads input files on any Beam file system before the pipeline starts. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * A local path made absolute, so that workers whose working directory differs (a Flink
   * TaskManager) find the same files; paths with a scheme ({@code gs://}) are left as they are.
   */
  public static String absolute(String path) {
    if (path == null || path.contains("://")) {
      return path;
    }
    return Path.of(path).toAbsolutePath().normalize().toString() + (path.endsWith("/") ? "/" : "");
  }

  /** Why the pattern cannot be read, or null when it matches at least one file. */
  public static String problemWith(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return "a file pattern is required";
    }
    try {
      MatchResult result = FileSystems.match(List.of(pattern), EmptyMatchTreatment.DISALLOW).get(0);
      if (result.status() != MatchResult.Status.OK || result.metadata().isEmpty()) {
        return "no file matches " + pattern;
      }
      // a directory matches its own path but holds no record the read would see (FileIO skips
      // directories): with --allowEmptyConsent such a consent input would silently mean "nobody opted out"
      if (result.metadata().stream().allMatch(file -> file.resourceId().isDirectory())) {
        return "no file matches " + pattern + " (it names a directory; give the files in it, e.g. " + pattern.replaceAll("/+$", "") + "/*)";
      }
      return null;
    } catch (IOException e) {
      return "cannot list " + pattern + " (" + e.getClass().getSimpleName() + ")";
    }
  }

  /** The whole content of one file. */
  public static byte[] readAll(String path) {
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchSingleFileSpec(path).resourceId()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
