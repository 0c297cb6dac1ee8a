package io.traingate.generate;

import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.DefaultFilenamePolicy;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.ShardNameTemplate;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The two kinds of file the generator writes (data-contract.md, "Commands of the bundled jar"):
 * what each holds, how many indices it covers and where shard {@code i} of it goes.
 */
enum GeneratedFiles {
  CONVERSATIONS("conversations") {
    @Override
    long indices(GenerationSettings settings) {
      return settings.conversations();
    }

    @Override
    int shards(GenerationSettings settings) {
      return settings.conversationShards();
    }

    @Override
    RecordGenerator generator(GenerationSettings settings) {
      return new ConversationFactory(settings);
    }
  },
  /** One index per user: the user's consent events, none for most. */
  CONSENT("consent") {
    @Override
    long indices(GenerationSettings settings) {
      return settings.users();
    }

    @Override
    int shards(GenerationSettings settings) {
      return settings.consentShards();
    }

    @Override
    RecordGenerator generator(GenerationSettings settings) {
      return new ConsentFactory(settings);
    }
  };

  private final String prefix;

  GeneratedFiles(String prefix) {
    this.prefix = prefix;
  }

  abstract long indices(GenerationSettings settings);

  abstract int shards(GenerationSettings settings);

  abstract RecordGenerator generator(GenerationSettings settings);

  String prefix() {
    return prefix;
  }

  /** {@code conversations-00001-of-00004.jsonl.gz}: Beam's shard template, as TextIO names its files. */
  ResourceId shardFile(GenerationSettings settings, int shard) {
    return DefaultFilenamePolicy.constructName(
        directory(settings).resolve(prefix, StandardResolveOptions.RESOLVE_FILE),
        ShardNameTemplate.INDEX_OF_MAX,
        suffix(settings),
        shard,
        shards(settings),
        null,
        null);
  }

  /** The files of an earlier run in the same directory, whatever their shard count. */
  String pattern(GenerationSettings settings) {
    return directory(settings).resolve(prefix + "-*-of-*.jsonl*", StandardResolveOptions.RESOLVE_FILE).toString();
  }

  Compression compression(GenerationSettings settings) {
    return settings.gzip() ? Compression.GZIP : Compression.UNCOMPRESSED;
  }

  private static String suffix(GenerationSettings settings) {
    return settings.gzip() ? ".jsonl.gz" : ".jsonl";
  }

  static ResourceId directory(GenerationSettings settings) {
    return FileSystems.matchNewResource(settings.output(), true);
  }
}
