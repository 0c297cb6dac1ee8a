package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultInjectionTest {
  @TempDir Path markers;

  @Test
  void aChosenBundleFailsOnceThenPasses() {
    FaultInjection faults = FaultInjection.of(0.999999, markers.toString());
    FaultInjection.Bundle bundle = faults.newBundle("Step");
    bundle.onElement("conversation-secret-id");

    FaultInjection.InjectedFault fault = assertThrows(FaultInjection.InjectedFault.class, bundle::onFinish);
    assertThat(fault.getMessage(), allOf(containsString("Step"), not(containsString("conversation-secret-id"))));

    FaultInjection.Bundle retry = faults.newBundle("Step");
    retry.onElement("conversation-secret-id");
    retry.onFinish(); // the marker of the first attempt lets it pass
  }

  @Test
  void markersNeverNameTheKey() throws IOException {
    FaultInjection.Bundle bundle = FaultInjection.of(0.999999, markers.toString()).newBundle("Step");
    bundle.onElement("user-42@example.org");
    assertThrows(FaultInjection.InjectedFault.class, bundle::onFinish);
    try (Stream<Path> files = Files.list(markers)) {
      files.forEach(f -> assertThat(f.getFileName().toString(), not(containsString("example"))));
    }
  }

  @Test
  void aboutTheChosenFractionOfBundlesFail() {
    FaultInjection faults = FaultInjection.of(0.3, markers.toString());
    int failed = 0;
    int bundles = 2000;
    for (int i = 0; i < bundles; i++) {
      FaultInjection.Bundle bundle = faults.newBundle("Step");
      bundle.onElement("key-" + i);
      try {
        bundle.onFinish();
      } catch (FaultInjection.InjectedFault e) {
        failed++;
      }
    }
    assertThat(failed / (double) bundles, closeTo(0.3, 0.05));
  }

  @Test
  void offNeverFails() {
    FaultInjection.Bundle bundle = FaultInjection.off().newBundle("Step");
    bundle.onElement("anything");
    bundle.onFinish();
    assertThat(FaultInjection.off().isOn(), is(false));
  }
}
