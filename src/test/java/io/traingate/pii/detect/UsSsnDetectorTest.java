package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnDetectorTest {

  private final UsSsnDetector detector = new UsSsnDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "my ssn is 536-22-8901.|536-22-8901",
      // a number before it that one space joins to it: a form's
      "SSN on W-4 115-15-2127, in HRIS|115-15-2127",
      "I-9 and W-2 536-22-8901 match|536-22-8901",
      "ss 536 22 8901|536 22 8901",
      "SSN: 536228901|536228901",
      "social security number 078.05.1120|078.05.1120",
      "i typed my social wrong on the fafsa, put 321521424 instead|321521424",
      "for the lease app they need ur social. is it still 070620048?|070620048",
      // the cue in the agent's turn, the number in the customer's
      "Agent: we need the last 4 of your SSN./Customer: you can have the whole thing, 431626273|431626273",
  })
  void findsValidNumbers(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "filer Liam Brooks (406260750), spouse Liam Hughes (037-42-8279)|406260750|037-42-8279",
      "dependents: Hannah 515405110, Ethan 175-57-2960|515405110|175-57-2960",
  })
  void findsBareNumbersWhereAListWritesOthersInFull(String text, String bare, String written) {
    assertThat(Found.by(detector, text), contains(bare, written));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Routing 021000021, SSN 123-45-6789",            // no name before the bare number
      "SSN 123-45-6789; Grace (255831115)",            // brackets where the written one has none
      "Hannah 515405110 called about the lease",       // no SSN written in full beside it
      "SSN (123-45-6789), will 515405110 do",          // a lower-case word, not a given name
  })
  void keepsBareNumbersOutsideSuchLists(String text) {
    assertThat(Found.by(detector, text).stream().filter(found -> found.indexOf('-') < 0).toList(), empty());
  }

  /** A pasted table whose header names a column as SSNs: the header is the cue of the bare numbers under it. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "payroll.csv\\nname,ssn,state,hire_date\\nAna Costa,536-22-8901,OH,2024-11-19\\nLeo Park,431626273,CA,2025-09-07#536-22-8901; 431626273",
      "employee|SSN|dl\\nAna Costa|431626273|D1234567\\nLeo Park|070620048|T0486186#431626273; 070620048",
      "name\\tsocial_security_number\\nAna Costa\\t\"431626273\"\\nLeo Park\\t\"070620048\"#431626273; 070620048",
      // fields of the export that no list knows, named as code names them
      "employee_id,name,ssn,pay_rate\\nE81876,Trevor Patel,734321905,19.76#734321905",
      // a SQL dump's insert names its columns; quoted values may hold commas, brackets and quotes
      "INSERT INTO `customers` (`id`, `full_name`, `ssn`, `created_at`) VALUES\\n(76191,'Kerem Ünal','477577568','2024-05-25'),"
          + "\\n(76192,'O''Brien, Pat (Jr)','431626273',NULL);#477577568; 431626273",
      "insert into people (name, ssn) values ('Ana Costa', '070620048'), ('Leo Park', '536228901');#070620048; 536228901",
  })
  void findsBareNumbersInTheSsnColumnsOfPastedTables(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n").replace("\\t", "\t")), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name,phone,city\\nAna Costa,431626273,Porto",            // no header names an SSN column
      "name,ssn,city\\nAna Costa,912626273,Porto",              // a 9xx area is no SSN's
      "name,ssn,city\\nAna Costa,4316262731,Porto",             // ten digits
      "order_no,ssn_check\\n1,ok\\n431626273,ok",                // no header line of known fields
      "Ana Costa,431626273,Porto\\nLeo Park,070620048,Lyon",     // a table without a header
      "INSERT INTO orders (id, ssn_check) VALUES (1, '431626273');",       // no column of SSNs
      "INSERT INTO people (name, phone) VALUES ('Ana Costa', '431626273');",  // a column of phones
      "INSERT INTO people VALUES ('Ana Costa', '431626273');",            // no column list names the values
  })
  void keepsBareNumbersOutsideSsnColumns(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000",
      "123-45 6789",           // inconsistent delimiters
      "536228901",             // bare nine digits without a cue word
      "1536-22-8901",          // part of a longer number
      "W-4 115-15-2127x",      // a longer word
      "12 536 22 8901",        // groups of spaces only: one number
      "W-4-115-15-2127",       // joined by a dash
      "536-22-89012",
      "my social media id is 321521424",                  // "social" names another account
      "social club 321521424",                            // "social" alone is no cue
      "SSN on file ends in 4411; call 536228901 for help",  // digits between the cue and the number
      "SSN is required for the form. Our office hours are long and the queue is slow today: 536228901",  // too far from the cue
  })
  void rejectsInvalidOrUncued(String text) {
    assertThat(Found.by(detector, text), empty());
  }
}
