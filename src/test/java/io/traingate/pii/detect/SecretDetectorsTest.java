package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four SECRET detectors: provider keys and JWTs, PEM blocks, assignments, URL credentials. */
class SecretDetectorsTest {

  private final ProviderKeyDetector keys = new ProviderKeyDetector();
  private final PemBlockDetector pem = new PemBlockDetector();
  private final PasswordAssignmentDetector assignments = new PasswordAssignmentDetector();
  private final UrlCredentialDetector urls = new UrlCredentialDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "key sk-proj-Xy7Qm2Lk9Pw3Rt8Vb1Nc6Hd4Js0Fa5GeZuYo.|sk-proj-Xy7Qm2Lk9Pw3Rt8Vb1Nc6Hd4Js0Fa5GeZuYo",
      "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE|AKIAIOSFODNN7EXAMPLE",
      "ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R|ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R",
      "xoxb-2048-4096-ZyXwVuTsRqPoNmLkJiHgFeDc|xoxb-2048-4096-ZyXwVuTsRqPoNmLkJiHgFeDc",
      "'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'|AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
      "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  })
  void findsProviderKeysAndJwts(String text, String expected) {
    assertThat(Found.by(keys, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  // placeholder: no entropy
      "sk-learn is a library",
      "AKIA1234",                             // too short
      "AKIAiosfodnn7example",                 // AWS ids are upper case
      "eyJhbGciOiJIUzI1NiJ9",                 // a lone JWT header
      "ghp_short",
  })
  void ignoresPlaceholdersAndLookalikes(String text) {
    assertThat(Found.by(keys, text), empty());
  }

  @Test
  void coversAWholePemPrivateKeyBlock() {
    String block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9mV4J0xR8\nq3ZrY8uP0oK5lI2hE7g=\n-----END RSA PRIVATE KEY-----";
    assertThat(Found.by(pem, "here:\n" + block + "\nthanks"), contains(block));
  }

  @Test
  void coversATruncatedPemBlockUpToItsBody() {
    assertThat(Found.by(pem, "-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc=\n\nok so"),
        contains("-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc="));
  }

  @Test
  void ignoresPublicKeysAndCertificates() {
    assertThat(Found.by(pem, "-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----"), empty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "password=hunter2&user=x|hunter2",
      "DB_PASSWORD=\"s3cr3t pass\"|s3cr3t pass",
      "\"password\": \"Tr0ub4dor&3\"|Tr0ub4dor&3",
      "client_secret: 9f8e7d6c5b4a|9f8e7d6c5b4a",
      "my password is Tr0ub4dor&3.|Tr0ub4dor&3",
      "dbPassword = 'abc12345'|abc12345",
      "api key: 3f9a8b7c6d5e4f3a2b1c|3f9a8b7c6d5e4f3a2b1c",
      "the secret key is 9f8E7d6C5b4A|9f8E7d6C5b4A",
  })
  void findsAssignedCredentialValues(String text, String expected) {
    assertThat(Found.by(assignments, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "password = get_password()",
      "password: ${DB_PASSWORD}",
      "api_key=YOUR_API_KEY",
      "\"password\": \"<your password here>\"",
      "password: ********",
      "the password is wrong",
      "password = user_input",
      "if password == \"x\":",
      "passwords: none",
      "bypass=1234",
      "primary key: user_id",
      "key: value",
  })
  void ignoresReferencesPlaceholdersAndComparisons(String text) {
    assertThat(Found.by(assignments, text), empty());
  }

  @Test
  void findsUserAndPasswordInUrls() {
    assertThat(Found.by(urls, "postgres://app:S3cr3t@db:5432/x and https://example.com/a@b"), contains("app:S3cr3t"));
  }
}
