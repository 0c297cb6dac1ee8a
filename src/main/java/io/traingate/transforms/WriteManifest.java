package io.traingate.transforms;

import io.traingate.audit.Manifest;
import io.traingate.audit.ManifestFile;
import io.traingate.io.OutputLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes {@code _MANIFEST.json} once every other output is final: it lists each written file
 * with its records, bytes and SHA-256.
 */
public final class WriteManifest extends PTransform<PCollectionList<String>, PDone> {
  private final OutputLayout layout;
  private final String header;

  /** @param header {@link Manifest#header}, made before the run */
  public WriteManifest(OutputLayout layout, String header) {
    this.layout = layout;
    this.header = header;
  }

  /** The names of the files a write produced, once they are final. */
  public static PCollection<String> filesOf(String name, WriteFilesResult<Void> written) {
    return written.getPerDestinationOutputFilenames().apply(name, Values.create());
  }

  @Override
  public PDone expand(PCollectionList<String> writtenFiles) {
    String manifestHeader = header;
    writtenFiles
        .apply("AllFiles", Flatten.pCollections())
        .apply("DescribeFiles", ParDo.of(new DescribeFileFn(layout)))
        .setCoder(ManifestFileCoder.of())
        .apply("Render", Combine.globally(new RenderFn(manifestHeader)))
        .apply("Write", layout.singleFile(OutputLayout.MANIFEST));
    return PDone.in(writtenFiles.getPipeline());
  }

  /** Gathers the file descriptions into the manifest's JSON. */
  private static final class RenderFn extends Combine.CombineFn<ManifestFile, List<ManifestFile>, String> {
    private final String header;

    RenderFn(String header) {
      this.header = header;
    }

    @Override
    public List<ManifestFile> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<ManifestFile> addInput(List<ManifestFile> files, ManifestFile file) {
      files.add(file);
      return files;
    }

    @Override
    public List<ManifestFile> mergeAccumulators(Iterable<List<ManifestFile>> parts) {
      List<ManifestFile> files = new ArrayList<>();
      parts.forEach(files::addAll);
      return files;
    }

    @Override
    public String extractOutput(List<ManifestFile> files) {
      return Manifest.render(header, files);
    }

    @Override
    public Coder<List<ManifestFile>> getAccumulatorCoder(CoderRegistry registry, Coder<ManifestFile> input) {
      return ListCoder.of(input);
    }

    @Override
    public Coder<String> getDefaultOutputCoder(CoderRegistry registry, Coder<ManifestFile> input) {
      return StringUtf8Coder.of();
    }
  }

  private static final class DescribeFileFn extends DoFn<String, ManifestFile> {
    private final OutputLayout layout;

    DescribeFileFn(OutputLayout layout) {
      this.layout = layout;
    }

    @ProcessElement
    public void processElement(@Element String file, OutputReceiver<ManifestFile> out) throws IOException {
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)))) {
        out.output(ManifestFile.describe(layout.relativize(file), in));
      }
    }
  }
}
