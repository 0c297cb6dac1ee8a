package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogUserNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, LogUserNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "VPN log: user kwame connected from 28.41.187.81 # kwame",
      "sshd[2219]: Accepted publickey for grace from fe80::1 port 50214 ssh2 # grace",
      "sshd[31]: Failed password for olivia from 10.0.0.7 port 22 ssh2 # olivia",
      "sshd[31]: Invalid user tomasz from 10.0.0.7 port 22 # tomasz",
      "pam_unix(sshd:session): session opened for user maria by (uid=0) # maria",
      "12:01 user priya logged out # priya",
  })
  void findsGivenNamesUsedAsLogins(String text, String expected) {
    assertThat(namesIn(text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sshd[11]: Failed password for invalid user admin from 10.0.0.1 port 22",   // an account, no given name
      "sshd[11]: Accepted publickey for deploy from 10.0.0.1 port 22",
      "note: the user guide from the vendor",                                      // "guide" is no given name
      "Accepted: thanks for grace from all of you",                                // "for … from" without sshd's login method
      "12:01 user maria123 connected from 10.0.0.1",                               // a login with digits is no name
  })
  void findsNoAccountsNorProse(String text) {
    assertThat(namesIn(text), empty());
  }
}
