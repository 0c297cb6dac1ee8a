package io.traingate.pii;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each entity type is replaced, and the detector settings the policy file controls. An
 * immutable value: it travels inside the pipeline's DoFns, so it holds no secret.
 */
public final class RedactionRules implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Regions libphonenumber's matcher tries, in order (issue 3 asks for at least the first fourteen).
   * The last ones add the numbers of Europe's east and south, Bangladesh, Morocco, Chile and East
   * Africa (Tanzania's and Sri Lanka's mobile groupings also fit Kenyan numbers written 0712 448
   * 093), then Belgium, whose landlines ("012 38 35 39") no region before holds; regions whose
   * numbers are eight digits without a trunk prefix (Denmark, Norway, Hong Kong) stay out: there
   * any eight digits, a date or a code, would be valid.
   */
  public static final List<String> DEFAULT_PHONE_REGIONS =
      List.of("US", "GB", "CA", "AU", "IN", "DE", "FR", "ES", "IT", "BR", "MX", "PH", "TR", "JP",
          "IE", "NZ", "ZA", "NG", "KE", "SG", "ID", "VN", "CN", "KR", "NL", "PL", "SE",
          "PT", "RU", "UA", "GR", "AT", "CH", "RO", "HU", "BD", "MA", "CL", "TZ", "LK", "BE");

  public static final int DEFAULT_MASK_KEEP_LAST = 4;

  private final EnumMap<EntityType, Operator> operators;
  private final int maskKeepLast;
  private final List<String> phoneRegions;

  private RedactionRules(Map<EntityType, Operator> operators, int maskKeepLast, List<String> phoneRegions) {
    this.operators = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      this.operators.put(type, operators.getOrDefault(type, Operator.INDEXED));
    }
    if (maskKeepLast < 0) {
      throw new IllegalArgumentException("mask_keep_last must be >= 0, got " + maskKeepLast);
    }
    if (phoneRegions.isEmpty()) {
      throw new IllegalArgumentException("phone_regions must name at least one region");
    }
    this.maskKeepLast = maskKeepLast;
    this.phoneRegions = List.copyOf(phoneRegions);
  }

  /** Every type {@code indexed}, default regions, masks keep the last 4 characters. */
  public static RedactionRules defaults() {
    return new RedactionRules(Map.of(), DEFAULT_MASK_KEEP_LAST, DEFAULT_PHONE_REGIONS);
  }

  public static RedactionRules of(Map<EntityType, Operator> operators, int maskKeepLast, List<String> phoneRegions) {
    return new RedactionRules(operators, maskKeepLast, phoneRegions);
  }

  public Operator operatorFor(EntityType type) {
    return operators.get(type);
  }

  public Map<EntityType, Operator> operators() {
    return Collections.unmodifiableMap(operators);
  }

  public int maskKeepLast() {
    return maskKeepLast;
  }

  public List<String> phoneRegions() {
    return phoneRegions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RedactionRules r
        && operators.equals(r.operators)
        && maskKeepLast == r.maskKeepLast
        && phoneRegions.equals(r.phoneRegions);
  }

  @Override
  public int hashCode() {
    return operators.hashCode() * 31 + maskKeepLast * 17 + phoneRegions.hashCode();
  }
}
