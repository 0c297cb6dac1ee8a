package io.traingate.io;

import java.io.Serializable;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileBasedSink;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where each output goes under {@code --output} (data-contract.md, "Outputs"). Shard names follow
 * Beam's shard template: {@code train/train-00000-of-00004.jsonl.gz}.
 */
public final class OutputLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String TRAIN = "train/train";
  public static final String DECISIONS = "audit/decisions";
  public static final String CONVERSATION_DEAD_LETTERS = "deadletter/conversations";
  public static final String CONSENT_DEAD_LETTERS = "deadletter/consent";
  public static final String SUMMARY = "audit/summary.json";
  public static final String MANIFEST = "_MANIFEST.json";

  private final String root;

  public OutputLayout(String root) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  /** A gzip JSONL shard writer for one of the sharded outputs; {@code numShards} 0 lets the runner choose. */
  public TextIO.Write shards(String prefix, int numShards) {
    TextIO.Write write =
        TextIO.write()
            .to(resolve(prefix))
            .withSuffix(".jsonl")
            .withCompression(Compression.GZIP);
    return numShards > 0 ? write.withNumShards(numShards) : write;
  }

  /** A writer of exactly one file, such as {@link #SUMMARY}. */
  public TextIO.Write singleFile(String path) {
    String withoutSuffix = path.substring(0, path.length() - ".json".length());
    return TextIO.write().to(resolve(withoutSuffix)).withSuffix(".json").withoutSharding();
  }

  public ResourceId resolve(String relative) {
    ResourceId base = FileSystems.matchNewResource(root, true);
    return base.resolve(relative, StandardResolveOptions.RESOLVE_FILE);
  }

  /** The path of a written file relative to the root, as the manifest lists it. */
  public String relativize(String file) {
    String prefix = FileBasedSink.convertToFileResourceIfPossible(root).toString();
    String base = prefix.endsWith("/") ? prefix : prefix + "/";
    return file.startsWith(base) ? file.substring(base.length()) : file;
  }
}
