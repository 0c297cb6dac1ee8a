package io.traingate.generate;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/** The generator's graph: conversations and consent events, each written to its own sharded files. */
public final class GeneratePipeline {
  private GeneratePipeline() {}

  /** Returns the names of the files the run writes. */
  public static PCollection<String> build(Pipeline pipeline, GenerationSettings settings) {
    PCollection<String> conversations =
        pipeline.apply("GenerateConversations", new WriteGeneratedShards(GeneratedFiles.CONVERSATIONS, settings));
    PCollection<String> consent = pipeline.apply("GenerateConsent", new WriteGeneratedShards(GeneratedFiles.CONSENT, settings));
    return PCollectionList.of(conversations).and(consent).apply("AllFiles", Flatten.pCollections());
  }
}
