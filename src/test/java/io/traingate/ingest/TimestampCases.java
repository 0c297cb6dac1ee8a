package io.traingate.ingest;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Timestamp values (as JSON literals) and what the contract makes of them, shared by the parser tests. */
final class TimestampCases {
  private TimestampCases() {}

  /** JSON literal, expected instant. */
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("\"2026-03-01T10:00:00Z\"", Instant.parse("2026-03-01T10:00:00Z")),
        Arguments.of("\"2026-03-01T12:00:00+02:00\"", Instant.parse("2026-03-01T10:00:00Z")),
        Arguments.of("\"2026-03-01T05:30:00-04:30\"", Instant.parse("2026-03-01T10:00:00Z")),
        Arguments.of("\"2026-03-01T10:00:00.123456789Z\"", Instant.parse("2026-03-01T10:00:00.123456789Z")),
        Arguments.of("1772359200000", Instant.parse("2026-03-01T10:00:00Z")),
        // a leap second is accepted and folds to :59
        Arguments.of("\"2016-12-31T23:59:60Z\"", Instant.parse("2016-12-31T23:59:59Z")),
        Arguments.of("\"2000-01-01T00:00:00Z\"", Instant.parse("2000-01-01T00:00:00Z")),
        Arguments.of("\"2099-12-31T23:59:59.999999999Z\"", Instant.parse("2099-12-31T23:59:59.999999999Z")),
        Arguments.of("946684800000", Instant.parse("2000-01-01T00:00:00Z")));
  }

  /** JSON literal, expected code. */
  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("\"2026-03-01T10:00:00\"", DeadLetterCode.BAD_TIMESTAMP), // no offset
        Arguments.of("\"2026-03-01\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"2026-03-01 10:00:00Z\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"yesterday\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"1772359200000\"", DeadLetterCode.BAD_TIMESTAMP), // millis as a string
        Arguments.of("\"2026-02-30T10:00:00Z\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"2026-03-01T25:00:00Z\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"0000-01-01T00:00:00Z\"", DeadLetterCode.BAD_TIMESTAMP), // year 0
        Arguments.of("\"9999-12-31T23:59:59Z\"", DeadLetterCode.BAD_TIMESTAMP), // placeholder year
        Arguments.of("\"1999-12-31T23:59:59.999Z\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("\"2000-01-01T01:00:00+02:00\"", DeadLetterCode.BAD_TIMESTAMP), // 1999 in UTC
        Arguments.of("\"2100-01-01T00:00:00Z\"", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("1772359200", DeadLetterCode.BAD_TIMESTAMP), // epoch seconds passed as millis: 1970
        Arguments.of("0", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("-1772359200000", DeadLetterCode.BAD_TIMESTAMP),
        Arguments.of("4102444800000", DeadLetterCode.BAD_TIMESTAMP), // 2100-01-01
        Arguments.of("99999999999999999999999", DeadLetterCode.BAD_TIMESTAMP), // beyond a long
        Arguments.of("1772359200000.0", DeadLetterCode.BAD_FIELD_TYPE), // float
        Arguments.of("1.7723592E12", DeadLetterCode.BAD_FIELD_TYPE),
        Arguments.of("true", DeadLetterCode.BAD_FIELD_TYPE),
        Arguments.of("{\"seconds\": 1}", DeadLetterCode.BAD_FIELD_TYPE),
        Arguments.of("[2026, 3, 1]", DeadLetterCode.BAD_FIELD_TYPE));
  }
}
