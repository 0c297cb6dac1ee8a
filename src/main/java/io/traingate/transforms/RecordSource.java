package io.traingate.transforms;

import io.traingate.ingest.DeadLetter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * A read of input records: every record read becomes a parsed record under {@link #records()} or
 * a {@link DeadLetter} under {@link #deadLetters()}; nothing is dropped. The steps after a read
 * (consent timelines, the audit) depend only on these two outputs, so where the records come
 * from (JSONL files, a BigQuery table) does not change what is decided.
 */
public abstract class RecordSource<T> extends PTransform<PBegin, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  public abstract TupleTag<T> records();

  public abstract TupleTag<DeadLetter> deadLetters();
}
