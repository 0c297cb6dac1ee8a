package io.traingate.io;

import java.io.Serializable;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryHelpers;

/**
 * Where consent events come from when they live in BigQuery: a table ({@code --consentTable}) or
 * a standard-SQL query ({@code --consentQuery}). Exactly one of {@code table} and {@code query}
 * is set. Checking it contacts nothing: a missing table is reported by BigQueryIO when the job
 * is launched.
 */
public record BigQueryConsent(String table, String query) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static BigQueryConsent table(String tableSpec) {
    return new BigQueryConsent(tableSpec, null);
  }

  public static BigQueryConsent query(String sql) {
    return new BigQueryConsent(null, sql);
  }

  public boolean isQuery() {
    return query != null;
  }

  /**
   * How dead letters and the manifest name this input: {@code bigquery:PROJECT:DATASET.TABLE} or
   * {@code bigquery:query} (the query text is in the manifest's inputs, not in every dead letter).
   */
  public String sourceName() {
    return isQuery() ? "bigquery:query" : "bigquery:" + table;
  }

  /** Why {@code tableSpec} cannot name a table, or null when it can. */
  public static String problemWithTable(String tableSpec) {
    if (tableSpec.isBlank()) {
      return "a table is required, PROJECT:DATASET.TABLE or DATASET.TABLE";
    }
    try {
      BigQueryHelpers.parseTableSpec(tableSpec);
      return null;
    } catch (IllegalArgumentException e) {
      return "not a BigQuery table, expected PROJECT:DATASET.TABLE or DATASET.TABLE: " + tableSpec;
    }
  }

  /** Why {@code sql} cannot be a consent query, or null when it may be. */
  public static String problemWithQuery(String sql) {
    return sql.isBlank() ? "a standard-SQL query is required" : null;
  }
}
