package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchProfilesTest {
  @TempDir Path dir;

  @Test
  void laterOptionsOverrideAProfilesValueForTheSameName() throws IOException {
    Path profile = Files.writeString(dir.resolve("base.args"), "# comment\n--runner=DirectRunner\n\n--output=out\n");

    String[] args = LaunchProfiles.expand(new String[] {"@" + profile, "--runner=FlinkRunner"});

    assertThat(args, arrayContaining("--output=out", "--runner=FlinkRunner"));
  }

  @Test
  void aProfileMayNameAnotherAndOverrideIt() throws IOException {
    Path base = Files.writeString(dir.resolve("base.args"), "--runner=DirectRunner\n--output=out\n");
    Path flink = Files.writeString(dir.resolve("flink.args"), "@" + base + "\n--runner=FlinkRunner\n");

    assertThat(LaunchProfiles.expand(new String[] {"@" + flink}), arrayContaining("--output=out", "--runner=FlinkRunner"));
  }

  @Test
  void aProfileThatNamesItselfIsRefused() throws IOException {
    Path loop = dir.resolve("loop.args");
    Files.writeString(loop, "@" + loop + "\n");
    IOException e = assertThrows(IOException.class, () -> LaunchProfiles.expand(new String[] {"@" + loop}));
    assertThat(e.getMessage(), containsString("nest"));
  }

  @Test
  void aMissingProfileSaysWhereItLooked() {
    IOException e = assertThrows(IOException.class, () -> LaunchProfiles.expand(new String[] {"@" + dir.resolve("none.args")}));
    assertThat(e.getMessage(), containsString("no launch profile at"));
  }

  @Test
  void runnerDefaultsFillOnlyWhatTheUserLeftOpen() throws IOException {
    String[] direct = RunnerDefaults.apply(new String[] {"--enforceImmutability=true"});
    assertThat(String.join(" ", direct), containsString("--enforceImmutability=true"));
    assertThat(String.join(" ", direct), containsString("--blockOnRun=false"));
    String[] flink = RunnerDefaults.apply(new String[] {"--runner=FlinkRunner", "--fasterCopy=false"});
    assertThat(String.join(" ", flink), containsString("--fasterCopy=false"));
    assertThat(String.join(" ", flink), containsString("--flinkConfDir="));
  }
}
