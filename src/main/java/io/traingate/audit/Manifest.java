package io.traingate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code _MANIFEST.json}: what the run was (tool, policy fingerprint, inputs, options without
 * secrets) and every file it wrote, so that a reader can check the outputs are the ones the run
 * produced.
 */
public final class Manifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Manifest() {}

  /**
   * The run's description, made before the run.
   *
   * @param options name to value, only options that are safe to publish (paths, not keys)
   */
  public static String header(
      String toolVersion, String policyFingerprint, Map<String, String> inputs, Map<String, String> options, boolean passThrough) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "traingate");
    root.put("tool_version", toolVersion);
    root.put("training_data", !passThrough);
    root.put("policy_fingerprint", policyFingerprint);
    ObjectNode inputNode = root.putObject("inputs");
    inputs.forEach(inputNode::put);
    ObjectNode optionNode = root.putObject("options");
    options.forEach(optionNode::put);
    return root.toString();
  }

  /** The header with the written files added, sorted by path. */
  public static String render(String header, Iterable<ManifestFile> files) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(header);
      List<ManifestFile> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(Comparator.comparing(ManifestFile::path));
      root.set("files", JSON.valueToTree(sorted));
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the manifest", e);
    }
  }
}
