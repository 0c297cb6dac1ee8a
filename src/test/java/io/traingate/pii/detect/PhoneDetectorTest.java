package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

  private final PhoneDetector detector = new PhoneDetector(RedactionRules.DEFAULT_PHONE_REGIONS);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "my number is 415 555 0132 ok|415 555 0132",
      "call (650) 253-0000 now|(650) 253-0000",
      "intl +1 650-253-0000.|+1 650-253-0000",
      "uk mobile 07700 900123|07700 900123",
      "london +44 20 7946 0018|+44 20 7946 0018",
      "berlin 030 1234567|030 1234567",
      "paris 01 42 68 53 00|01 42 68 53 00",
      "india +91 98765 43210|+91 98765 43210",
      "tokyo 03-1234-5678|03-1234-5678",
      "sydney (02) 9374 4000|(02) 9374 4000",
      "dots 650.253.0000 too|650.253.0000",
      "from abroad 0033 1 42 68 53 00|0033 1 42 68 53 00",
      "ruf an: 0061 2 9374 4000|0061 2 9374 4000",
      "from the US dial 011 49 30 1234567|011 49 30 1234567",
      "from Sydney 0011 44 20 7946 0018|0011 44 20 7946 0018",
      "kept as 0044 (0)20 7946 0018|0044 (0)20 7946 0018",
      "dutch mobile +31 6 27 49 13 85 ok|+31 6 27 49 13 85",      // grouped otherwise than libphonenumber's format
      "oslo +47 912 34 567 ok|+47 912 34 567",
      "an aside (415 555 0132 is mine)|415 555 0132",            // a bracket that opens an aside is not the number's
      "namba yangu mpya ni 0712 345908|0712 345908",               // Kenya, among the default regions
      "SĐT 0912 345 678 nhé|0912 345 678",                       // Vietnam, among the default regions
      "Emergency contacts: Aroha — 021 448 2917 (partner)|021 448 2917",
      // regions added to the default list
      "\"tel\": \"226 084 119\"|226 084 119",                       // Portugal
      "Телефон: 8 (913) 771-42-09.|8 (913) 771-42-09",             // Russia, with the trunk prefix 8
      "আমার ফোন নম্বর 01712-448093 এবং|01712-448093",               // Bangladesh
      "Το κινητό σου είναι ακόμα 690 714 5020;|690 714 5020",       // Greece
      "îi dau un telefon la 0740 196 476|0740 196 476",             // Romania
      "Rückruf unter 0664 886175.|0664 886175",                     // Austria
      "Terugbellen op 012 38 35 39 aub.|012 38 35 39",               // Belgium, a landline
      "Rappelez-moi au 02 555 12 34 svp|02 555 12 34",
      "Prague – Petr Svoboda 224 218 441|224 218 441",              // Czechia, grouped as Portugal groups too
      "Namba yangu ya simu ni 0712 448 093 na|0712 448 093",        // Kenya, grouped as Tanzania groups
      "Tél 0648-346043. Le client|0648-346043",                     // Morocco
      "Tel.0612345678|0612345678",                                  // a label's dot, not a code's
      "llame al +34622171367 (24h).|+34622171367",                  // a remark in brackets after the number
      "hotline 020 7946 0958 (24/7)|020 7946 0958",
      "+44 (0)20 7946 0958|+44 (0)20 7946 0958",                    // the trunk prefix in brackets stays
      "رقم جوالي ٠٥٦ ٤٨٩ ٠٥٠٨ الله يعطيكم|٠٥٦ ٤٨٩ ٠٥٠٨",              // Arabic-Indic digits
      "আমি নুসরাত, ফোন ০১৯৯৪-৪৫৭৭২২|০১৯৯৪-৪৫৭৭২২",                  // Bengali digits
      "شماره من ۰۹۱۲ ۳۸۴ ۱۱۷۶ است|۰۹۱۲ ۳۸۴ ۱۱۷۶",                    // Persian digits
  })
  void findsNumbersInManyRegionsAndFormats(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** The number "passport 415 555 0132" holds is valid in the US, but the id claims it; a name's candidate does not. */
  @ParameterizedTest
  @CsvSource({"GOV_ID, 0", "US_SSN, 0", "PERSON, 1", "STREET_ADDRESS, 1"})
  void leavesNumbersThatAStricterCandidateCoversToIt(EntityType type, int phonesFound) {
    String text = "passport 415 555 0132";
    List<Span> candidates = new ArrayList<>(List.of(new Span(type, 9, text.length())));
    detector.detect(new ScannedText(Lexicon.get()).read(text), candidates);
    assertThat(candidates.stream().filter(span -> span.type() == EntityType.PHONE).count(), is((long) phonesFound));
  }

  @Test
  void triesANumberThatAStricterCandidateOnlyPartlyCovers() {
    String text = "passport 415 555 0132";
    List<Span> candidates = new ArrayList<>(List.of(new Span(EntityType.GOV_ID, 9, 16)));
    detector.detect(new ScannedText(Lexicon.get()).read(text), candidates);
    assertThat(candidates, hasItem(new Span(EntityType.PHONE, 9, text.length())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "携帯は080-2345-6789までお願いします|080-2345-6789",
      "연락처는010-2345-6789입니다|010-2345-6789",
      "ご連絡は0312345678まで|0312345678",
  })
  void findsNumbersWrittenAgainstTextOfScriptsWithoutSpaces(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "call me at 0612345678|0612345678",
      "my number is 415 555 0132|415 555 0132",
      "tel. 030 1234567|030 1234567",
      "whatsapp: 07700 900123|07700 900123",
      "order shipped, call 0612345678|0612345678",
      "for reference, my number is 0612345678|0612345678",
      "ticket hotline 0800 123 4567|0800 123 4567",
      "salamat po. 0917 123 4567|0917 123 4567",
      "ups 0612345678 war die alte Nummer|0612345678",               // German "oops", not the carrier
      "invoice +44 20 7946 0018|+44 20 7946 0018",
      "my flat is 4B 03 9327 3152 is my number|03 9327 3152",     // one group with letters before it is no code
      "Residence phone 0612345678|0612345678",                    // a word that only starts as a label ("resi") does
      "اتصل على رقم 0501234567|0501234567",                        // "number" after a call, not after a label
      "bel me op 0612345678|0612345678",                          // the Dutch "op" (on), not the Czech identity card's OP
      "Ngishayele ku-071 127 2535 kusasa|071 127 2535",            // a Zulu prefix, not the code of "HOM-22-4471903"
      "Ngishayele ku-+27 71 479 7893.|+27 71 479 7893",
      "call Taj 0611234567|0611234567",                           // a name, not Hungary's TAJ
  })
  void keepsPhonesWhoseLabelIsAPhoneOrNone(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** Hebrew joins its one-letter prepositions to a number, with or without a hyphen; Amharic its prepositions, without one. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "אם משהו לא ברור תחזרי אליי ל-052-318-4420 בערב|052-318-4420",
      "שיתקשר ל+972 54-221-7083 מחר|+972 54-221-7083",
      "תתקשרו ל-+972 52-660-1904 עד הצהריים|+972 52-660-1904",
      "אפשר להשיג אותי ב-00972 58-411-2367|00972 58-411-2367",
      "ጥያቄ ካለ በ0911 23 45 67 ይደውሉ።|0911 23 45 67",
      "ለማንኛውም ከ+251 92 334 8812 ደውዬ ነበር|+251 92 334 8812",
  })
  void findsNumbersAfterAPrefixThatHebrewOrAmharicJoinsToThem(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "הקוד הוא טל-052-318-4420",         // a word, not a prefix letter, before the hyphen: a code
      "ቀበ0911 23 45 67 ነው",              // an Ethiopic word that is no preposition
  })
  void findsNoNumberJoinedToAWordThatIsNoPrefix(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "please call me back on 077 743 885 65 thank you|077 743 885 65",
      "Phone: 0740 147 97 04|0740 147 97 04",
      "Tel. 0740 147 97 04|0740 147 97 04",
      "перезвони мне на новый номер 891 670 464 91 старый сим потерял|891 670 464 91",
      "qualquer coisa liga 119 502 298 24|119 502 298 24",
      "bel me even terug op 06 123 523 24|06 123 523 24",
      // dots in four groups, but with a group no IPv4 address holds
      "Zaragoza, teléfono 819.73.15.59. Por favor|819.73.15.59",
      "la Mireia a la corda; mòbil 810.39.98.38.|810.39.98.38",
  })
  void findsValidNumbersGroupedAnyWayAfterWordsThatCallThemPhones(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /**
   * Numbers of regions where any eight digits are valid (Denmark, Norway, Estonia, Hong Kong,
   * Georgia), after words that call them phones, in those languages too.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ring til Mette på 28 41 93 07 i morgen|28 41 93 07",
      "Du kan ringe meg på 922 41 083 etter klokka fire|922 41 083",
      "Tlf. 45 12 89 30, spør etter Lars|45 12 89 30",
      "Kui midagi, helista 5341 2278 õhtul|5341 2278",
      "值班：回拨2183 2041，找王经理|2183 2041",
      "დარეკე 599 12 34 56 ხვალ|599 12 34 56",
      // regions of no policy, after the words for a phone of Icelandic, Maltese, Khmer and Urdu
      "Hringdu í Siggu í síma 611 1206.|611 1206",
      // Latvian, Slovak, Albanian, Azerbaijani and Cantonese words for a phone, its number and calling
      "Vēlos pieteikties uz darbu. Tālrunis 21 866 251.|21 866 251",
      "Zavolaj Ľudmile Sokolovej na 02/234 158 56, má kľúče|02/234 158 56",
      "Numri i saj: 022 366 729.|022 366 729",
      "黃志明病咗。打俾我2128 3121|2128 3121",
      "Rəşad gecə növbəsindədir, nömrəsi (012) 312 51 10. Sabah|(012) 312 51 10",
      "Ġużeppi se jċempillek fuq 9969 4935|9969 4935",
      "ចាន់ ដារ៉ា នឹងមកថ្ងៃស្អែក។ ទូរស័ព្ទ 023 807 648|023 807 648",
      "شناختی کارڈ کے ساتھ، فون (0243) 8561925|(0243) 8561925",
  })
  void findsNumbersOfRegionsWithoutTrunkPrefixAfterWordsThatCallThemPhones(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mødet er flyttet til lokale 28 41 93 07",          // no word calls it a phone
      "ring mig, ordrenummer 28 41 93 07",                  // a label of something else between
      "房间号是 2183 2041",                                    // a room's number, no cue
  })
  void takesNoEightDigitsOfThoseRegionsWithoutACue(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A table's phone column names its cells phones, as words would: numbers of any region and grouping. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "first_name,last_name,email,phone\\nIlze,Liepiņa,ilze@inbox.lv,63 209 304\\nAna,Costa,ana@example.com,+351 912 345 678#63 209 304; +351 912 345 678",
      "Name\\tPhone\\tShift\\nLuka Jurić\\t01 2726 681\\tTue#01 2726 681",
      "Name | Email | Mobile\\nElvin Quliyev | elvin@example.com | (012) 779 96 62#(012) 779 96 62",
  })
  void findsNumbersInThePhoneColumnsOfPastedTables(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n").replace("\\t", "\t")), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name,email,room\\nIlze,ilze@inbox.lv,63 209 304",                 // no column of phones
      "name,phone\\nIlze,n/a\\nAna,ask at desk 2",                       // no number alone in the cells
      "name,phone\\nIlze,12",                                           // too short for any phone
  })
  void takesNoCellsOutsidePhoneColumns(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "the code is 077 743 885 65 thank you",                     // no cue
      "Call me later. 077 743 885 65 is the code",                // the cue ends its sentence
      "call me in 2 days 077 743 885 65",                         // another number between
      "calling about the order um 077 743 885 65",                // a label of something else between
  })
  void keepsStrictGroupingWithoutSuchWords(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bank routing: 021000021",
      "View logs: https://github.com/acme/billing/actions/runs/9912837461",  // a number in a URL
      "version 1.2.3",
      "teléfono del router 192.168.100.200",                               // an IPv4 address after a phone's word
      "order 12345",
      "in 2024 we sold 1000000 units",
      "ID123456789",
      "555",
      "tel0612345678",
      "order 0612345678",
      "your order no. 415 555 0132 shipped",
      "Invoice #: 0612345678",
      "P.O. 0612345678",
      "PO# 6502530000",
      "SKU: 07700900123",
      "the tracking number is 030 1234567",
      "account nr. 0612345678",
      "customer ID 07700 900123",
      "Bestellnummer: 030 1234567",
      "numéro de commande 0612345678",
      "número de pedido: 612 345 678",
      "sipariş numarası 0532 123 45 67",
      "Klantnummer 40021877.",
      "注文番号は09012345678です",
      "[2024-06-02 14:05:11] job done",
      "claim code CLM-2024-118742",
      "calling about the order um 1643 795 i think",
      "your SSN (739-95-6753 is what we have)",                  // an SSN's shape after the bracket of an aside
      "Policy no: HOM-22-4471903",                                // the tail of a code
      "Tracking number 1Z 4E8 74V 03 9327 3152, out for delivery", // the tail of a code in spaced groups
      "Hotel Granvia, conf. 88213094",
      "Windows 11, build 22631.3296",
      "Shipment FedEx 0612345678 — status: in transit",           // a carrier's name labels a tracking number
      "DHL 0612345678",
      "[03.06.2024 21:14] Elif: geliyorum",                       // a date and the hour of its time
      "UPS 0612345678",
      "Заказ № 0612345678 передан в службу доставки",
      "Android 14 (API 34), build UP1A.231005.007",                // the tail of a dotted code with digits
      "Lost luggage report: bag tag LH 220 418 992, black",         // a label, then the carrier's code
      "print(checksum({\"count\": 3, \"ts\": 1715731200}))",      // a JSON key in quotes labels the number
      "convert 1716200000 unix timestamp to a human date",         // named after the number
      "zip code 60614-2207 — what does the +4 part mean",
      "Sprzedawca: ul. Kościuszki 41, NIP 677-218-44-90",           // Poland's tax number
      "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", // the user id of an e-mail
      "between 2019-2023 revenue grew",                              // Denmark's eight digits are not tried
      "Bestelling 7731-2024 is onderweg",
      "السعر ١٢٠ درهم فقط",                                          // a price in Arabic-Indic digits
      // an insurance claim, an Indonesian waybill, an Arabic shipment and its "number", a Persian postcode, a Ukrainian tax number
      "Sinistro nº 48213/2023 em análise",
      "Paket sudah dikirim. Resi JNE 0123456789012.",
      "شحنتك رقم 7788123456 في الطريق",
      "کد پستی 8385570923.",
      "відправник, РНОКПП 7580776211.",
      // a Gulf residence permit (iqama) with and without its hamza, and a Czech identity card
      "رقم الإقامة 2533788938، العنوان",
      "رقم الاقامة 0501234567",
      "Číslo OP 971605657, jméno",
      // the Belgian enterprise number, in Dutch and French, and its VAT number
      "ondernemingsnummer 0412.345.678",
      "KBO-nummer 0412.345.678",
      "numéro d'entreprise 0412.345.678",
      "N° TVA BE 0412.345.678",
      "rev-0612345678",                                           // a code: the word before the hyphen is no prefix
      // a fund's member, a student, a profile, Hungary's TAJ, a Swedish passport, by their labels
      "super fund member 40018825. Start Monday",
      "Student number 2023118455 (not a national ID)",
      "(profile ID 88213012)",
      "TAJ 761 841 796, kifizetés",
      "TAJ szám: 307 367 478.",
      "Karin skickade sitt (pass nr 91482138).",
      // a Brazilian CEP and a Czech birth number, which no dialling plan groups so
      "Belém - PA, 66035-100.",
      "na fakturu 745307/1428",
      // orders in more languages, and an account shortened
      "Vaše objednávka č. 61975593 byla odeslána.",
      "تم شحن طلبك رقم 09983797. التسليم المتوقع",
      "Pesanan #81151316 telah dihantar.",
      "आपका ऑर्डर #66281879 भेज दिया गया है।",
      "sort code 20-45-77, acc 83920114.",
  })
  void ignoresNumbersThatAreNotPhones(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @Test
  void onlyConfiguredRegionsAreTried() {
    PhoneDetector usOnly = new PhoneDetector(List.of("US"));
    assertThat(Found.by(usOnly, "uk 07700 900123"), empty());
    assertThat(Found.by(usOnly, "us (650) 253-0000"), contains("(650) 253-0000"));
    // a number that words call a phone is tried in every region
    assertThat(Found.by(usOnly, "uk mobile 07700 900123"), contains("07700 900123"));
  }

  /**
   * Wherever the matcher, tried over the configured regions in order, finds either nothing or one
   * whole number, the detector finds the same: its pre-checks only save the matcher's time. (Where
   * the matcher finds part of a digit run only, the detector may rightly skip the run.) International
   * numbers parse alike in every region, so for them the matcher tries the first region only, and
   * since people group their own numbers as they like, a valid one is found however it is grouped.
   * Known gap, left as it was: the region plan does not know carrier selection codes, so a
   * Brazilian number written with one ("0 21 69 7058 4230") is not found.
   */
  @Test
  void findsWhatTheMatcherFindsOverTheRegionsInOrder() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> regions = RedactionRules.DEFAULT_PHONE_REGIONS;
    Random random = new Random(3);
    Set<String> windows = new LinkedHashSet<>();
    for (String region : regions) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        for (PhoneNumber number : List.of(example, withLastDigit(example, random.nextInt(10)), withLastDigit(example, random.nextInt(10)))) {
          String international = util.format(number, PhoneNumberFormat.INTERNATIONAL);
          windows.add(util.format(number, PhoneNumberFormat.NATIONAL));
          windows.add(international);
          windows.add(international.substring(1)); // the country code without "+"
          windows.add("00" + international.substring(1)); // the international prefix of most regions
          windows.add("011 " + international.substring(1)); // the US one
          windows.add(util.format(number, PhoneNumberFormat.E164));
          windows.add(util.getNationalSignificantNumber(number));
        }
      }
    }
    for (int i = 0; i < 1500; i++) {
      windows.add(RegionPlanTest.randomNumberWindow(random, random.nextInt(8) == 0 ? "+" : ""));
    }
    int compared = 0;
    int numbers = 0;
    List<String> differences = new ArrayList<>();
    for (String window : windows) {
      List<Span> expected = new ArrayList<>();
      boolean carrierCode = false;
      for (String region : regions) {
        for (PhoneNumberMatch match : util.findNumbers(window, region, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
          expected.add(new Span(EntityType.PHONE, match.start(), match.end()));
          carrierCode |= writtenWithCarrierCode(util, match.rawString(), region);
        }
        if (!expected.isEmpty() || window.startsWith("+")) {
          break;
        }
      }
      // short numbers (service codes valid in some regions) are below the detector's 7 digits on purpose
      boolean shortNumber = window.chars().filter(Character::isDigit).count() < 7;
      if (!expected.isEmpty() && !expected.equals(List.of(new Span(EntityType.PHONE, 0, window.length()))) || carrierCode || shortNumber) {
        continue;
      }
      List<Span> found = new ArrayList<>();
      detector.detect(new ScannedText(Lexicon.get()).read(window), found);
      // a number written after "+" may be grouped as its owner likes: valid is enough
      List<Span> validInternational = new ArrayList<>();
      for (PhoneNumberMatch match : util.findNumbers(window, regions.get(0), Leniency.VALID, Long.MAX_VALUE)) {
        if (match.rawString().startsWith("+")) {
          validInternational.add(new Span(EntityType.PHONE, match.start(), match.end()));
        }
      }
      boolean foundValidInternational = !found.isEmpty() && validInternational.containsAll(found);
      if (!found.equals(expected) && !foundValidInternational) {
        differences.add(window + ": " + expected + " vs " + found);
      }
      compared++;
      numbers += expected.size();
    }
    assertThat(differences, empty());
    assertThat(compared > 1000 && numbers > 300, is(true));
  }

  private static boolean writtenWithCarrierCode(PhoneNumberUtil util, String number, String region) {
    try {
      return util.parseAndKeepRawInput(number, region).hasPreferredDomesticCarrierCode();
    } catch (NumberParseException e) {
      throw new AssertionError(e);
    }
  }

  private static PhoneNumber withLastDigit(PhoneNumber number, int digit) {
    return new PhoneNumber().mergeFrom(number).setNationalNumber(number.getNationalNumber() / 10 * 10 + digit);
  }
}
