package io.traingate.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import io.traingate.pii.EntityType;
import io.traingate.pii.Operator;
import io.traingate.pii.RedactionRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A policy file (pipelines/policy.json): the tier table, the opt-out scope and the redaction
 * rules, with the fingerprint that the manifest and the summary record.
 */
public final class PolicyFile implements Serializable {
  private static final long serialVersionUID = 1L;
  // a key given twice in a policy is ambiguous: refuse it, as input records do
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final String DEFAULT_RESOURCE = "/io/traingate/policy/policy.json";

  private final String name;
  private final List<TierTable.Entry> tierEntries;
  private final OptOutScope optOutScope;
  private final RedactionRules redaction;

  private PolicyFile(String name, List<TierTable.Entry> tierEntries, OptOutScope optOutScope, RedactionRules redaction) {
    this.name = name;
    this.tierEntries = List.copyOf(tierEntries);
    this.optOutScope = optOutScope;
    this.redaction = redaction;
  }

  /** The policy that ships in the jar (a copy of pipelines/policy.json made by the build). */
  public static PolicyFile defaultPolicy() {
    try (InputStream in = PolicyFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default policy " + DEFAULT_RESOURCE + " is missing from the build");
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses and validates a policy file; errors name the field to fix. */
  public static PolicyFile parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("policy file is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("policy file must hold a JSON object");
    }
    String name = root.path("name").asText("unnamed");
    return new PolicyFile(
        name,
        readTiers(root.get("tiers")),
        readScope(root.get("opt_out_scope")),
        readRedaction(root.get("redaction")));
  }

  private static List<TierTable.Entry> readTiers(JsonNode tiers) {
    if (tiers == null || !tiers.isArray() || tiers.isEmpty()) {
      throw new IllegalArgumentException("policy file: 'tiers' must be a non-empty array of {product, plans, tier}");
    }
    List<TierTable.Entry> entries = new ArrayList<>();
    for (JsonNode row : tiers) {
      String product = row.path("product").asText("");
      JsonNode plans = row.get("plans");
      if (product.isBlank() || plans == null || !plans.isArray() || plans.isEmpty()) {
        throw new IllegalArgumentException("policy file: every tier row needs a 'product' and a non-empty 'plans' array");
      }
      Tier tier = readTier(row.path("tier").asText(""));
      for (JsonNode plan : plans) {
        if (!plan.isTextual() || plan.textValue().isBlank()) {
          throw new IllegalArgumentException("policy file: plans of '" + product + "' must be non-empty strings");
        }
        entries.add(new TierTable.Entry(product, plan.textValue(), tier));
      }
    }
    TierTable.of(entries); // validates conflicts now, with the file's names
    return entries;
  }

  private static Tier readTier(String tier) {
    switch (tier.trim().toLowerCase(Locale.ROOT)) {
      case "individual":
        return Tier.INDIVIDUAL;
      case "business":
        return Tier.BUSINESS;
      default:
        throw new IllegalArgumentException("policy file: tier must be 'individual' or 'business', got '" + tier + "'");
    }
  }

  private static OptOutScope readScope(JsonNode scope) {
    if (scope == null) {
      return OptOutScope.NEW_CONVERSATIONS;
    }
    try {
      return OptOutScope.valueOf(scope.asText().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "policy file: opt_out_scope must be NEW_CONVERSATIONS or ALL_CONTENT, got '" + scope.asText() + "'");
    }
  }

  private static RedactionRules readRedaction(JsonNode redaction) {
    if (redaction == null) {
      return RedactionRules.defaults();
    }
    Map<EntityType, Operator> operators = new EnumMap<>(EntityType.class);
    JsonNode operatorNodes = redaction.path("operators");
    for (Iterator<Map.Entry<String, JsonNode>> it = operatorNodes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      EntityType type;
      try {
        type = EntityType.valueOf(entry.getKey().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("policy file: unknown entity type '" + entry.getKey() + "' in redaction.operators");
      }
      try {
        operators.put(type, Operator.fromName(entry.getValue().asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("policy file: redaction.operators." + entry.getKey() + ": " + e.getMessage());
      }
    }
    JsonNode keepLastNode = redaction.get("mask_keep_last");
    if (keepLastNode != null && !keepLastNode.isInt()) {
      throw new IllegalArgumentException("policy file: redaction.mask_keep_last must be a whole number");
    }
    int keepLast = keepLastNode == null ? RedactionRules.DEFAULT_MASK_KEEP_LAST : keepLastNode.intValue();
    List<String> regions = new ArrayList<>();
    redaction.path("phone_regions").forEach(region -> regions.add(region.asText().trim().toUpperCase(Locale.ROOT)));
    return RedactionRules.of(operators, keepLast, regions.isEmpty() ? RedactionRules.DEFAULT_PHONE_REGIONS : regions);
  }

  /** The same policy with another opt-out scope ({@code --optOutScope}). */
  public PolicyFile withOptOutScope(OptOutScope scope) {
    return new PolicyFile(name, tierEntries, scope, redaction);
  }

  public String name() {
    return name;
  }

  public TierTable tierTable() {
    return TierTable.of(tierEntries);
  }

  public OptOutScope optOutScope() {
    return optOutScope;
  }

  public RedactionRules redaction() {
    return redaction;
  }

  /**
   * {@code sha256:} and the hex digest of the effective policy in a canonical form, so the same
   * rules give the same fingerprint whatever the file's layout.
   */
  public String fingerprint() {
    ObjectNode canonical = JSON.createObjectNode();
    ArrayNode tiers = canonical.putArray("tiers");
    tierEntries.stream()
        .map(e -> e.product().trim().toLowerCase(Locale.ROOT) + "|" + e.plan().trim().toLowerCase(Locale.ROOT) + "|" + e.tier())
        .sorted()
        .distinct()
        .forEach(tiers::add);
    canonical.put("opt_out_scope", optOutScope.name());
    ObjectNode operators = canonical.putObject("operators");
    redaction.operators().forEach((type, operator) -> operators.put(type.name(), operator.name()));
    canonical.put("mask_keep_last", redaction.maskKeepLast());
    ArrayNode regions = canonical.putArray("phone_regions");
    redaction.phoneRegions().forEach(regions::add);
    return "sha256:" + Hashing.sha256().hashString(canonical.toString(), StandardCharsets.UTF_8);
  }
}
