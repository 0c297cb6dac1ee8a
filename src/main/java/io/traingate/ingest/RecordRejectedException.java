package io.traingate.ingest;

/**
 * Thrown inside the parsers to leave a record early; always caught there and turned into a
 * {@link Rejection}. It carries no content and no stack trace (bad records are routine, not bugs).
 */
final class RecordRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final DeadLetterCode code;

  RecordRejectedException(DeadLetterCode code, String detail) {
    super(detail, null, false, false);
    this.code = code;
  }

  DeadLetterCode code() {
    return code;
  }

  Rejection toRejection() {
    return Rejection.of(code, getMessage());
  }
}
