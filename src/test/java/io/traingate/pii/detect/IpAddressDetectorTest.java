package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressDetectorTest {

  private final IpAddressDetector detector = new IpAddressDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ssh to 10.0.0.12 please|10.0.0.12",
      "my ip is 203.0.113.7.|203.0.113.7",
      "server 192.168.1.20:8080 down|192.168.1.20",
      "v6 2001:db8:85a3::8a2e:370:7334 up|2001:db8:85a3::8a2e:370:7334",
      "full 2001:0db8:0000:0000:0000:ff00:0042:8329|2001:0db8:0000:0000:0000:ff00:0042:8329",
      "loopback [::1]:443|::1",
      "mapped ::ffff:192.0.2.128 ok|::ffff:192.0.2.128",
      "route 10.8.0.0/16 ok|10.8.0.0",           // the slash of a prefix length follows the address
      "host web01 10.1.2.3|10.1.2.3",
      "10.40.2.7:5432:analytics:etl_user:E7l#2024|10.40.2.7",  // the host of a .pgpass line, fields that run on into words
      "サーバーIPは154.183.246.170だよ|154.183.246.170",             // against the words of a script without spaces
      "服务器地址141.228.109.38|141.228.109.38",
      "本番サーバー10.113.8.21の設定|10.113.8.21",                  // after the prolonged sound mark that ends a katakana word
      "OIDC login redirects to 10.2.4.3 now|10.2.4.3",            // OpenID Connect, no object identifier
      "is 10.2.4.3 the host? version 10.2.4.31 is out|10.2.4.3",  // another number that a version's cue names
  })
  void findsAddresses(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "upgrade to 1.2.3 now",
      "version 10.0.0.1 released",
      "v1.2.3.4",
      "abc1.2.3.4def",                                            // inside a Latin word
      "256.1.1.1",
      "1.2.3.4.5",
      "meet at 12:30:45",
      "mac 00:1A:2B:3C:4D:5E",
      "std::vector<int>",
      "cafe:babe",
      "10.40.2.7:analytics:etl",                                // no port after the address, then words
      "ratio 3.14",
      "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.0.0 Safari/537.36", // a product token's version
      "Chrome 124.0.6367.91 (Official Build); V8 12.4.254.14; Skia 124.0.6367.91",            // an engine's version
      "Changelog: fixed 37 bugs, updated deps to 2.0.9.58.",                                   // dependencies' version
      "The OID for the subject's common name is 2.5.4.3.",                                       // an object identifier
      "is `1.2.3.4` in the fixture an IP?\nno, it's the SDK version 1.2.3.4 from the vendor",   // called a version elsewhere
  })
  void ignoresVersionsTimesAndOtherDottedNumbers(String text) {
    assertThat(Found.by(detector, text), empty());
  }
}
