package io.traingate.ingest;

/** A parsed record, or why it was refused. Exactly one of {@code value} and {@code rejection} is set. */
public record ParseOutcome<T>(T value, Rejection rejection) {

  public static <T> ParseOutcome<T> parsed(T value) {
    return new ParseOutcome<>(value, null);
  }

  public static <T> ParseOutcome<T> rejected(Rejection rejection) {
    return new ParseOutcome<>(null, rejection);
  }

  public boolean isParsed() {
    return value != null;
  }
}
