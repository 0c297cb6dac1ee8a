package io.traingate.ingest;

/** Why a record was dead-lettered (data-contract.md, "Bad input"). */
public enum DeadLetterCode {
  /** Not a JSON object: empty line, invalid UTF-8, syntax error, duplicate keys, nesting too deep. */
  MALFORMED_JSON,
  /** A required field is absent or null. */
  MISSING_FIELD,
  /** A field has the wrong JSON type. */
  BAD_FIELD_TYPE,
  /** A timestamp that is not an ISO-8601 instant with offset or epoch milliseconds in range. */
  BAD_TIMESTAMP,
  /** A value outside what the field allows (unknown role or event, id length). */
  BAD_VALUE,
  /** A record over the configured size limit. */
  TOO_LARGE
}
