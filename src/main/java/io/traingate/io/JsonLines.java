package io.traingate.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Renders output records as one line of JSON each. */
public final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  public static String toJson(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      // no content in the message: only which kind of record failed
      throw new IllegalStateException("cannot render a " + record.getClass().getSimpleName() + " as JSON");
    }
  }
}
