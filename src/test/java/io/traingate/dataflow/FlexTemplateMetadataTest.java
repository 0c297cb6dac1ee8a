package io.traingate.dataflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.options.TraingateOptions;
import io.traingate.policy.OptOutScope;
import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** pipelines/dataflow/metadata.json and {@link TraingateOptions} describe the same parameters. */
class FlexTemplateMetadataTest {
  private static final List<String> CONSENT_INPUTS = List.of("consent", "consentTable", "consentQuery");
  private static final Pattern EXAMPLE = Pattern.compile("Example: (.+)$");
  private static final Pattern DEFAULT = Pattern.compile("Default: (\\S+)");

  private static Map<String, JsonNode> described;
  private static Map<String, Method> options;

  @BeforeAll
  static void read() throws IOException {
    JsonNode metadata = new ObjectMapper().readTree(Path.of("pipelines/dataflow/metadata.json").toFile());
    described = new LinkedHashMap<>();
    for (JsonNode parameter : metadata.get("parameters")) {
      assertThat("described twice: " + parameter.get("name"), described.put(parameter.get("name").asText(), parameter) == null, is(true));
    }
    // the gate's own options: getters declared in TraingateOptions (Beam's and Dataflow's are gcloud flags)
    options = new LinkedHashMap<>();
    for (Method getter : TraingateOptions.class.getDeclaredMethods()) {
      String name = getter.getName();
      if (getter.getParameterCount() == 0 && (name.startsWith("get") || name.startsWith("is"))) {
        options.put(Introspector.decapitalize(name.substring(name.startsWith("get") ? 3 : 2)), getter);
      }
    }
  }

  @Test
  void everyDescribedParameterIsAnOption() {
    List<String> unknown = new ArrayList<>(described.keySet());
    unknown.removeAll(options.keySet());
    assertThat("described but not in TraingateOptions", unknown, is(empty()));
  }

  @Test
  void everyRequiredOptionIsDescribedAsRequired() {
    for (Map.Entry<String, Method> option : options.entrySet()) {
      if (option.getValue().isAnnotationPresent(Validation.Required.class)) {
        JsonNode parameter = described.get(option.getKey());
        assertThat("required option not described: " + option.getKey(), parameter != null, is(true));
        assertThat(option.getKey() + " must not be optional", parameter.get("isOptional").asBoolean(), is(false));
      }
    }
  }

  @Test
  void everyConsentInputIsDescribedAsOptionalSinceExactlyOneIsGiven() {
    for (String input : CONSENT_INPUTS) {
      assertThat(input + " described", described.containsKey(input), is(true));
      assertThat(input + " optional", described.get(input).get("isOptional").asBoolean(), is(true));
      assertThat(input + " says so", described.get(input).get("helpText").asText().contains("nstead of consent") || input.equals("consent"), is(true));
    }
  }

  @Test
  void everyOptionIsDescribedSoThatATemplateUserCanSetIt() {
    TreeSet<String> missing = new TreeSet<>(options.keySet());
    missing.removeAll(described.keySet());
    assertThat("options with no parameter in pipelines/dataflow/metadata.json", missing, is(empty()));
  }

  @Test
  void everyParameterHasALabelHelpAndRegexesThatAcceptItsExample() {
    for (JsonNode parameter : described.values()) {
      String name = parameter.get("name").asText();
      assertThat(name + " label", parameter.path("label").asText(), not(""));
      assertThat(name + " helpText", parameter.path("helpText").asText(), not(""));
      assertThat(name + " regexes", parameter.path("regexes").size() > 0, is(true));
      Matcher example = EXAMPLE.matcher(parameter.get("helpText").asText());
      for (JsonNode regex : parameter.get("regexes")) {
        Pattern java = Pattern.compile(regex.asText());
        com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(regex.asText());
        if (example.find(0)) {
          assertThat(name + " example vs " + regex, java.matcher(example.group(1)).matches(), is(true));
          assertThat(name + " example vs RE2 " + regex, re2.matcher(example.group(1)).matches(), is(true));
        }
      }
    }
  }

  @Test
  void regexesRefuseWhatTheJobWouldRefuse() {
    assertThat(matches("consentAsOf", "2026-06-01T00:00:00"), is(false));
    assertThat(matches("consentAsOf", "2026-06-01T00:00:00+02:00"), is(true));
    assertThat(matches("conversations", "/local/path/*.jsonl"), is(false));
    assertThat(matches("consentTable", "consent_events"), is(false));
    assertThat(matches("consentTable", "registry.consent_events"), is(true));
    assertThat(matches("consentQuery", "DROP TABLE x"), is(false));
    assertThat(matches("numShards", "-1"), is(false));
    assertThat(matches("maxRecordBytes", "0"), is(false));
  }

  @Test
  void defaultsAndChoicesAreTheOptionsOwn() {
    for (Map.Entry<String, Method> option : options.entrySet()) {
      JsonNode parameter = described.get(option.getKey());
      Matcher stated = DEFAULT.matcher(parameter == null ? "" : parameter.get("helpText").asText());
      Default.Integer integer = option.getValue().getAnnotation(Default.Integer.class);
      Default.Boolean bool = option.getValue().getAnnotation(Default.Boolean.class);
      if (integer != null || bool != null) {
        assertThat(option.getKey() + " states its default", stated.find(), is(true));
        assertThat(option.getKey() + " default", stated.group(1), is(integer != null ? Integer.toString(integer.value()) : Boolean.toString(bool.value())));
      }
    }
    List<String> choices = new ArrayList<>();
    described.get("optOutScope").get("enumOptions").forEach(choice -> choices.add(choice.get("value").asText()));
    assertThat(choices, is(Arrays.stream(OptOutScope.values()).map(Enum::name).toList()));
  }

  private static boolean matches(String parameter, String value) {
    for (JsonNode regex : described.get(parameter).get("regexes")) {
      if (!Pattern.compile(regex.asText()).matcher(value).matches()) {
        return false;
      }
    }
    return true;
  }
}
