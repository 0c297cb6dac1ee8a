package io.traingate.dataflow;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Run with the bundled jar first on the class path: prints the file system that resolves a
 * {@code gs://} path, from the registrations the jar carries. Contacts nothing.
 */
public final class GcsPathProbe {
  private GcsPathProbe() {}

  public static void main(String[] args) {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    ResourceId file = FileSystems.matchNewResource("gs://traingate-probe/train/train-00000-of-00001.jsonl.gz", false);
    System.out.println(file.getScheme() + " " + file.getClass().getName() + " " + file.getCurrentDirectory());
  }
}
