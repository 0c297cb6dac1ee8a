package io.traingate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.audit.AuditKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The running Flink job's {@code traingate} counters, read from the cluster's REST API while the
 * client waits (Beam's Flink runner hands metrics to the client only when the job ends). Beam
 * ships them in the job's {@code __metricscontainers} accumulator as monitoring infos whose
 * payload is the varint-encoded sum.
 */
final class FlinkRestProgress implements Supplier<Map<String, Long>> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BEAM_ACCUMULATOR = "__metricscontainers";

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** @param restAddress {@code host:port} of the cluster's REST endpoint */
  FlinkRestProgress(String restAddress) {
    this.base = URI.create("http://" + restAddress + "/");
  }

  @Override
  public Map<String, Long> get() {
    try {
      String job = runningJob();
      if (job == null) {
        return Map.of();
      }
      Map<String, Long> counts = new HashMap<>();
      for (JsonNode accumulator : fetch("jobs/" + job + "/accumulators").path("user-task-accumulators")) {
        if (accumulator.path("name").asText().equals(BEAM_ACCUMULATOR)) {
          for (JsonNode info : JSON.readTree(accumulator.path("value").asText()).path("metrics").path("attempted")) {
            JsonNode labels = info.path("labels");
            if (labels.path("NAMESPACE").asText().equals(AuditKeys.NAMESPACE) && info.path("type").asText().contains("sum_int64")) {
              counts.merge(labels.path("NAME").asText(), varint(Base64.getDecoder().decode(info.path("payload").asText())), Long::sum);
            }
          }
        }
      }
      return counts;
    } catch (IOException | IllegalArgumentException e) {
      return Map.of(); // the cluster may not answer yet: progress is best effort
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  private static long varint(byte[] bytes) {
    long value = 0;
    for (int i = 0, shift = 0; i < bytes.length; i++, shift += 7) {
      value |= (long) (bytes[i] & 0x7F) << shift;
      if ((bytes[i] & 0x80) == 0) {
        break;
      }
    }
    return value;
  }

  /** The most recently started running job, or null. */
  private String runningJob() throws IOException, InterruptedException {
    String job = null;
    long latest = Long.MIN_VALUE;
    for (JsonNode overview : fetch("jobs/overview").path("jobs")) {
      if (overview.path("state").asText().equals("RUNNING") && overview.path("start-time").asLong() > latest) {
        latest = overview.path("start-time").asLong();
        job = overview.path("jid").asText();
      }
    }
    return job;
  }

  private JsonNode fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Flink REST answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }
}
