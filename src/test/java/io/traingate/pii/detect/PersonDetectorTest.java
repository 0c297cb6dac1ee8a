package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonDetectorTest {

  private final PersonDetector detector = new PersonDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hey dana can u send it|dana",
      "my name is priya sharma and i need help|priya sharma",
      "ok so my name is tom okafor|tom okafor",
      "Dr. Meredith Grey will see you|Meredith Grey",
      "my sister ana is here|ana",
      "'Thanks,\nGrant'|Grant",
      "Hey Will, did you see this?|Will",
      "I spoke with Oluwaseun Adeyemi today|Oluwaseun Adeyemi",
      "forward this to Jean-Pierre Martin please|Jean-Pierre Martin",
      "Ẹ káàárọ̀, orúkọ mi ni Olúwaṣeun Adékúnlé.|Olúwaṣeun Adékúnlé", // listed names written with Yoruba tone marks
      "Sawubona, igama lami nguSipho Dlamini.|Sipho Dlamini",         // Zulu "it is Sipho": the name after its prefix
      "imoto kaThandeka isilungile|Thandeka",                          // "Thandeka's car"
      "financial aid: Destiny Okafor-Lewis submitted the form|Destiny Okafor-Lewis", // a double family name of two listed ones
      "Will says he'll pick it up tomorrow.|Will",                     // a modal never stands before "says": a name that is a function word
      "(Blessing asked, I'll DM.)|Blessing",                           // a West African given name that is an everyday word
      "Holly Fairbairn asked to be paid in crypto|Holly Fairbairn",    // and with an unlisted family name before a verb of speech
      "front desk: Hilary Wainwright & Obi|Hilary Wainwright",          // a full name before "&" is no firm's founder
      "Hola soy Gabriel del equipo de producción|Gabriel",              // "soy" (I am) is no family name after the greeting
      "yuran kepada Abang Farid minggu ini|Farid",                     // Malay "big brother" and Tagalog "Aling" are titles, not names
      "ipadala kay Aling Nena bukas|Nena",
      "Hallo Jürgen, ruf mich an|Jürgen",
      "I told Fernando about it|Fernando",
      "this is Kwame from the front desk|Kwame",
      "Dana's laptop is broken|Dana",
      "my name's Xochitl, hi|Xochitl",
      "it's Tanvir from HR|Tanvir",
      "ሰላም አበበ አዲሱ ቁጥሬ ነው|አበበ",                    // Amharic: "hello Abebe, my new number is"
      "مرحبا أحمد كيف حالك اليوم|أحمد",                // "hello Ahmed, how are you today": the greeting opens a sentence, no signature
      "يا طارق، البروفة الساعة ٨|طارق",                 // the Arabic vocative "O"
      "سلام سارا جان، ایمیلم عوض شد|سارا",              // Persian "hello", and "jan" after the name, no part of it
      "علی جان، جلسه فردا است|علی",                     // words of address after a given name
      "करण भाई, कल सुबह खेत पर आना|करण",
      "mustafa abi gümrükte bekliyor|mustafa",
      "गैराज से: शर्मा जी की स्विफ्ट तैयार है।|शर्मा",        // the respectful "ji" after a family name, "didi" after a given name
      "भंडारे के लिए चंदा दें। राधा दीदी सब्ज़ी लाएँगी।|राधा",
      "நன்கொடைகளை முருகன் ஐயாவிடம் கொடுக்கவும்.|முருகன்",   // Tamil and Bengali write the case ending onto the honorific
      "கட்டணம்: செந்தில் அண்ணனிடம் கொடுக்கவும்.|செந்தில்",
      "ইফতারের জন্য জামাল সাহেবকে তালিকা দিন।|জামাল",
      "ফারহানা, কাল স্কুলে অভিভাবক সভা|ফারহানা",          // a given name that opens a message, closed by a comma
      "sabihan mo si rowena na may practice tayo|rowena",  // the Tagalog and Indonesian article before a person's name
      "padala kay Maria Santos sa bahay|Maria Santos",    // "sa" after the name is Tagalog's "to", no firm's "SA"
      "Hubungi Faizal bin Karim di 03-2966 9329|Faizal bin Karim", // an unlisted given name before a patronymic and a listed father's name
      "tenant home after 5. plumber desmond +1 205-668-1034|desmond", // a role before a given name in lower case
      "142 L diesel. Dockhand aisha.|aisha",
      "chef priya says walk-in is at 7 degrees|priya",
      "host mom is away, host dad lorraine. school|lorraine",   // a compound role
      "Instructor: Holly (speaks English and German).|Holly",
      "on the sticky note at the front desk. declan pls take it down|declan", // asked to "please" at a sentence's start
      "Emre'ye söyle, taksi geliyor|Emre",                             // a Turkish case ending after the name's apostrophe
      "Zeynep'in taksisi İstiklal Cad. No: 43|Zeynep",
      "Ankara'da Umut Bey'e sor|Umut",                                 // not a place's nor an honorific's
      "taron iyaye yana ranar Juma'a. Malama Bilkisu|Bilkisu",         // a vowel after a final vowel is no Turkish ending
      "Mondd meg Péternek, hogy megjött|Péternek",                     // Hungarian and Polish case forms of listed names
      "Vorstand: Schriftführerin Lukas Weiß. Spenden gern|Lukas Weiß", // a German club's officer is a title, no part of the name
      "jest u Ewy Zielińskiej, ul. Floriańska 42|Ewy Zielińskiej",
      "córka Marianny z Nowaków. Akt w parafii św. Małgorzaty.|Marianny z Nowaków", // née Nowak; the saint of a parish
      "er ist krank. ruf mich an 035654 830 lg friedrich|friedrich",     // German chat's "liebe Grüße" before a signature
      "Empty the Trash bin Karim, please|Karim",           // a bin after an everyday word is no patronymic
      "coucou maxime, tu peux passer|maxime",             // chat's "hi" in more languages
      "siema łukasz, sprzedam rower|łukasz",
      "Sannu Sani, taki zai zo gobe|Sani",
      "Kedves Balázs! A szülői értekezlet csütörtökön lesz|Balázs",
      "johan kan du hämta maja på förskolan?|johan",       // a lower-case given name, then what people do, in more languages
      "ok. paula dice que no viene|paula",
      "jajaja paula dice que no viene|paula",              // after laughter, a filler or "guys", a clause starts
      "ragazzi elena ha perso le chiavi|elena",
      "the q3 numbers and uh graham will send the deck|graham",
      "call the front desk and ask for Bill.|Bill",        // the one asked for at a desk, though "bill" is a word
      "pregunte por Rosa en recepción|Rosa",
      "ok. Amber you're on vocals for the bridge|Amber", // a given name that opens a sentence before "you" speaks to someone
      "member Wilfred 'Wilf' Ashdown traced his line|Wilfred 'Wilf' Ashdown", // a nickname in quotes inside the name
      "prize goes to Kaan “Reaper” Öztürk tomorrow|Kaan “Reaper” Öztürk",
      "Mark said 'Hello' Then left|Mark",                  // a quoted word after a verb is no nickname
      "Bonjour Docteur Ndiaye, merci|Ndiaye",               // titles: the French doctor, the pilgrim, and an honorific after
      "büyük dedem Hacı Osman Efendi 1880'de doğmuş|Osman",
      "'ok\nብርቱካን፣ የወላጆች ስብሰባ አርብ ነው'|ብርቱካን",
      "СТО: автомобіль Тараса Коваленка готовий|Тараса Коваленка", // Slavic and Greek names in their cases: whose, to whom, called
      "Жалоба от Виктории Орловой.|Виктории Орловой",
      "надо отправить Морозовой Елене Викторовне — она в Риге|Морозовой Елене Викторовне",
      "Андрію, в конфігурації знайшли пароль|Андрію",
      "Γεια σου Νίκο, στο repo βρήκα|Νίκο",
      "надо сменить. Дима, глянь пожалуйста|Дима",
      "Domingo Pérez called yesterday|Domingo Pérez",        // given names that some language's calendar names a day or month
      "tell Julio I'm on my way|Julio",
      "Ada Lovelace wrote the first program.|Ada Lovelace",  // a function word elsewhere (Indonesian "there is") before a surname
      "Kai (he/him) — design lead|Kai",                     // pronouns in brackets after a given name
  })
  void findsNamesFromContextCapitalisationAndLists(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** An unlisted speaker is a name where a speaker that a name list holds talks too; roles and mail prefixes are none. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "'Mateus: o churrasco é sábado\nLari: levo gelo' # Mateus; Lari",
      "'[10:12] Tavita: who is driving?\n[10:13] Wei: me' # Tavita; Wei",
      "'Bot: What is your name?\nUser: angela\nBot: Connecting you to Ann...\nAnn: Hi' # angela; Ann; Ann",
      "'Caller: this is Joe\nRyan: hello' # Joe; Ryan",
      "'Re: leaving do\nOlga: send it to Gareth\nGareth: ok' # Olga; Gareth; Gareth",
      "'Hiro: the new intern starts monday\nKat: nice, which team\nHiro: data eng' # Hiro; Kat; Hiro",
      "'けんじ: 明日の飲み会\nゆい: 行きます\nけんじ: 19時ね' # けんじ; ゆい; けんじ",
      "'さくら：図書館の鍵だれ持ってる？\nゆい：持ってるよ\nさくら：ありがとう！' # さくら; ゆい; さくら", // CJK's full-width colon, no space after it
      "'DANIELLE: So welcome back.\nTOMÁS: Thanks for having me.\nDANIELLE: Love it.' # DANIELLE; TOMÁS; DANIELLE",
      "'Chat di famiglia\nNonna Pina: Tommaso ha mangiato?\nTommaso: sì nonna\nNonna Pina: brava' # Pina; Tommaso; Tommaso; Pina", // kin before a name
      "'Czat rodzinny\nMama: dzwonił?\nOla: tak, jest\nMama: dobrze' # Ola",  // kin alone speak, but are no names
      "'পরিবারের গ্রুপ\nমা: ঠিক আছে?\nরাজু: হ্যাঁ\nমা: ঠিক আছে' # রাজু",       // and in scripts without case
      "'گروه خانوادگی\nمامان: رسید؟\nعلی: آره\nمامان: باشه' # علی",
      "'Семейный чат\nМама: Серёжа, ты доехал?\nСерёжа: да, я у Лёши\nПапа: ок' # Серёжа; Серёжа; Лёши", // Russian short names, declined
  })
  void findsUnlistedSpeakersOfChatsAmongPeople(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split("; ")));
  }

  /** The titles, greetings, thanks and customer words of letters and agents' notes in more languages and scripts. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Beste meneer Van den Broek, uw BSN # Van den Broek",
      "Nasabah Pak Budi Santoso melaporkan # Budi Santoso",
      "Dobrý den paní Novotná, zásilku # Novotná",
      "Zbiórka na prezent dla pani Zofii – przelew # Zofii",
      "Доброго дня, пане Андрію! # Андрію",
      "Звонок 15:40. Клиент Кузнецова Ольга # Кузнецова Ольга",
      "Αγαπητέ κύριε Νικολάου, # Νικολάου",
      "'שלום דנה,\nמספר' # דנה",
      "תודה, רון לוי # רון לוי",
      "प्रिय सुनीता देवी, आपका # सुनीता देवी",
      "مرحبا، اسمي رنا العتيبي وأحتاج مساعدة # رنا العتيبي",          // "my name", and names no list holds
      "नमस्ते, मेरा नाम राहुल शर्मा है। # राहुल शर्मा",
      // thanks and greetings of more languages and scripts, and the Ethiopic comma after them
      "ممنون، سارا # سارا",
      "ফোন 01683-012953। ধন্যবাদ, মৌমিতা # মৌমিতা",
      "ስልክ 091 638 0545። አመሰግናለሁ፣ አበበ # አበበ",
      "Cảm ơn, Thảo # Thảo",
      "Terima kasih, Hafiz # Hafiz",
      "Labas, Mantai! Choro repeticija # Mantai",
      "გამარჯობა თამარ! გუნდის რეპეტიცია # თამარ",
      // "hello" in Somali, Bulgarian, Telugu, Welsh
      "Salaan Faadumo! Kulanka waa berri # Faadumo",
      "Здравей, Радослава! Часът е в 6 # Радослава",
      "హాయ్ సురేష్! టికెట్లు సిద్ధం # సురేష్",
      "Helo Angharad, sut wyt ti? # Angharad",
      // "hello" in Mongolian, Kannada, Serbian, Kazakh
      "Сайн уу Болд! Маргааш уулзъя # Болд",
      "ನಮಸ್ಕಾರ ಅನಿತಾ! ನಾಳೆ ಬನ್ನಿ # ಅನಿತಾ",
      "Ћао Милице, видимо се сутра # Милице",
      "Сәлем, Айгерім! Ертең келемін # Айгерім",
      "नमस्ते दीपिका जी, गायक मंडली का अभ्यास # दीपिका",      // a word of address between the greeted name and its comma
      "नमस्कार प्रियांका ताई, वर्गणी द्या # प्रियांका",             // the Marathi "sister" as that word
      // "hello" in Tajik and Kurdish; the Ethiopic and Burmese commas close a greeted name
      "Салом Фарзона! Фардо меравем # Фарзона",
      "Silav Rojda! Sibê em ê herin # Rojda",
      "ሰላም ሄለን፣ ጽባሕ ንራኸብ # ሄለን",
      "မင်္ဂလာပါ သီတာ၊ မနက်ဖြန် တွေ့မယ် # သီတာ",
      "আমার নাম সুমাইয়া আক্তার। আমার ফোন # সুমাইয়া আক্তার",
      // a greeted name goes on over an unlisted word of a script without case up to the comma that closes it
      "Hi أحمد حداد, reminder of your dental check-up # أحمد حداد",
      "عزيزي أحمد الشمري، نذكركم بموعدكم # أحمد الشمري",
      "नमस्ते सुनीता शर्मा जी, आपकी अपॉइंटमेंट # सुनीता शर्मा",        // without the honorific जी
      "مرحبا أحمد يقول إنه جاء، شكرا # أحمد",                            // no comma right after the word: it is none of the name
  })
  void findsNamesAfterCuesOfMoreLanguages(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** Callers who give their name in lower case, in the words of their language ("it's", "here", "I am"). */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "cześć tu michał dzwonię w sprawie mieszkania # michał",
      "selam ben emre kargo için aradım # emre",
      "hoi met anouk ik sta voor de deur # anouk",
      "алло это артём перезвони мне # артём",
      "привіт це оксана я біля під'їзду # оксана",
      "halo mas ini wulan paketnya titip # wulan",
      "salut c'est karim je suis en bas # karim",
      "שלום, אני נועה לוי, ההזמנה שלי התעכבה # נועה לוי",          // "I am" before a listed name of a caseless script
      "اللي عنده تذكرة يكلمني، أنا يوسف # يوسف",
      "'مع التحية،\nسارة القحطاني' # سارة القحطاني",                 // "with greetings," signs a letter
      "היי משה, החשבונית נשלחה # משה",                                   // "hi" in Hebrew, before a listed name
      "مرحبا رانيا، شفت منشورك # رانيا",                                 // greeted, unlisted, closed by the Arabic comma
      "हाय प्रिया! तुम्हारी रील # प्रिया",
      "Chào anh Tuấn, khách sạn xác nhận # Tuấn",                        // a Vietnamese kin word as a title
      "Cô Hà ơi, mai cháu nghỉ học # Hà",
      "'Dear Anh Thư,\nThank you for applying' # Anh Thư",               // Anh in capitals is also a given name
      "Thanks Reed for the report! # Reed",                               // thanked for something
      "تحياتي، هند الكعبي # هند الكعبي",                                   // a sign-off's Arabic comma
      "ابني يوسف لن يحضر غداً # يوسف",                                      // "my son", "my" glued on
      "نسي هاتفه عند أبو يوسف. # أبو يوسف",                                 // a kunya, "father of", is part of the name
      "صيدلية النهدي: وصفة أم خالد جاهزة. # أم خالد",
      "تحويل راتب الموظف هشام بن علي إلى الحساب # هشام بن علي",             // "son of" between a given name and a listed one
      "मम्मी, राहुल भैया का नया नंबर 088110 26350 है # राहुल",            // "mum" as a relation; "bhaiya" after the name is none of it
      "मेरे चाचा सुरेश न्यू जर्सी में रहते हैं # सुरेश",                          // uncles, aunts, spouses and clergy of caseless scripts
      "خالي سمير يعيش في ديترويت # سمير",
      "همسرش فاطمه سلطان. # فاطمه سلطان",
      "בווילנה. אשתו רבקה. # רבקה",
      "አክስቴ አልማዝ በዋሽንግተን ትኖራለች # አልማዝ",
      "הרב שמואל מבקש מתנדבים # שמואל",
      "العميل أحمد مصطفى يريد استرداد المبلغ # أحمد مصطفى",                 // "the customer", "the" glued on
      "שלום, אחי דניאל לא יגיע # דניאל",
      "मेरा भाई राहुल कल आएगा # राहुल",
      "الاسم محمد العتيبي، الجوال معي # محمد العتيبي",                      // "name" without a colon, before a listed name
      "कार्ड पर नाम पूजा मिश्रा है # पूजा मिश्रा",
      "نوبتم را با دکتر علی تغییر دهم # علی",                               // doctors and clergy as titles
      "डॉ. मिश्रा के साथ मेरी अपॉइंटमेंट # मिश्रा",
      "перенести приём на пятницу (врач Кузнецов) # Кузнецов",
      "La messe sera célébrée par le père Moreau à 10h30 # Moreau",
      "آپ کا کیپٹن بلال ۴ منٹ میں پہنچ رہا ہے # بلال",                     // the driver of a ride
      "आपका ड्राइवर विकास 2 मिनट में # विकास",
      "المستلم: نورة القحطاني، الدمام # نورة القحطاني",                     // the recipient of a delivery
      "প্রাপক: শিউলি বেগম। # শিউলি বেগম",
      "تحويل: المستفيد بدر العنزي، IBAN KW65 ZYQQ # بدر العنزي",         // a role, then a name that a comma and the next field close
      "Delivery Addis: customer ዳዊት ገብሬ, House No. 453 # ዳዊት ገብሬ",        // a relation in another script, a name, its comma and the next field
      "طلب توصيل: العميل ليلى بركات، العنوان شارع الملك عبدالعزيز 124 # ليلى بركات",
      "فرم مهاجرت: نام نازنین فراهانی، کد ملی 1621883841 # نازنین فراهانی", // a name's label, unpunctuated
      "ምዝገባ፦ ስም መሰረት ሀይሉ፣ የፋይዳ ቁጥር 7014173072682517 # መሰረት ሀይሉ",
      "உறவினர் பிரியா சுப்பிரமணியன் +91 81712 97266 # பிரியா சுப்பிரமணியன்", // a relative, then a name that a phone closes
      "กรุงเทพฯ 10110 ญาติ พิมพ์ชนก บุญมา โทร +66 81 232 6231 # พิมพ์ชนก บุญมา", // or a phone's label
      "விண்ணப்பதாரர் தர்ஷினி சிவகுமார், தேசிய அடையாள அட்டை 199572803346 # தர்ஷினி சிவகுமார்",
      "ደንበኛ ሰላማዊት ግርማ፣ ፓስፖርት EP4471902። # ሰላማዊት ግርማ",
      "سلام، من مریم احمدی هستم. می‌خواهم # مریم احمدی",                    // "I … am": the copula closes the name
      "السلام علیکم، میں بلال احمد ہوں۔ # بلال احمد",
      "שלום, כאן תמר פרידמן. אפשר להזיז # תמר פרידמן",                      // "here is"
      "ሰላም፣ ስሜ ሕይወት አለሙ ነው። # ሕይወት አለሙ",                                 // "my name … is" in Amharic
      "الحساب الجديد جاهز — فاطمة الزهراني # فاطمة الزهراني",               // a signature after a dash
      "أرجو المراجعة. سلمى بن علي # سلمى بن علي",                           // the last words after a sentence, family names unlisted
      "कृपया ब्लॉक करें। प्रिया वर्मा # प्रिया वर्मा",                          // after the danda
  })
  void findsCallersIntroducingThemselvesInOtherLanguages(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** In a chat export a timestamp opens each line, and the speaker after it is a display name: everyday words and scripts without case too. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "[22/11/2024, 21:12] Grant Mbeki: not me # Grant Mbeki",
      "[1/9/25, 7:41 AM] Will Okafor: confirmed # Will Okafor",
      "[7/4/24, 12:01 PM] Chase: BBQ at 3 # Chase",
      "12/03/24, 2:05 PM - Precious: uploaded # Precious",
      "[2024. 3. 12. 오후 7:14] 김민준: 주소 보낼게 # 김민준",
      "[٢٠٢٤/٠٣/١٢ ٩:١٤] نورة: العنوان الجديد # نورة",
      "[10:03] 陈雪梅：在家 # 陈雪梅",                                   // the full-width colon of CJK chat
      "'Conceição Ferraz, [09.07.24 10:12]\nmeu email novo' # Conceição Ferraz",
      "[09/09/24, 20:14] Becca (the twins' mum): hi all # Becca",
      "[14:02:30] Agent Kimberly: Sorry to hear that # Kimberly",
  })
  void findsSpeakersOfChatExports(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[14:02:11] Visitor: hi my order never came",
      "[2024-03-12 20:35:07] ERROR: disk full",
      "[12:00] Server: restarted",
      "[book club] Reading: chapter four",
      "Ship To: Leeds, [09.07.24 10:12] dispatch",
      "NOTE: back up first\nTODO: rotate keys\nNOTE: done",                  // labels in capitals that no name list holds
      "ERROR: disk full\nWARN: retrying\nERROR: gave up",
  })
  void ignoresRolesAndSourcesOfLogLines(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Will you send it today?",
      "May I ask a question?",
      "Grant access to the shared drive",
      "Mark the ticket as resolved",
      "Hi team, quick update",
      "Dear Sir or Madam,",
      "I'm tired",
      "i'm at the office",
      "Paris is lovely in April",
      "hi all",
      "call me later",
      "thx, Rose to the occasion",
      "Our Summer Sale Event starts Monday",                                 // a heading's capitals
      "Keys at the front desk of Young Hall.",                               // a building's name
      "the Hunter Green paint is sold out",
      "i think it's PAN card ABCDE1234F",
      "it's mi DNI",
      "שירה כתבה שירה יפה",                                                  // "a beautiful poem": a given name, then a word that family-name lists hold
      "طالب علم کی فیس جمع ہو گئی ہے",                                       // "student"
      "خالد",                                                                // a given name alone, with no family name and no cue
      "alo anh ơi em đang ở đây",                                            // "anh ơi": an older brother addressed, by no name
      "em là nhân viên bên công ty vận chuyển nhé",                         // "vận" without its marks is a listed name
      "Bună ziua, aș dori o programare",                                    // one mark: Romanian "good", not the name Buna
      "sihamba eThekwini kusasa, sibone kaGogo",                           // a place after the locative e-, granny's after ka-
      "set noReply and uName in the iPhone config",                         // camel case of code and brands: no listed name after a prefix
      "Will you say it again? I will tell them",                            // the modal before its verb
      "يا جماعة، الاجتماع بكرة",                                             // "O folks"
      "سلام، وقت بخیر",                                                      // a greeting that opens a message, closed by a comma
      "মা: ঠিক আছে?\nবাবা: হ্যাঁ\nমা: আচ্ছা",                                    // kin who speak by their role only: no name
      "هل تريد الشاي أم القهوة؟",                                             // أم is also "or", before no listed name
      "गुरु जी का आशीर्वाद मिला",                                             // "ji" after a word that is no listed name
      "المريض يحتاج إلى راحة، لكن الطبيب قال",                                 // a role, then a sentence about it, no form's next field
      "المريض يحتاج إلى راحة",
      "Stěhování z Masarykova 412/27, 602 00 Brno",                             // "from" and a street, no family's genitive plural
      "Der Vorsitzende dankt allen Mitgliedern.",                               // the officer alone names no one
      "Grace please sign the form",                                             // an everyday word before "please"
      "the LG TV is broken, lg support pls help",                               // the brand, and no name after the sign-off
      "Cliente: sim, pode enviar",                                              // a role's answer, not a name after it
      "House 17, courier wale ko bata dein",                                    // Hinglish "the courier ones"
      "new contact john long mobile 4803857686",                                // no half of a lower-case full name
      "العميل يحتاج 3 أيام",                                                    // one word before a number is no name a phone closes
      "الحالة: العميل يحتاج إلى المساعدة، الطلب 1، الدفع 2",                       // the comma opens no field with a number before the next comma
      "मेरे चाचा बहुत अच्छे हैं",                                              // a kin word before no listed name
      "حليب خالي الدسم",                                                     // "fat-free milk": خالي is also "free of"
      "si hay tiempo vamos",                                                 // Spanish "if", no article
      "coucou tout le monde",
      "I work at Johnson Controls Inc",                                      // a firm
      "Вчера в Москве было холодно, у Ивановых тоже",                        // a place's case and a family's plural are no names' case forms
      "Мама: ты где?\nПапа: дома\nМама: ок",                                   // Russian kin speak, but are no names
  })
  void ignoresWordsThatAreAlsoNames(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A made-up name that no list holds is a name after each word that introduces or addresses someone. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "ich heiße Zorblat # Zorblat",
      "mi chiamo Zorblat # Zorblat",
      "story written by Zorblat # Zorblat",
      "hola, me llamo Zorblat # Zorblat",
      "just call me Zorblat # Zorblat",
      "the name on the card is Zorblat # Zorblat",
      "the name's Zorblat # Zorblat",
      "signed Zorblat # Zorblat",
      "a cat named Zorblat # Zorblat",
      "Jag heter Zorblat # Zorblat",
      "ik heet Zorblat # Zorblat",
      "je m’appelle Zorblat # Zorblat",
      "mein Name ist Zorblat # Zorblat",
      "the passenger is Zorblat # Zorblat",
      "names: Zorblat # Zorblat",
      "thank you Zorblat # Zorblat",
      "love you Zorblat! # Zorblat",
      "ich bin Zorblat Quenk # Zorblat Quenk",
      "je suis Zorblat Quenk # Zorblat Quenk",
      "soy Zorblat Quenk # Zorblat Quenk",
      "hier ist Zorblat Quenk # Zorblat Quenk",
      "it's Zorblat Quenk # Zorblat Quenk",
      "i am Zorblat Quenk # Zorblat Quenk",
  })
  void findsUnlistedNamesAfterTheWordsThatIntroduceThem(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Patient: HARPREET SINGH GILL, DOB 1990 # HARPREET SINGH GILL",
      "NAME: AMARA NWOSU # AMARA NWOSU",
      "[20:35] Radu: who's driving? # Radu",
      "12/03/24, 14:05 - Priya: on my way # Priya",
      "je m'appelle Sophie Lefèvre, merci # Sophie Lefèvre",
      "hola, mi nombre es Valeria Ortega # Valeria Ortega",
      "my landlord Pieter van der Berg called # Pieter van der Berg",
      "tbh amina's plan was better # amina",
      "i think bogdan has the charger # bogdan",
      "lol chidi just merged it # chidi",
      "rahul can you check the logs # rahul",
      "standup moved, wanjiku is out today # wanjiku",
      "Payee: Chen Wei, amount 40 EUR # Chen Wei",
      "Full Name | Ana Souza # Ana Souza",
      "the account holder is Lerato Dlamini # Lerato Dlamini",
      "From: Nikos Pappas <n.pappas@example.gr> # Nikos Pappas",
      "the parcel is for Yaroslav Tkachenko # Yaroslav Tkachenko",
      "Customer: April Strong # April Strong",                          // a role as a label; a surname that is also a word
      "CHARGEBACK: cardholder Wade Little disputes $312 # Wade Little",
      "payroll: employee Sterling Price, SIN on file # Sterling Price",
      "Tour group: Pat Rivers and the kids # Pat Rivers",                // a listed surname that is no everyday word
      "Hi, I'm Charlotte Briggs from billing # Charlotte Briggs",
      "kumusta marites, ready na? # marites",
      "mi hermana Lucía llega hoy # Lucía",
      "Sven: see you at eight # Sven",
      "Zahlung bitte an Ingrid Bauer senden # Ingrid Bauer",
      "sim, aqui é a Beatriz Costa # Beatriz Costa",
      "On-site contact: Dafydd Prys, 029 2087 1134 # Dafydd Prys",
      "Dafydd Prys | d.prys@example.org # Dafydd Prys",
      "Escalate to: Ewa Zielinska / +48 601 234 567 # Ewa Zielinska",
      "shipping name Ewa Zielinska # Ewa Zielinska",
      "the name on the booking is Dafydd Prys # Dafydd Prys",
      "exp 08/27, name on card HAZEL WRONA. # HAZEL WRONA",          // "name on" a thing: a form's field
      "Name on booking Crystal Amadi, ref WG-209 # Crystal Amadi",
      "lead name Faith Mbeki-Porter. Is the tower open # Faith Mbeki-Porter",
      "refund approved; customer Hazel Wrona was told # Hazel Wrona",
      "she moved out, son Felix visits on Sundays # Felix",
      "Auntie Grace is coming # Grace",
      "bhai tomasz ko bol do # tomasz",
      "honestly Hope said it was fine # Hope",
      "Ruby's car is blocking the gate # Ruby",
      "can you ask Joy in accounts # Joy",
      "did u see what tomasz posted # tomasz",
      "Hej! Jag heter Sven Olsson # Sven Olsson",
      "visa form: surname SHARMA, born 1984 # SHARMA",
      "please hold a sign for MR. ABERNATHY at arrivals # ABERNATHY",
      "Nom : Kouyaté / Adresse : Dakar # Kouyaté",                     // name fields in the languages of forms
      "Cognome: Esposito / Documento: passaporto # Esposito",
      "Vorname: Lioba, Nachname folgt # Lioba",
      "Soyadı: Yıldırım # Yıldırım",
      "bitte an Herrn Kowalczyk weiterleiten # Kowalczyk",
      "Ren-kun, mata ashita # Ren",                                     // a Japanese honorific joined by its hyphen
      "arigatou, Ishikawa-san! # Ishikawa",
      "Dosyayı Emre Bey'e iletir misiniz # Emre",                     // a Turkish honorific after the name is no part of it
      "Selin Hanım toplantıda # Selin",
      "氏名：鈴木 健一 # 鈴木 健一",                                          // a listed name in a script without case, after a label
      "Name: 田中 # 田中",
      "rent is late again, I will have to issue a notice. — Marguerite # Marguerite", // a signature's dash after a sentence
      "'thanks for fixing it!\n- Eilidh' # Eilidh",                   // quoted: the line break is inside the value
  })
  void findsNamesInChatForms(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "'ingrid: on my way\nsven: ok' # 'ingrid, sven'",
      "Ivy and Olive start school today # 'Ivy, Olive'",
      "met Hazel and Jade at the gym # 'Hazel, Jade'",
      "we miss you — anna & jonas # 'anna, jonas'",
      "Teas: Julie & Asif # 'Julie, Asif'",
      "insured Ewa & Marek Nowicki, water damage # 'Ewa, Marek Nowicki'",
      "Lease: Ivy Stone & Heather Frost, unit 5 # 'Ivy Stone, Heather Frost'", // the name before "&" is whole, no firm's founder
      "Forklift cert renewals: Wade Green, Faith Long. # 'Wade Green, Faith Long'", // everyday words, both capitalised
  })
  void findsNamesThatComeInPairs(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split(", ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "We represent Douglas Lowell, the nephew. # Douglas Lowell",         // given names that also name places
      "ask Victoria Beckham # Victoria Beckham",
      "name on the account was \"J. de Vries\" # J. de Vries",              // initials before a surname
      "t.n.v. P. Jansen # P. Jansen",
      "Dear Mr. van der Linden, the IBAN # van der Linden",                 // particles after a title
      "Herr von Weizsäcker kommt # von Weizsäcker",
      "my landlord mr chen said he'd fix it # chen",                          // lower case after a title
      "my teacher ms. rose gave me a C # rose",
      "mrs okonkwo (maths) - doing well # okonkwo",
      "Requester: Unni Deep <unnideep39@gmail.com> # Unni Deep",             // a mail header's display name
      "'Terima kasih,\nNurul Aina binti Rahman' # Nurul Aina binti Rahman",   // Malay patronymics
      "prize split: Adaeze 0xbd64c713896b70425fbba3b95da660c296a97a13 # Adaeze", // a wallet is no model code
      "Policy holder: Jonathan R. Whitfield # Jonathan R. Whitfield",       // middle initials that chat also writes as words
      "Hi John A. Smith, thanks # John A. Smith",
      "Hi John A. The rest is fine # John",                                 // no name after the letter
      "Please cancel the 2pm for Bill Young, he said # Bill Young",         // a given and a family name, both everyday words
      "ligar para kevin pastor no número # kevin pastor",                    // "pastor" is also a family name, no title
      "اسأل عن الأستاذ محمود عند البواب # محمود",                            // the sentence runs on after the name: no signature
      "وصفة المريض خالد المنصوري جاهزة للاستلام # خالد المنصوري",             // a listed given and family name of a script without case
      "העברה על שם דניאל אברהם. תודה # דניאל אברהם",
      "मंदिर में भजन है। प्रिया वर्मा जी प्रसाद लाएंगी # प्रिया वर्मा",
      "گذرنامه دانشجو امیر جعفری دریافت شد # امیر جعفری",                      // Persian and Urdu spellings of the lists
      "طالب علم سعدیہ بٹ کی فیس جمع ہو گئی ہے # سعدیہ بٹ",
      "البروفة الساعة ٨ مساءً. إبراهيم سيحضر الطبلة. # إبراهيم",             // a name that opens a sentence: no signature to the text's end
      "كل شيء جاهز. أرجو المراجعة. سلمى بن علي # سلمى بن علي",               // a signature after a sentence's end ends in a listed name
      "hier ist Lena Zimmermann von der Baustelle in Kiel # Lena Zimmermann", // after a full name, particles say where from
      "ontem o João Pereira da Silva ligou # João Pereira da Silva",          // unless a family name follows them
      "Ursula von der Leyen spoke # Ursula von der Leyen",
      "Gentile avv. Esposito, l'udienza è rinviata # Esposito",              // lawyers' and teachers' titles
      "Maître Faure représente la défenderesse # Faure",
      "Buenas tardes Lic. Díaz, le escribo # Díaz",
      "vine și doamna Munteanu la ședință # Munteanu",
      "آقای موسوی قول داد پمپ را تعمیر کند # موسوی",
      "Jina: Rehema Mwangi, nambari ya kitambulisho # Rehema Mwangi",         // Swahili's "name" label, also a given name
      "Nama: Azlan bin Abdullah, no. telefon # Azlan bin Abdullah",
  })
  void findsNamesByTheirParts(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** What follows a word can say it is someone: "… here", "can X please", "X is my surname", "Surname, First". */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "hey its thomas here, text me at +61215719155#thomas",
      "hi support, jake here 👋 my acct email changed#jake",
      "domenico segebahn-budig here, new number is +4915615097483#domenico segebahn-budig",
      "can timothy please confirm the shipping?#timothy",
      "Can Max please confirm the shipping?#Max",
      "I'm Sophie, Doesburg is my surname.#Sophie; Doesburg",
      "Campbell, Jessica\\n423 Le Skyway Suite 075#Campbell, Jessica",
      "Name: Castillo, Andrea M.\\nCA DL: M5442971#Castillo, Andrea M",
      "Format as a table:\\nHarris, Dwight — 644-23-4399 — 1984#Harris, Dwight",
      "canvassing\\n1. 112 Birch Ave — Weiss, Hannah — no#Weiss, Hannah",             // a list entry's field after a dash
      "pickups:\\n07:10 Gupta, Anjali — 88 Lakeshore Rd E#Gupta, Anjali",              // after the time that opens the line
      "2. ABERNATHY, Rose — (201) 505-1548#ABERNATHY, Rose",                           // a register's surname in capitals
      "poll workers:\\nPereyra, Marta Inés — DNI 27.443.908#Pereyra, Marta Inés",       // a second given name
      "the multisig needs 2 of 3 — Hamid, Yara and me#Hamid; Yara",                    // after a dash in prose: given names listed
      "Ekipa: Marek, Wojtek.#Marek; Wojtek",                                            // a surname that is a given name must fill its field
      "To: O'Brien, Siobhán\\nSubject: RE: shipment#O'Brien, Siobhán",
      "Ins. claim 7781203 — caller Jiménez, Carlos (policyholder)#Jiménez, Carlos",   // after a role, in notes
      "Pt Oyelaran, Maria — BP 142/91#Oyelaran, Maria",                             // an unlisted surname after a role
      "the client Wong, Mary called twice#Wong, Mary",
      "call tyler at (516) 734-2544#tyler",
      "Pls tell Mark to mark the ticket as resolved#Mark",
      "Ask Will if he can cover my shift on Saturday#Will",
      "my bf kathy has my card lol#kathy",
      "Hey, remind me to call Aunt Carol at 5#Carol",
      "Dear Madame Perrot, your order shipped#Perrot",
      "Underwriting: non-smoker. Agent R. Delacroix.#R. Delacroix",      // an initial that chat writes for a word
      "Dr. A. Khan will see you now#A. Khan",
      "leave a voicemail for doctor vera i need to move my appointment#vera", // "doctor" and "attorney" as titles
      "hi this is doctor chen's office calling#chen",
      "Dear Attorney Sorensen, we represent the estate#Sorensen",
      "hey its bill here. quick q#bill",
      "yo its irina again, the essay#irina",
      "my sister jade just got engaged!!#jade",
      "¿cómo le digo a mi jefa Victoria que necesito el viernes libre?#Victoria",
      "scrivi un messaggio di auguri per mia nonna diana#diana",
      "hey its dami!! new number, save it#dami",
      "pls cancel my subscription, I already tried 4 times in the app. Pat#Pat",
      "honestly Penny is the only one in that office who knows#Penny",
      "if Autumn calls, tell her i'm in a meeting#Autumn",
      "chiama giuliano sul cellulare#giuliano",
      "remind me to pay andrea back forty dollars tomorrow#andrea",
      "read my last message from ngozi#ngozi",
      "ok my name is said ali#said ali",                                  // a name that is a verb of speech where one says it
      "Ticket 27269 opened by tran bao ngoc — callback#tran bao ngoc",    // who acted on a record
      "standup notes taken by kelechi#kelechi",
      "can u help me write a text to jade, she lent me money#jade",       // whom a message is for
      "ayúdame a escribir un mensaje para enrique, cumple 40#enrique",
      "envoie un message à arthur je serai en retard#arthur",
      "write a birthday poem for Bill, he's turning 60#Bill",
      "bel elise even op het werk#elise",
      "Meet me at the station at 7pm. - brent#brent",                   // a hyphen after the last sentence signs it
      "does caroline still live at the old flat?#caroline",            // the subject of a question
      "is sarah coming tonight#sarah",
      "pls dont give my number out again, rashid 🙄#rashid",            // addressed at the end
      "send ss of ur ticket pls bilal#bilal",
      "hbd zara!!! love u#zara",
      "dsl léa 😩 on se voit demain?#léa",
      "Miete bitte ab Juli überweisen, Familie Huber#Huber",
      "@Jo @Priyanka standup moved to 10:30#Jo; Priyanka",               // mentioned as chat apps do
      "@小林 生产环境的配置泄露了#小林",                                      // a listed name of a script without case
      "Привет, Саша! Скинь, пожалуйста, номер#Саша",                    // greetings in Cyrillic and Arabic script
      "مرحبا أحمد، رقمي الجديد#أحمد",
      "ya Youssef wenak? Omar bye2ool enak msafer bokra#Youssef; Omar",  // Arabic chat writes digits for letters
      "Attendees: Daisy, Marcus#Daisy; Marcus",                          // a list after a role label
      "Mi celular es 555. Atte., Tomás Vargas#Tomás Vargas",              // Spanish letters' "Atte." signs off
      "Dane do umowy najmu: Jakub Wójcik, PESEL#Jakub Wójcik",            // Polish "data", no Dane
      "bro ayu, si yusuf nanya kapan latihan?#ayu; yusuf",               // Indonesian "asks" ends the name
      "الرقم القومي للسيدة آمنة الحسن، العنوان#آمنة الحسن",              // an Arab family name with its article
      "'Reporte: visitamos a Rocío Castillo. Dirección: Diagonal 68, Casa 12, Medellín. La líder Guadalupe pide más.'#Rocío Castillo; Guadalupe",
  })
  void findsNamesByWhatFollowsThem(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected.split("; ")));
  }

  /** Chinese, Japanese and Korean names, unlisted, in the frame that marks them: a label, an honorific, "I am". */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "氏名：村上聡太郎\u3000個人番号：7289#村上聡太郎",
      "こんにちは、前田 篤司です。履歴書の書き方#前田 篤司",
      "同僚の井上さんに送別会の案内を#井上",
      "田中さんによろしく#田中",
      "「松本様\u3000いつもお世話になっております。」#松本",
      "鈴木 治さんへのお礼のメール#鈴木 治",
      "你好，我叫龙桂香，请帮我写一封求职信#龙桂香",
      "姓名 李亮，身份证号码#李亮",
      "안녕하세요, 김민준입니다. 환불 요청드립니다.#김민준",
      "저는 이옥자입니다#이옥자",
      "お世話になっております。田中 優希と申します。注文番号#田中 優希",
      "伊藤です。電話番号は03-6193-9020です。#伊藤",
      "想把周四和王医生的预约改到下周一#王",                                  // a surname before "doctor" and "master"
      "您的司机张师傅已到达上车点#张",
      "教务处通知：赵磊同学的护照号已登记#赵磊",                                // "fellow student", "brother"
      "日曜日の礼拝です。鈴木牧師がお話しします。#鈴木",                       // "pastor"
      "주일 예배입니다. 정하은 목사님이 설교하십니다.#정하은",
      "周六篮球赛名单：黄婷婷、王伟、赵磊。下午集合。#黄婷婷; 王伟; 赵磊",          // a list's names after its label
      "토요일 축구 명단: 이서연, 김민준, 박도윤. 오후 집합.#이서연; 김민준; 박도윤",
      "이름 김상훈, 주민등록번호#김상훈",
      "客服记录：客户 张伟，身份证号#张伟",
      "배송지: 서울 수령인 김지현 연락처#김지현",
      "박지영 님, 안녕하세요.#박지영",                                    // a listed surname before a polite word
      "陈静您好，附件是合同#陈静",
      "'받는 사람: 김지훈\n주소: 서울특별시'#김지훈",                      // "recipient:" on a parcel form
      "'감사합니다.\n최수진 드림'#최수진",                                  // "from", signing a letter
      "如有问题请联系李老师 188 0708 1124。#李",                          // a listed surname before "teacher"
      "前台通知：刘先生，您的快递已到#刘",
      "您好，我是陈静，预订了下周三#陈静",                                  // "I am", a listed surname first
      "我姓郭，电话请发短信#郭",                                            // "my surname is"
      "名前は小林 拓也、電話は後で#小林 拓也",
      "さくらちゃんは土曜10時です#さくら",                                  // a listed given name before ちゃん
      "예린님 게시물 보고 연락드려요!#예린",
      "남궁민 대표님, 디자인 시안#남궁민",                                  // a role before 님
      "'いつもお世話になっております。\n山本 由美'#山本 由美",               // a letter's signature on the last line
      "'いつもお世話になっております。\n山本 由美　\n'#山本 由美",          // and before trailing spaces and a last line break
      "刘军，你跟杨晓燕说一下，明天排练#刘军; 杨晓燕",                        // addressed at the start, and the one to tell
      "香港：寄件人欧阳子轩，電話#欧阳子轩",                                  // "sender"
      "车辆被追尾，对方司机孙欣怡，电话#孙欣怡",                              // the other party's driver
      "보내는 분 성함: 정민서#정민서",                                        // the polite "name" after "sender"
      "임대차 계약서 담당자 정혜진#정혜진",                                    // "person in charge", a listed surname first
      "旅游保险：被保险人郭静怡，身份证#郭静怡",                                // the insured, the one reporting, a team's captain
      "举报人：孙晓燕，电话#孙晓燕",
      "队长周子轩已确认。#周子轩",                                            // 已 closes the name
      "族谱：曾祖父何振邦，1895年生。曾祖母梁氏。#何振邦; 梁氏",                  // forebears and uncles
      "我舅舅林国栋在旧金山#林国栋",
      "客户王芳的订单#王芳",                                                  // the shortest name before 的
      "피보험자 윤서진, 주민등록번호#윤서진",                                   // Korean roles and kin before a name
      "신청인: 한지민, 주민등록번호#한지민",                                      // the applicant of a form
      "족보: 고조할아버지 이병수?#이병수",
      "회비는 최은비 자매에게 전달해 주세요.#최은비",                            // and after it, without 님
      "이병순 할아버지는 1880년에 태어나셨다.#이병순",
      "민준이가 내일 서연이랑 헬스장 간대.#민준; 서연",                         // a listed given name with the suffix 이 and a particle
      "주장은 동현이, 골키퍼는 누구?#동현",
      "민준아, 밥 먹었어? 지우야!#민준; 지우",                                   // the vocative
      "明日の撮影は高橋監督が来ます。#高橋",                                     // a Japanese surname before a title of rank or office
      "佐藤部長と鈴木選手#佐藤; 鈴木",
      "主日崇拜后有聚餐，请联系陈传道，电话#陈",                                 // the church's preacher
      "入住登记：家属李娜，手机138 7173 1038#李娜",                              // the next of kin, the rider, the one reporting, the importer
      "订单：骑手张伟。订单号#张伟",
      "押运员是周雪梅，联系电话#周雪梅",
      "报警人陈芳，回拨2183 2041，带队杨丽华#陈芳; 杨丽华",
      "세관 통관: 수입자 이하은, 여권번호#이하은",
      "緊急連絡先 伊藤 健太 +81 3-1281-8098#伊藤 健太",                          // the emergency contact of Japanese forms
      "乐谱在周娜那里，电话#周娜",                                               // at whose place a thing is: a listed surname and given name
      "排练改到周四。谢谢！陈芳#陈芳",                                           // who signs after thanks at the end
      "お世話になっております。田中です。便が欠航になりました。#田中",               // a listed name before です that opens a sentence or clause
      "はい、佐藤です#佐藤",
      "家系図：曾祖父の松本源太郎は明治25年生まれ。#松本源太郎",                   // kin, の, then a listed or full name
      "叔母の恵子はハワイ在住で#恵子",
      "上司の田中が来た。#田中",
      "賞金：木村拓也のETHアドレス#木村拓也",                                   // a listed surname and a listed given name, run together
      "中村健太が来ました#中村健太",
      "詐欺報告：「マイケル」という人物がビットコインを#マイケル",                 // a quoted name before "called" and a person
      "「ケン」と名乗る男から電話#ケン",
      "'제임스'라는 사람이 테더를 보내라고 함#제임스",
  })
  void findsChineseJapaneseAndKoreanNamesByTheirFrame(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\u3000", "\u3000")), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Sort this guest list:\\nWatanabe Hiroshi (vegetarian)#Watanabe Hiroshi",   // the surname first
      "Tack Åsa, vi ses på fredag!#Åsa",                                           // thanks in Swedish
  })
  void findsSurnameFirstNamesAndNamesThankedInOtherLanguages(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected));
  }

  /** A pasted table whose header names a column as a name: its cells are names, listed or not. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Import fails:\\nfirst_name\\tlast_name\\temail\\nBabajide\\tBakare\\tb.bakare@yahoo.com#Babajide; Bakare",
      "merge these:\\nfirst_name,last_name,email,city\\nYoussef,Nasser,y.nasser@yahoo.com,Lyon#Youssef; Nasser",
      "| Name | Phone | Email |\\n|---|---|---|\\n| Matheus Cavalcante | 1156003330 | m@gmail.com |#Matheus Cavalcante",
      // a quoted cell holds the delimiter; street is a field of people
      "row 2 fails:\\nid,name,email,street\\n1000,池田 拓真,t@yahoo.co.jp,\"67/75, Prabhakar Ganj\"#池田 拓真",
      // a column of identity numbers is a field of people
      "nombre\\tapellidos\\tdni\\nLucía\\tMartín Sanz\\t51873022K#Lucía; Martín Sanz",
      "full_name,passport_no,nationality\\nIrina Volkova,72 1934856,RU#Irina Volkova",
      // fields that no list knows, named as code names them
      "employee_id,full_name,phone,pay_rate\\nE81876,zorbek quillfeather,n/a,19.76#zorbek quillfeather",
      // the halves of a name as payroll exports head them
      "emp_id,first,last,ssn,gross\\n334,Art,Davis,685-40-6594,2039.93#Art; Davis",
      // a SQL dump's insert names its columns
      "INSERT INTO `guests` (`id`, `full_name`, `email`) VALUES\\n(7,'zorbek quillfeather','z@q.io'),\\n(8,'Irina Volkova',NULL);"
          + "#zorbek quillfeather; Irina Volkova",
  })
  void findsNamesInTheNameColumnsOfPastedTables(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n").replace("\\t", "\t")), contains(expected.split("; ")));
  }

  /** A quoted key that calls its value a name, next to a key of another field of people. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "{\"customer\": {\"name\": \"清水 さゆり\", \"email\": \"lisa@yahoo.co.jp\"}}#清水 さゆり",
      "{'customer_name': 'Babajide Bakare', 'phone': '+44 20 7946 0958'}#Babajide Bakare",
      // a chat export's profile: the handle in lower case repeats a word of the real name; a script without case
      "{\"user\": \"U0WSL\", \"user_profile\": {\"real_name\": \"Tolga Çetin\", \"display_name\": \"tolga\"}}#Tolga Çetin; tolga",
      "{\"user\": \"U0F50\", \"user_profile\": {\"real_name\": \"黄建国\", \"display_name\": \"建国\"}}#黄建国; 建国",
      // a word in lower case in another object repeats no name of its own
      "[{\"name\": \"Ivo Marr\", \"email\": \"i@x.io\"}, {\"display_name\": \"marr\"}]#Ivo Marr",
      // a log's "user" key holds a person's name where its words are capitalised
      "{\"level\":\"INFO\",\"user\":\"Verity Ironside\",\"email\":\"vironside@icloud.com\"}#Verity Ironside",
  })
  void findsNamesAsTheValuesOfNameKeys(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"name\": \"Billing Service\", \"replicas\": 3}",                       // no field of people
      "DATABASES = {'default': {'NAME': 'prod', 'USER': 'django', 'HOST': 'db'}}",  // a database's name
      // a handle in lower case that repeats no word of the name before it, or of another object's
      "{\"user\": \"U0B12\", \"user_profile\": {\"real_name\": \"deploy bot\", \"display_name\": \"jenkins\"}}",
      // a login, or one word, under a "user" key
      "{\"user\":\"vironside\",\"email\":\"vironside@icloud.com\"}",
      "{\"user\":\"Admin\",\"email\":\"ops@icloud.com\"}",
  })
  void takesNoValueOfANameKeyOutsideRecordsOfPeople(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A listed given name in lower case that opens a clause before "sent" or "is" in more languages is its subject. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "é normal. joana mandou um beijo#joana",
      "301 00 Plzeň? lucie je doma po 10:00.#lucie",
      "ya está. pablo envió las fotos#pablo",
  })
  void findsASubjectInLowerCaseBeforeWhatPeopleDo(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "el paquete mandó ayer",        // no listed given name
      "esto je lo que hay",           // not after a given name
      "la grace je mooi",             // an everyday word
  })
  void takesNoOtherWordBeforeSentOrIsForASubject(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** The customer of a shop's note in German, Finnish and more: a role before the name, no part of it. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Hei,\\nAsiakas Jukka (041 081260) jätti Bromptonin#Jukka",
      "das hat geholfen.\\nKunde anna (01576 4564656) hat ein Brompton#anna",
  })
  void findsTheCustomerAfterTheWordForCustomer(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Der Kunde ist König.", "Kunde wartet seit 10 Minuten"})
  void takesNoWordForCustomerForAName(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Greetings as chat stretches them, Brazilian "fala", and the Scandinavian "hug" that signs a letter. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Holaa josé!! Todavía no me ha contestado#josé",
      "Fala guilherme! O elevador quebrou de novo#guilherme",
      "storstädning av förrådet\\n Kram, Lars Jonsson#Lars Jonsson",
  })
  void findsTheOneGreetedOrSigningWithChatsWords(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ele fala inglês muito bem",                        // "speaks" before no name
      "mera number 98714 60352 hai, kal call karna",      // Hinglish "hai" (is) greets no one
      "ሰላም ለሁላችሁ፣ አበቦቹ ደርሰዋል",                           // Amharic "hello to you all"
  })
  void takesNoWordAfterAChatWordThatGreetsNoOne(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** The "a" of Spanish, Catalan, Portuguese, French and Italian marks the person a verb of reaching someone asks for. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "llama a francisco al +56 2 2146 6920 si llegan#francisco",
      "dile a josé que me llame#josé",
      "truca a paula si arriben els ranuncles#paula",
      "dis à lucas de me rappeler#lucas",
      "pede para inês me ligar no 283089518#inês",
      "Chiedi a Gio, lei sa il codice del portone#Gio",
  })
  void findsTheOneAVerbOfReachingMarksWithA(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "manda a la oficina el paquete",   // an article, no name
      "pregunta a soporte mañana",       // no listed name
      "dile a grace que venga",          // an everyday word in lower case
      "la llama a veces",                // "a veces" (at times)
  })
  void takesNoOtherObjectOfAVerbOfReachingForAName(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A name in lower case goes on over surnames and particles, not over another language's function word nor a particle that ends it. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "hola soy juan del valle#juan del valle",
      "my name is maria da silva#maria da silva",
      "hola ignacio al 613 22 61 42 si arriben#ignacio",       // Spanish "al" (to the), also a particle
      "hola lucas de me rappeler#lucas",                      // a particle before a pronoun ends no name
  })
  void endsANameInLowerCaseBeforeAFunctionWord(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** Chat signs in lower case: a listed given name as the message's last word, after a hyphen, a tilde, a sentence or on its own line. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "homework shared folder mein hai - kavita#kavita",
      "needs a deep clean before the next boarder.\\n~ahmed#ahmed",
      "between whole blood donations. ✅ ~rowena#rowena",
      "aparcar es imposible, venid con tiempo.\\njosé#josé",
      "• miércoles 4:00 PM - inventario\\n\\n\\njosefa#josefa",
      "Cualquier cosa me dices. francisco#francisco",
      "A gente resolve. Bjs, Lipe#Lipe",                  // Portuguese "bjs" (kisses) signs
  })
  void findsAGivenNameThatSignsInLowerCase(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "i like blue - grace",                   // an everyday word
      "Subject: renewal\n\nSee attached.",   // more than the last word on the last line
      "hasta luego - mañana",                  // no given name
      "joana mandou um beijo\nPlano da semana", // a kiss sent is no sign-off
  })
  void takesNoOtherLastWordForASignature(String text) {
    assertThat(Found.by(detector, text), not(hasItem("grace")));
    assertThat(Found.by(detector, text), not(hasItem("See")));
    assertThat(Found.by(detector, text), not(hasItem("Plano")));
    assertThat(Found.by(detector, text), not(hasItem("mañana")));
  }

  /** Before a clock time, a day or a year, a day's or month's name that lists hold as a name is a date. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Plan:\n- Montag 7:15 - Einweisung neue Ehrenamtliche\n- Freitag 16:50 - Teamrunde",
      "Orden del día:\n- domingo 16:45 - entrega del mayorista",
      "Jadual:\n- Khamis 8:00 - cuci stor",
      "Form W-9 (Rev. March 2024)",
      "Date:   Sun Mar 31 19:13:26 2024 +0900",
  })
  void takesNoDayOrMonthBeforeADateForAName(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Domingo Pérez llega a las 9#Domingo Pérez",      // a surname, no number, follows
      "bel Jan 06 12 34 56 78 even#Jan",                 // a phone number is no day
  })
  void keepsANameThatIsADayBeforeNoDate(String text, String expected) {
    assertThat(Found.by(detector, text), hasItem(expected));
  }

  /** A commit log's author and trailers name people, in scripts without case and in capitals with a listed word. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "commit 5031ae3\\nAuthor: 木村 隆 <tanaka.misaki@example.dev>\\nDate:   Tue Jan 7 10:00:00 2025#木村 隆",
      "    fix retries\\n\\n    Signed-off-by: 조지훈\\n\\n    Co-authored-by: 장지은 <park@example.com>#조지훈; 장지은",
      "    Reviewed-by: Xu Ming#Xu Ming",
  })
  void findsThePeopleOfACommitLog(String text, String expected) {
    List<String> found = Found.by(detector, text.replace("\\n", "\n"));
    for (String name : expected.split("; ")) {
      assertThat(found, hasItem(name)); // a listed word of a name in capitals is also found alone, and the longer span wins
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Signed-off-by: dependabot[bot]",                 // a bot's login
      "Reviewed-by: Platform Infra",                    // capitalised words no list holds
      "the author: 木村 did not sign",                   // the label opens no line
      "    Tested-by: CI 2025 build",                   // digits
  })
  void takesNoOtherValueOfACommitLogsLabels(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A name asked for, given as the whole next turn: in lower case, or unlisted in capitals. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Bot: What's your name?/User: angela/Bot: Nice to meet you!#angela",
      "Agent: Name as it appears on the card?/Customer: JUN-JUN MACARAEG/Agent: The charge went through.#JUN-JUN MACARAEG",
      "Agent: Could you confirm your full name first?\\nCustomer: rebecca cannon.\\nAgent: Thanks#rebecca cannon",
  })
  void findsANameGivenAsTheAnswerToAQuestionForIt(String text, String expected) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "What's the name of the product?/User: Galaxy S21",  // digits
      "Which name?/User: Google",                          // one capitalised word no list holds
      "What name should I use?/User: why do you ask",      // function words
      "What's your name? angela",                          // no new turn
      "What's your name?\nangela, and yours?",            // more than a name in the turn
      "I'm sorry to see you go. Can you confirm the email?",
      "happy birthday!! have the best day",
      "Atendente: Olá! Como posso ajudar?",              // a greeting's "!", then a sentence
      "i like blue - Rose",                              // a hyphen with no sentence ended before it
      "did grant call",                                  // an everyday word
      "is summer coming soon",
      "iOS 17.4.1 battery drain, fix?",                  // a question, not someone addressed
      "meet me at the station at 5, שלום",               // a greeting at the end, in a script without case
      "please ship it by monday, Purchasing",            // a department, unlisted
      "@here @channel deploy is done, mail dana@example.com",  // no names mentioned
      "ping @john_doe about it",                         // a handle
      "Conseiller : Bonjour ! Pouvez-vous me donner votre nom ?",
  })
  void takesNoAnswerThatIsNotAName(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Full Name | Zhou Xin\nEmail | hlei@hotmail.es\nSSN | 824 02 1247",   // a form of rows: its first cells are labels
      "sku,name,price\nA-1,USB cable,4.99",                                  // "name" of a product, and no field of people
      "INSERT INTO products (sku, name, price) VALUES ('A-1', 'USB cable', 4.99);",
  })
  void takesNoCellsOfTablesThatAreNotOfPeople(String text) {
    assertThat(Found.by(detector, text), not(hasItem("Email")));
    assertThat(Found.by(detector, text), not(hasItem("USB cable")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "お客様各位、皆様へのお知らせです",        // one Han char before the honorific: customers, everyone
      "我叫王伟我的订单还没到",                  // no break after the name: where it ends is unknown
      "환불 요청입니다",                          // "it is a refund request": no introduction
      "学生です。よろしくお願いします",            // "I am a student": no listed name before です
      "고객센터 드림",                            // "from the help desk": no listed surname opens it
      "담당자 변경 요청드립니다",                  // "a change of the person in charge": no listed surname
      "보내는 분 성함:",                           // labels alone: the polite "name" is no sender's name
      "我是学生，请问一下",                       // "I am a student": no listed surname
      "お兄ちゃんと赤ちゃん",                     // "big brother", "baby": no listed given name
      "선생님 안녕하세요",                         // "teacher": no name before 님
      "أنا سعيد جدا",                            // "I am very happy": no listed name
      "אני לא יודע",                             // "I don't know"
      "مرحبا بالجميع، اليوم الاجتماع",          // "hello everyone,"
      "هلا والله، وش الأخبار",                  // "hi, by God,"
      "שלום שלום",
      "名单：学生、老师。",                        // a list of roles: no listed surname opens them
      "大家，明天排练",                            // "everyone,": no listed surname opens it
      "你跟他们说一下",                            // "tell them": no listed surname
      "Biko kpọọ m ozugbo",                         // Igbo "please"
      "한국인 선수가 우승했다. 외국인 선수도.",          // a nationality before "player", no name
      "奶奶和爷爷在家。",                            // "and grandpa" after "grandma": 和 is no surname there
      "钥匙在门卫那里",                              // "with the doorman": 门 is a surname, 卫 no listed given name
      "谢谢！我们明天见",                            // thanks, then no name at the end
      "骑手已到达",                                  // "the rider has arrived"
      "客户的订单已发货",                            // "the customer's order"
      "보람이 있는 일이다. 정수를 입력하세요.",          // words that name lists hold, before their own particle
      "고양이한테 밥 줘. 서현역에서 만나요",              // a noun ending in 이 before a particle; a name inside a longer word
      "映画監督になりたい。野球部監督の話。",              // a title after a word that is no surname, or inside a longer word
      "了解しました。以上です。明日です。",                // words before です that no name list holds
      "父の仕事は大変。父の田中商店は古い。",              // after kin and の, a word or a shop's name, not a person's
      "店は石川県金沢市にあります。",                      // a surname before a word of places, no given name
      "「新機能」という言葉と「ポケモン」という人気ゲーム",   // "called", but a word and a game, no person
      "@客服 请回复",                                    // a mentioned role, no listed name
  })
  void findsNoCjkNameWithoutAClearFrame(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "we'll join the call June was rainy",     // "the call" is a noun, not a verb of reaching June
      "i'm tired June was rainy",               // a month that is also a name, doing what months do
      "we moved in June is that ok",
      "usko call kar lena",                     // Hindi "kar", though a name list holds "Kar"
      "the weather here is fine",
      "can you please check",
  })
  void ignoresWhatOnlyLooksNamedByWhatFollows(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "under the airline's conditions and DOT rules you're entitled to a refund",
      "Customer: Acme Logistics, invoice 4471",                         // a role a firm holds: no listed first name
      "Contact: Support Desk",
      "Error: file not found\nNote: bring the charger\nSummary: all good",
      "PLEASE CALL ME ASAP, THE API KEY IS WRONG",
      "the office line is busy",
      "Hope you're well, the invoice is attached",                      // a wish before "you", no one spoken to
      "Thanks! See you on Friday.",
      "Will you come tomorrow?",
      "I asked for May off",                                             // a month after "ask for"
      "ask for help at the desk",
      "le docteur a dit que tout va bien",                              // a title with no name after it
      "ragazzi la sala ha chiuso",                                       // a family name after an article: a room, no subject
      "second floor can wait",
      "San Diego is sunny today",
      "Santa Monica pier at noon",
      "St. Patrick's Day parade",
      "we stayed at the Hilton downtown",
      "wire it to Nike Bank tomorrow",
      "Johnson & Johnson recalled a batch",
      "Prime Day starts July 16",
      "see you Sunday",
      "- lundi 9h15 - inventaire\n- mardi 14h30 - formation",              // days in other languages, some of them given names
      "- Jumat 17.45 - rapat tim\n- Minggu 15.40 - kiriman",
      "Παρασκευή 18:00 πρόβα",
      "Montag geht nicht, Mittwoch passt",
      "Ada orang tertinggal payung biru.",                              // function words of other languages that name lists hold:
      "Jos sataa, viedään kaikki sisälle.",                             // at a sentence's start, before a word in lower case
      "começamos uma hora depois",                                      // and in lower case before another listed word
      "Ho spostato la riunione nella sala grande",
      "[02/Jun/2024:14:22:07 +0000] GET /",
      "Dear Customer, your order has shipped",
      "Good morning Vietnam",
      "wallet: bc1qzy57lr2f82fgwky4nac9dkgcd0flu58cjwey8mp3tlj9vka5vl5sh5rwaz",
      "Date of birth: 1990-01-01",
      "Job offer attached",
      "Acme Support | help@acme.io",
      "Saturn and Jupiter line up tonight",
      "the road works on Ivy Avenue end Friday",
      "tickets for Atletico Madrid are sold out",
      "we stayed at the Regency Lotte downtown",
      "Warm regards,\nThe Client Success Team",
      "gracias, el pedido llegó",
      "Nom du fichier: rapport.pdf",                                    // a name label that labels no person
      "the E-San region in Thailand",
      "the build is green. - maybe later",
      "the usual user Grant rights apply",
      "commit 8f43fb5\nDate:   Tue Mar 12 14:02:11 2024 +0100",           // a header line of git, not a speaker
      "Martin D-28 or Taylor 814ce for fingerstyle?",                      // makes and their models
      "Host: api.example.com\nConnection: keep-alive\nReferer: /home",   // headers, with no speaker that a name list holds
      "Kunde: Hallo\nMitarbeiter: Gerne\nKunde: Danke",                    // roles of a support chat
      "客服: 您好\n客户: 我的订单\n客服: 好的",
      "客服：您好\n客户：我的订单\n客服：好的",                               // and with the full-width colon
      "订单：4711\n地址：南京市\n备注：无\n地址：上海市",                       // a form's labels
      "Ευχαριστώ! Το κινητό σου είναι ακόμα",                               // thanks, then a new sentence
      "선생님 안녕하세요 고객님",                                               // polite words after titles, no surname first
      "老师您好",
      "مرحبا، اسمي وأحتاج مساعدة",                                             // "my name" before "and I need", "is"
      "मेरा नाम है",
      "ممنون، عالی بود",                                                       // "thanks, it was great": no name listed or closed
      "Cảm ơn bạn nhiều",
      "kasih tahu saya besok",
      "नमस्ते सभी जी, कल मिलते हैं",                                              // "hello all": no one by name
      "merci! c'est pas celui sur le routeur",                               // "c'est" with no greeting right before it
      "tu es où? je suis devant la gare",
      "(Vienna office) 01 5812 2201",                                        // capitals, states and languages
      "Manila hiring 3 devs",
      "best things to do in Washington DC with kids",
      "issued in Florida",
      "I am fluent in German and English",
      "Austin, Charlotte and Phoenix made the shortlist",                   // places, not "Surname, First"
      "caller Paris, Austin and Denver",                                      // places after a role, no surname first
      "is Ben & Jerry's owned by Unilever",                                  // firms named for their founders
      "Marks & Spencer opens at 9",
      "Ph.D. Molecular Biology, UC Berkeley",                                 // letters of abbreviations, no initials
      "Block 520 row K. Face value £189 each",
      "dr. appointment at 3",                                                 // everyday words after a title
      "the nurse said i should rest",                                         // a verb of speech after a title, though Said is a name
      "ask Mr. A to sign the form",                                            // a letter after a title, no initial of a name
      "Dr. I think so too",
      "the parcel was delivered by post",                                     // a means after a passive, no one who acted
      "the letter was signed by hand",
      "we met by chance",
      "the doctor prescribed antibiotics",                                    // "doctor" and "attorney" as nouns
      "power of attorney forms",
      "my sister said no",
      "Mensaje para el colegio: hoy no voy",                                  // no name after whom a message is for
      "send the card to Chase Bank today",
      "can we move the speech to June",
      "ms. word crashed again",
      "اسم الشركة: النور للتجارة",                                           // "the name of the firm", no listed name
      "السائق في الطريق إليك",                                               // "the driver", no name after
      "شارع الشيخ زايد، دبي",                                                // a street named after a sheikh
      "أرجو المراجعة. شكراً جزيلاً",                                          // the last words, but no given name opens them
  })
  void ignoresPlacesOrganisationsAndDates(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A day that labels a rota's line is no speaker, though Thu and Sun are given names; a chat's speaker named Jun is one. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Shifts:\\nWed: Onni\\nThu: Felix & Sem\\nSun: Clara#Thu",
      "Budget\\nMay: 400\\nJun: 380\\nJul: 410#Jun",
  })
  void takesNoDayOfARotaForASpeaker(String text, String day) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), not(hasItem(day)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wei: 我到了 where r u\\nJun: 2nd floor, by the window\\nWei: ok"})
  void takesASpeakerNamedAsAMonth(String text) {
    assertThat(Found.by(detector, text.replace("\\n", "\n")), hasItem("Jun"));
  }
}
