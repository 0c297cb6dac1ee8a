package io.traingate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, recorded in the manifest. */
final class ToolVersion {
  private ToolVersion() {}

  static String get() {
    Properties properties = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/io/traingate/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
