package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GovIdDetectorTest {

  private final GovIdDetector detector = new GovIdDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Personalausweis-Nr. T22000129 bitte | T22000129",
      "numéro de sécurité sociale 1 77 02 39 347 166 03|1 77 02 39 347 166 03",
      "mon numéro de sécu est 291028406432281, c'est normal ?|291028406432281",
      "주민등록번호 880708-2698863, 주소|880708-2698863",
      "身份证号：310104198404080300|310104198404080300",
      "CPF do titular: 924.955.411-78|924.955.411-78",
      "I need your driver's license number, mine is M9433320|M9433320",
      "PhilSys Card Number (PCN): 5260-7567-4783-7953, Address|5260-7567-4783-7953",
      "my sin is 589 119 544, cra website wont accept it|589 119 544",
      "Pour le dossier, mon NAS : 454 263 013|454 263 013",           // Canada's SIN in French
      "passport no. X1234567|X1234567",
      "my passport number is 533380006.|533380006",
      "DL# D123-4567-8901|D123-4567-8901",
      "my DL 12 345 678 from Delhi|12 345 678",                       // no plate's series letters
      "NI number: QQ 12 34 56 C|QQ 12 34 56 C",
      "Aadhaar 2345 6789 0123|2345 6789 0123",
      "PAN: ABCDE1234F|ABCDE1234F",
      "national ID 19850312-4581|19850312-4581",
      "T.C. kimlik numaram 10000000146|10000000146",
      "PESEL 44051401359|44051401359",
      "PhilSys ID: 6082-1193-4457|6082-1193-4457",
      "SSS number: 34-1234567-8|34-1234567-8",
      "Personalausweisnummer: T22000129|T22000129",
      "il mio codice fiscale è BNCGPP80A01H501U|BNCGPP80A01H501U",
      "マイナンバー 2918 4756 3021|2918 4756 3021",
      "Emirates ID 784-1990-1234567-2|784-1990-1234567-2",
      "my NRIC is S9012345A|S9012345A",
      "CNP: 1850312450018|1850312450018",
      "DNI nº 45123987K|45123987K",
      "BSN 123456782|123456782",
      "meine Steuer-ID lautet 12 345 678 903|12 345 678 903",
      "Reisepassnummer: C01X00T47 — gültig bis 2031|C01X00T47",      // few digits, in capitals
      "WA driver license WDLT8R7PPZ2K, exp 2026|WDLT8R7PPZ2K",
      "Frankfurt am Main, Personalausweis-Nr. FTYVTWMH9, Tel.|FTYVTWMH9", // a single digit
      "my driving licence number, it's MORGA657054SM9IJ|MORGA657054SM9IJ",
      // asked for in one turn, given after "mine" in the next
      "Agent: Passport numbers for both travellers please./Customer: mine is M35201589 and|M35201589",
      // Portugal's citizen card, written out or as CC in capitals before a number in its shape
      "POA holder Catarina Fonseca (CC 83695909 4 ZW1) authorised|83695909 4 ZW1",
      "cartão de cidadão nº 12345678 9 ZZ1 válido|12345678 9 ZZ1",
      // "mine" in more languages
      "Necesito tu DNI para el formulario. El mío es 45123987K|45123987K",
      "heb ik je BSN nodig, Daan. Die van mij is 967273262 als voorbeeld|967273262",
      // a phrase between the cue and its "is" or colon
      "also my passport number for the visa form is B48213976 if you fill it in|B48213976",
      "ti mando il mio codice fiscale per il contratto: GRDBZD62H26F839J. Fammi sapere|GRDBZD62H26F839J",
      // cues and fillers of more languages
      "Mój PESEL to 82022005513, mam nadzieję|82022005513",
      "Паспорт серия и номер: 4516 238914, выдан ОВД|4516 238914",
      "nr dowodu PSN228118, proszę wpisać|PSN228118",
      "Nomor paspor saya C4418273, tolong|C4418273",
      // national ids of more countries and scripts
      "Khách hàng Lê Văn Hùng, CCCD 079190078349, báo mất thẻ|079190078349",
      "Mteja, namba ya kitambulisho 32019875, ameomba|32019875",
      "Nasabah Pak Budi, NIK 3273491911630598, melaporkan|3273491911630598",
      "No. IC saya 930125-14-5787 untuk rujukan|930125-14-5787",
      "आपका आधार 6910 8448 8525 सफलतापूर्वक अपडेट|6910 8448 8525",
      "מספר תעודת הזהות שלי 294283866 והחשבון|294283866",
      "ID-картка 183389784 (для договору)|183389784",
      "رقم الهوية الوطنية المسجل لدينا: 1517710412.|1517710412",
      "Egyptian NID 29411258855816 verified on file|29411258855816",
      // cues in more languages and cases, and their "is" and "my"
      "Vážený pane, číslo mého občanského průkazu je 709441418. S pozdravem|709441418",
      "please bring your ID card (dowód osobisty nr CBE 482913) for the gate|CBE 482913",
      "เลขบัตรประชาชน: 7-5321-05895-00-2|7-5321-05895-00-2",
      "Номер паспорта КВ686057, Дмитро Бондаренко|КВ686057",
      "Водительское удостоверение: 99 12 345678\\nАдрес|99 12 345678",
      "Versicherungsnummer: 13 150348 H 021\\n|13 150348 H 021",
      "die Kopie meines Personalausweises (Nr. LP90HCXZ4). Mit freundlichen Grüßen|LP90HCXZ4",
      "Steuer-Identifikationsnummer: 47 036 892 816\\n|47 036 892 816",
      "mini AHV-Nummer isch 756.8009.4608.34.|756.8009.4608.34",
      "Rijksregisternummer: 65.12.19-315.79 — Pieter|65.12.19-315.79",
      "Mississauga, ON L5B 3K2, OHIP 4521 883 019 KL\\n|4521 883 019 KL",
      "CCCD số 001392734692 của Lê Thị Hồng|001392734692",
      "Passport: Chile, P09274816\\n|P09274816",                 // the issuing country between cue and number
      "the passport number on the form (M8568324) didn't match|M8568324", // in brackets after a phrase
      "PPS number (for DIRT): 4829968QA|4829968QA",               // brackets of an aside, then the colon
      "Recipient's TIN 91-2345678 on the 1099|91-2345678",       // an EIN's shape is no SSN's
      "NIF 45254162Y, Núria Puig|45254162Y",                      // a person's NIF
      // the answer on the next line of a transcript
      "Agent: And your national insurance number?\\n[10:15:11] Caller: JP 72 25 02 A.|JP 72 25 02 A",
      "[00:00:52] Agent: and your driving licence number please\\n[00:00:55] Caller: HUGHE753116SM9IJ|HUGHE753116SM9IJ",
      "Agent: and the passport number you travelled on?\\nCaller: it's 533018274, UK passport|533018274",
      "mon numéro national est 77.03.18-150.75|77.03.18-150.75",  // Belgium's national register number
      "Form check: ת.ז. 503259806 does not match|503259806",       // Israel's teudat zehut, abbreviated
      "ת\"ז 503259806|503259806",
      "Pasaporte n.º PAB482915 a nombre de Jorge|PAB482915",
      "Codice fiscale del paziente ZBSRTT94C22F449G.|ZBSRTT94C22F449G",  // whose number it is
      // cues of more countries and scripts, and the words for "number" between
      "présentez la CNI n° OJI11XPKW indiquée|OJI11XPKW",
      "Ida Thygesen, CPR-nr. 220996-7515, IBAN|220996-7515",
      "Martin Procházka, rodné číslo 805116/8389, účet|805116/8389",
      "Horváth Bence, személyi igazolvány száma 501002KT, számlaszám|501002KT",
      "Γιώργος Παπαδόπουλος, ΑΔΤ ΑΒ 970195, IBAN|ΑΒ 970195",
      "ΑΦΜ 094259216, ΔΟΥ Αθηνών|094259216",
      "паспорт готов, СНИЛС 324-683-377 88. Михаил|324-683-377 88",
      "نسخة من الهوية الوطنية رقم 2414284188 قبل المقابلة|2414284188",
      "جواز سفر رقم N1234567 صالح|N1234567",
      "מספר הדרכון שלי 31234567 בבקשה|31234567",
      // cues of South Asian scripts and Persian, and their words for "number"
      "मेरा आधार नंबर 9582 4055 2831 और|9582 4055 2831",
      "और पैन ABCDE1234F है।|ABCDE1234F",
      "আমার জাতীয় পরিচয়পত্র নম্বর 19186603026455546। টাকা|19186603026455546",
      "আমার জাতীয় পরিচ\u09dfপত্র নম্বর 19186603026455546|19186603026455546", // য় as one char
      "অফিস: আধার 5849 3390 6059, মোবাইল|5849 3390 6059",
      "রায়-এর পাসপোর্ট নম্বর BU3173445 যাচাই|BU3173445",
      "میرا شناختی کارڈ نمبر 61101-2659311-9 ہے|61101-2659311-9",
      "என் ஆதார் எண் 4890 7748 7298. கணக்கு|4890 7748 7298",
      "کد ملی من 6926862303 است|6926862303",
      "گذرنامه شماره X00825784 دانشجو|X00825784",
      // cues and fillers of more languages
      "voilà mon numéro AVS 756.0666.4650.85 pour la caisse|756.0666.4650.85",
      "Eva Mulder, paspoortnummer NMR0WU3H3, voor de reis|NMR0WU3H3",
      "carte de identitate seria RX 422672, telefon|RX 422672",
      "отримувач Галина Поліщук, РНОКПП 7580776211.|7580776211",
      "رقم الهوية الإماراتية 784-1982-4845902-0 والعنوان|784-1982-4845902-0",
      "الرقم القومي بتاعي 29708068871440 والعنوان|29708068871440",
      "ส่งมาแล้ว หนังสือเดินทาง AA4640711|AA4640711",
      "Số CCCD của em là 048216656002, nhờ ngân hàng|048216656002",
      "Phòng đào tạo: hộ chiếu C7630215 của sinh viên|C7630215",
      "PhilSys Card Number (PCN) ko po ay 9598-9635-7132-8498, para sa KYC|9598-9635-7132-8498",
      "na pasipoti AK3159052. Naishi|AK3159052",
      "Namba yangu ya NIDA ni 19650222-02085-07273-94. Anwani|19650222-02085-07273-94",
      "የፓስፖርት ቁጥሬ EP1740349 ነው።|EP1740349",
      // Igbo and Hausa passports, the Gulf's iqama after its "number", Ethiopia's Fayda number, the Czech OP after "číslo"
      "Nnamdi, paspọtụ B50718342, biko|B50718342",
      "fasfo: A08812345 na Musa|A08812345",
      "رقم الإقامة 2412345678 ساري المفعول|2412345678",
      "إقامة رقم 2412345678 للعامل|2412345678",
      "የፋይዳ ቁጥር 4829 1736 5520 ነው።|4829 1736 5520",
      "Fayda ID 482917365520, Addis|482917365520",
      "my Aadhaar ID 2345 6789 0123 is linked|2345 6789 0123",       // a cue's "ID" is no letter group of the id
      "Číslo OP 205431987, jméno|205431987",
      "č. OP 205431987 platí do 2030|205431987",
      // Sri Lanka's NIC in capitals and in either shape, South Africa's "SA ID"
      "NIC 853400937V, Kandy branch|853400937V",
      "NIC 199862245494 for the loan|199862245494",
      "SA ID 8001015009087 for payroll|8001015009087",
      "South African ID 8001015009087 attached|8001015009087",
      // the document's copy, and "card" in Hindi and Bengali
      "Passport copy NV1234567 scanned|NV1234567",
      "PAN कार्ड ABCDE1234F, नाम|ABCDE1234F",
      "NID কার্ড 19912345678901234 যাচাই|19912345678901234",
      // a cue's capitals with full stops
      "Lorenzo Di Stefano, C.F. CRGPFB77M55G986U, IBAN|CRGPFB77M55G986U",
      "D.N.I. 45123987K a nombre de|45123987K",
      "Α.Δ.Τ. ΑΚ 123456|ΑΚ 123456",
      // "was" after a phrase that names the number
      "lost her passport, she says the number was 233516249 (British)|233516249",
      // CJK cues inside longer words, and the words and brackets between cue and number
      "민준님, 연락처 확인, 여권번호 M17302423 맞으신가요?|M17302423",
      "여권번호는 M17302423 입니다|M17302423",
      "チェックインは15時からです。パスポート番号 MU5011160 の方|MU5011160",
      "请带好身份证原件（420111197211228959）和银行卡。|420111197211228959",
      "请凭登记的身份证（510107197209136454）到大堂领取。|510107197209136454",
      "身份证号510107196902225784，这个号码的格式对吗？|510107196902225784",
      "我的护照号码是E12345678，谢谢|E12345678",
      // Taiwan's 身分證 and its 字號, "to fill in", and a Hong Kong id's check char in brackets
      "您好，身分證字號E237509799，地址|E237509799",
      "身份證號碼要填 E475812(2) 係咪？|E475812(2)",
      "passport no. X1234567 (1 of 2)|X1234567",                       // brackets apart from the id hold no check char
      // a CJK word glued to the last group ends the id; a group that opens with one is no part of it
      "マイナンバー0501 5738 0297の確認をお願いします。|0501 5738 0297",
      "マイナンバー 0501 5738 0297の確認|0501 5738 0297",
      "パスポート番号 MU5011160 の0297|MU5011160",
      // a Chinese resident id whose check char holds may stand a clause after its cue
      "身份证原件和复印件都带了，号码是420111197211228959。|420111197211228959",
      // a particle glued to the second group of a hyphenated id
      "주민등록번호 880708-2698863는 세금계산서에만|880708-2698863",
      // cues, cases and fillers of more languages
      "Номер ID-картки Олени для пропуску: 004821937.|004821937",
      "Igama lami nguSipho, i-ID 8001015009087. Ngiyabonga|8001015009087",
      "Sidinga inombolo ye-ID 8001015009087 kusasa|8001015009087",
      "I-ID yakhe 8001015009087.|8001015009087",
      "விண்ணப்பதாரர், தேசிய அடையாள அட்டை 199012345678, தொலைபேசி|199012345678",
      "பயணி, கடவுச்சீட்டு N1234567, கைபேசி|N1234567",
      "ड्राइविंग लाइसेंस MH12 20110012345। धन्यवाद|MH12 20110012345",
      "Kérjük, hozza a személyi igazolványát (123456AB) is.|123456AB",
      "Liisa kerää passinumerot. Omani on FP1234567.|FP1234567",
      "controparte Giulia (patente U1A2B3456C). Perito|U1A2B3456C",
      "Samahani, nimepoteza pasipoti yangu AB1234567 uwanjani|AB1234567",
      "Passport niya P1234567A. Salamat|P1234567A",
      "NIN r\u1eb9\u0300 12345678901.|12345678901",
      "Karin har redan skickat sitt (pass nr 91234567).|91234567",
      "Markéta, pas č. 16123456, záloha|16123456",
      // the issuing state in brackets, and a phrase about whose document it is that ends in "number"
      "employee presented Driver's License (TX) 41234567 and|41234567",
      "Min, paspor atas nama Agus Wibowo nomor B1234567 ketinggalan|B1234567",
      // Hungary's TAJ and Turkey's TC in capitals, when their check digits hold
      "Biztosító: kárbejelentő, TAJ 761 841 795, kifizetés|761 841 795",
      "TAJ szám: 307 367 479. Kérjük|307 367 479",
      "Müşteri Selin, TC 10000000146, kart|10000000146",
      // the Thai identity card glued to the words before or after it, when its check digit holds
      "ซ่อมเสร็จแล้ว ต้องใช้เลขบัตรประชาชน 6 1943 26877 39 0 สำหรับใบกำกับภาษี|6 1943 26877 39 0",
      "ยืนยันโดยภูมิ บัตรประชาชนผู้จัดการทีม 6194326877390|6194326877390",
      // a Czech birth number a phrase after its cue, when its check digit holds
      "Rodné číslo pro fakturu 735307/1429. Adresa|735307/1429",
      // cues of Hungarian (with the TAJ's check digits), Thai (the citizen's identification number), Zulu, Georgian,
      // Bulgarian and Lithuanian
      "felvétel: Farkas Katalin, TAJ-szám 761 841 795, lakcím|761 841 795",
      "ชื่อ วรรณา เลขประจำตัวประชาชน 6194326877390 ที่อยู่|6194326877390",
      "Inombolo kamazisi 9302151079085. Ngiyabonga|9302151079085",
      "ზურაბ კაპანაძე, პასპორტის ნომერი LC5860472, ტელ.|LC5860472",
      "клиент Стоян Колев, лична карта № ML7870902, имейл|ML7870902",
      "Asmens kodas draudimui: 57005108200.|57005108200",
      // Serbia's JMBG in Cyrillic, the Armenian passport, Georgia's personal number, the US A-number, the Afrikaans ID number
      "Подносилац: Ана, ЈМБГ 0101990710006|0101990710006",
      "դիմող՝ Արամ, անձնագիր AN1234567, հեռ.|AN1234567",
      "ნინო, პირადი ნომერი 01024054321.|01024054321",
      "Olena Kravets, A-number A012345678, asylum|A012345678",
      "ID-nommer: 8001015009087.|8001015009087",
      // an abbreviation that is also a word, as a field's key in JSON or YAML
      "{\"city\": \"Enugu\", \"nin\": \"42805108962\", \"tier\": 2}|42805108962",
      "customer:\\n  pan: BGWPE5173B\\n  tier: 2|BGWPE5173B",
      // cues and "number" in Telugu, Marathi, Czech, Finnish, Amharic, Hungarian, Nepali and Thai
      "ఆయన ఆధార్ నంబర్ 517483480913. — అనూష|517483480913",
      "त्यांचा आधार क्रमांक 749486234585. मीटिंग|749486234585",
      "moje číslo pasu: UB0570634|UB0570634",
      "Lomakkeeseen: passin numero UE8891885|UE8891885",
      "ፋይዳ መታወቂያ፦ 6766 9752 4060|6766 9752 4060",
      "A nyomtatványhoz: adóazonosító jel 8332800935|8332800935",
      "नागरिकता नम्बर: 16-12-79-42572|16-12-79-42572",
      "ทำพาสปอร์ตหาย เลขพาสปอร์ต NK2711749 ตามสำเนา|NK2711749",
  })
  void findsNumbersRightAfterAnIdentityCue(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "X1234567",                               // no cue
      "passport expires 2030-04-01",            // a date
      "the license key is ABCD-1234-EFGH-5678", // software licence
      "order ID 48213",                          // an order id is not an identity document
      "renew my passport next week",
      "passport\n12345678",                     // the cue ended its line
      "sss 12345678",                           // an abbreviation that is also a word counts in capitals
      "deixei nas 454 263 013",                 // Portuguese "in the"
      "the DUI was in 2019",
      "Nik 3273491911630598",                   // Nik is a given name: the Indonesian NIK counts in capitals
      "ic 930125-14-5787",
      "nid 29411258855816",
      "my student ID: 48213001",                // ids of schools, shops and employers are not national ids
      "fly Emirates 2034 5678",
      "PESEL: see form 12",                     // no id after the cue
      "TIN/SSN 536-22-8901",                    // the SSN cue names it: the SSN detector's
      "passport photo SIZEABCD",                // capitals without digits
      "driver license AB12",                    // short
      "Personalausweis-Nr. FTYVTW9",            // short for a code with a single digit
      "renew my passport soon. mine expired in 2019, his 20190455",  // "mine" with no id after it
      "passport photos for both of us please. mine is 2 MB",         // no id after "mine"
      "the passport office phone number is 0300 222 0000",         // the phrase names another number
      "my tax ID, the SSN, is 806 44 7430",                          // the SSN detector's
      "passport renewed. The booking is 48213976",                   // the sentence ended
      "Agent: your passport number?\\nCaller: no idea sorry, 2019 maybe", // no id on the next line
      "recipient Trevor Huang, TIN 517-35-4543, amount 4,820.00",   // a TIN in the SSN's shape: the SSN detector's
      "Employee Tax ID: 706 66 9187 (SSN)",
      "Germans Vidal S.L., Carrer de Sants 212, NIF B66218831",     // a company's NIF
      "passport (the old one) expired",                              // brackets with no id
      "the National Gallery 2024 opened",                            // "national" counts after numéro or registre only
      "ז 503259806",                                                 // the second letter of ת"ז alone
      "CNI n° pending, on vous rappelle",                            // a cue with no id after it
      "lost my passport, call me on 0612345678",                     // a phone after "call"
      "see c.f. 48213976",                                           // "cf." of writing in lower case
      "C.F. Martin guitars",                                         // capitals with full stops and no id
      "F.C. 48213976",                                               // full stops between letters that name no id
      "بانک ملی 6037991234567890",                                      // Bank Melli: ملی is Iran's national code after کد
      "ملی 6926862303",
      "आधार नंबर बदलने के लिए 1947 पर कॉल करें",                           // a helpline after "number" and a verb
      "avs 756.0666.4650.85",                                          // AVS and NIDA count in capitals
      "nida 19650222-02085-07273-94",
      "المنتخب القومي 29708068871440",                                   // "national" is Egypt's id after رقم only
      "تكلفة الإقامة 15000 ريال لليلة",                                    // the cost of a stay: the iqama counts after رقم
      "ፋይዳ 25000 ብር",                                                   // ፋይዳ, "use", with no word for its number
      "bu işin faydası yok, fayda 48213976",                             // Turkish "fayda", "benefit"
      "OP 205431987 posted the log",                                    // the original poster: OP counts after "číslo"
      "číslo op 205431987",                                             // and in capitals
      "NIC 10000 Mbps on eth0",                                         // a network card: the number has no Sri Lankan card's shape
      "Nic 853400937V",                                                 // Nic is a given name
      "PR ID 48213976 merged",                                          // a pull request's id: only countries qualify an ID
      "sa ID 8001015009087",                                            // a country's code counts in capitals
      "passport copy fee 25000 naira",                                  // a fee after the copy
      "máy chiếu 48213976",                                             // a projector: chiếu is a passport after hộ
      "CCCD của em là gì vậy, gọi 0912345678",                          // a question, then a phone
      "身分證已經寄出，訂單號E237509799",                                 // the cue ends no word before the number
      "सफ़ेद स्विफ्ट डिज़ायर, DL 1C AB 1234।",                                // a Delhi plate after Delhi's code
      "DL 3S CX 4521 wali scooty",
      "Ik heb je BSN nodig, bel mij 0612345678",           // "mij" is "mine" after "van" only
      "CC 4111 1111 1111 1111 exp 12/27",                               // a credit card after CC
      "cc 83695909 4 ZW1",                                              // "cc" of mail
      "o cidadão 83695909 4 ZW1",                                       // "citizen" is the card after "cartão de" only
      "护照已经办好了，下周出发",                                         // a CJK cue with no id after it
      "号码是420111197211228959。",                                     // a checked resident id with no cue
      "身份证办好了。快递单号420111197211228959",                           // the cue is in another sentence
      "身份证原件和复印件都带了，号码是420111197211228950。",                 // the check char fails far from the cue
      "订单确认：我们的护照服务热线很忙，请稍后再拨打电话12345678901234567890", // a number far from the cue
      "TAJ 761 841 794",                                                // TAJ's check digit fails
      "Taj 761 841 795",                                                // Taj is a name: the cue counts in capitals
      "TC 10000000147 firmware",                                        // TC kimlik's check digits fail
      "Rodné číslo pro fakturu 735307/1428. Adresa",                    // the birth number's check digit fails
      "rodné číslo chybí, faktura 735307/14290",                         // longer than a birth number
      "บัตรประชาชนหมดอายุ 6194326877391 แล้ว",                              // the Thai card's check digit fails
      "ต้องใช้ใบขับขี่ 6194326877390",                                       // a glued Thai word with no identity card in it
      "boarding pass nr 48213976",                                      // a boarding pass
      "pass 48213976 to the next stage",                                // "pass" alone is the verb
      "pas 48213976 op de bank",                                        // Dutch "pas", any card: Czech "pas" names its "č."
      "Driver's License (see below) 41234567",                          // brackets that hold no state's code
      "passport of Ana, phone number 41234567",                         // the phrase names another number
      "I-ID 2019 yami",                                                 // no id after the cue
      "TAJ-szám 761 841 794, lakcím",                                    // the TAJ's check digit fails after its Hungarian cue too
      "te paso el contacto 48213976 mañana",                            // Spanish "I pass", no Lithuanian "passport's"
      "\"payout\": {\"method\": \"card\", \"pan\": \"3528625736735029\"}",       // a card's primary account number
      "pan: 48213976 grams of flour",                                   // "pan" in prose, though it opens the line
  })
  void needsACueAndAnIdLikeValue(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), empty());
  }

  /** After a cue of a {@link CheckedIdScheme}, a number that passes its check may stand further on. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kan du sende fødselsnummeret til Ola? Mitt er 21015223631.|21015223631",             // the next sentence
      "minu isikukood lepingu jaoks on 37605030299|37605030299",                            // words the fillers lack
      "My SIN is 578 921 777, my husband Raj's is 130 692 544.|578 921 777; 130 692 544",   // a second number
      "can't find my National Insurance number. Is it the one like CL 09 75 99 B?|CL 09 75 99 B",
      "O cartão de cidadão está a caducar. O número é 59100390 0 NL4.|59100390 0 NL4",
      "Номер паспорта? Старого — ЕН112501.|ЕН112501",
      "CNP-ul meu este 2841118128695|2841118128695",                                       // a suffix glued to the cue
      "ЖСН-ым 721001398198, телефоным|721001398198",
      "Ο ΑΜΚΑ μου είναι 06089881061 και|06089881061",
      "Tax File Number 191 652 096, address|191 652 096",
      "رقمي القومي 27712298848853 والموقع|27712298848853",
      "CPR-nr. til lønsedlen: 151051-6982.|151051-6982",                                   // the abbreviation's full stop
      "Namba ya kitambulisho ya Wanjiru Kamau ni 77774848|77774848",                      // a copula after a name
      "PhilSys ID ni Lola Remedios ay 8117-2229-3411-9814.|8117-2229-3411-9814",
      // Latvia's personas kods, Kazakhstan's IIN in Latin letters, Sweden's pnr, the Macedonian ЕМБГ, New Zealand's NHI,
      // Iceland's kennitala in its cases, Austria's SVNR and the iqama
      "Mans vārds ir Jānis Bērziņš, personas kods 121050-14539. Vēlos|121050-14539",
      "I confirm that Mr. Yerlan Abenov (IIN 010914649964) has been employed|010914649964",
      "Säng 18: Ingrid Haugen (pnr 19711103-7268) – obs stable|19711103-7268",
      "ЕМБГ за регистрација: 0902976420326.|0902976420326",
      "Bed 22: Epeli Naivalu (NHI RAB2732) – post-op day 1|RAB2732",
      "kennitöluna þína fyrir skráninguna í kórinn? Ég held að hún sé 080184-5069 en|080184-5069",
      "brauch ich noch deine Sozialversicherungsnummer, ist das die 5828 210975? Und|5828 210975",
      "el iqama number 2476858333. call me|2476858333",
      "Hab meinen Perso verloren 😩 Nummer war NXYC1KF4N1. Muss ich|NXYC1KF4N1",   // the German identity card as people call it
  })
  void findsCheckedNumbersFurtherFromTheirCue(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Fødselsnummeret til Ola har jeg ikke. Mitt er 21015223632.",     // its check digits fail
      "Fødselsnummer kommer senere. Ordrenummer: order 21015223631",     // named as another number
      "My SIN is on file.\n\nThe parcel 130 692 544 came today",        // another paragraph
      "My SIN card is lost, call 416 555 0199",                          // a phone's ten digits
      "Bitte den Pass-Nr. Kasten leer lassen, Paket 151051-6982",        // no check for a passport
      "We stayed in El Paso, TX 79907 with Ana",                         // Spanish "I pass", no Lithuanian passport
      "PNR: ABC123 for the flight, seat 14C",
      "Perso ist abgelaufen, Termin 2024 im Bürgeramt",                   // no number of the card                             // an airline's booking, in capitals
      "hay 4 personas: 12345678 es el pedido",                            // Spanish "people"
      "kennitöluna sendi ég seinna. Pöntun 080184-5079",                  // the kennitala's check digit fails
  })
  void takesNoUncheckedOrOtherNumbersFurtherOn(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), empty());
  }

  /** A pasted table whose header names a column as passport, licence or national id numbers: the header is the cue. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "convert:\\nnombre\\tapellidos\\tdni\\tteléfono\\nLucía\\tMartín Sanz\\t51873022K\\t612 448 190\\nPablo\\tRey Ortiz\\tX4829173L\\t699 120 554#51873022K; X4829173L",
      "full_name,passport_no,nationality,dob\\nIrina Volkova,72 1934856,RU,1985-04-12\\nKaan Demir,U19283746,TR,1991-07-30#72 1934856; U19283746",
      "| customerName | driverLicenseNumber | state |\\n|---|---|---|\\n| Ana Costa | D123-4567-8901 | CA |#D123-4567-8901",
      "nome,cpf,email\\nJoão Silva,\"123.456.789-09\",j@example.com.br#123.456.789-09",
      "Name;Aadhaar No;City\\nRavi Kumar;2345 6789 0123;Pune#2345 6789 0123",
      "INSERT INTO patients (full_name, dob, nhs_number) VALUES\\n ('Ann Lee', '1957-02-14', '943 476 5919');#943 476 5919",
      "employee|ssn|dl\\nAna Costa|536-22-8901|13175976\\nLeo Park|431626273|N241-793-88-933-4#13175976; N241-793-88-933-4", // an SSN column beside
  })
  void findsIdsInTheIdColumnsOfPastedTables(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n").replace("\\t", "\t")), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id,name,email\\n48213976,Ana Costa,ana@example.com",            // an id alone is a row's, a user's or an order's
      "order_id,customer,amount\\n48213976,Ana Costa,19.99",           // no header names an identity number
      "full_name,dob,nationality\\nAna Costa,1990-02-17,PT",            // a date of birth
      "name,passport_no,dob\\nAna Costa,N/A,1990-02-17\\nLeo Park,pending,1988-12-01", // no id in the cells
      "name,passport_no\\nAna Costa,2019-04-01",                        // a date in the id column
      "Ana Costa,U23981744,PT\\nLeo Park,75 4412893,KR",                 // a table without a header
  })
  void takesNoCellsOutsideIdColumns(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), empty());
  }
}
