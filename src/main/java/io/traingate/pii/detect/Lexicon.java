package io.traingate.pii.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.datafaker.Faker;
import org.yaml.snakeyaml.Yaml;

/**
 * The word lists the context detectors share: first and last names of many cultures (from
 * Datafaker's locale files, read once), common English words, and the cue words of greetings,
 * titles, sign-offs, street types and identity documents. Immutable and shared by all threads.
 */
final class Lexicon {

  static final int FIRST_NAME = 1;
  static final int LAST_NAME = 1 << 1;
  static final int COMMON_WORD = 1 << 2;
  static final int GREETING = 1 << 3;
  static final int TITLE = 1 << 4;
  static final int RELATION = 1 << 5;
  static final int SIGNOFF = 1 << 6;
  static final int STREET_SUFFIX = 1 << 7;
  static final int STREET_PREFIX = 1 << 8;
  static final int UNIT = 1 << 9;
  static final int GOV_CUE = 1 << 10;
  static final int PLACE = 1 << 11;
  static final int NAME_PARTICLE = 1 << 12;
  static final int DIRECTION = 1 << 13;
  static final int REGION_CODE = 1 << 14;
  static final int FUNCTION_WORD = 1 << 15;
  static final int NAME_VERB = 1 << 16;
  /** Everyday words that are also common given names or surnames: Will, Rose, Grey. */
  static final int NAME_LIKE_WORD = 1 << 17;
  /** The words that {@link NameContext} reads before a name ("name", "is", "called", "i'm"). */
  static final int NAME_CONTEXT = 1 << 18;
  /**
   * The words of {@link PasswordAssignmentDetector#CREDENTIAL_WORDS} and {@link
   * PasswordAssignmentDetector#PASSWORD_WORDS}: the credential detector checks what follows them.
   */
  static final int CREDENTIAL_WORD = 1 << 19;

  /** Datafaker locale files whose name lists are loaded: many cultures and scripts. */
  private static final List<String> NAME_FILES = List.of(
      "en/name.yml", "en-US.yml", "en-GB.yml", "en-AU.yml", "en-CA.yml", "en-IE.yml", "en-IN.yml", "en-NG.yml",
      "en-PH.yml", "en-PK.yml", "en-UG.yml", "en-ZA.yml", "en-NZ.yml", "en-SG.yml", "de.yml", "de-AT.yml",
      "de-CH.yml", "fr.yml", "fr-CA.yml", "fr-CH.yml", "es.yml", "es-MX.yml", "es-AR.yml", "it.yml", "pt.yml",
      "pt-BR.yml", "nl.yml", "sv.yml", "nb-NO.yml", "da-DK.yml", "fi-FI.yml", "pl.yml", "cs.yml", "sk.yml",
      "hu.yml", "hr.yml", "tr.yml", "ru.yml", "uk.yml", "bg.yml", "el-GR.yml", "he.yml", "ar.yml", "fa.yml",
      "ta-IN.yml", "id.yml", "vi.yml", "ja.yml", "ko.yml", "zh-CN.yml", "zh-TW.yml", "ca.yml", "lv.yml",
      "hy.yml", "ka.yml", "sq.yml", "th.yml", "uz.yml", "be.yml", "mk.yml", "et.yml", "ro-MD.yml", "id-ID.yml", "en-NEP.yml",
      "en-PAK.yml", "en-MS.yml", "ta.yml");

  /** Locale files whose names are written in Cyrillic or Greek: their Latin spellings are added too. */
  private static final Map<String, Romanizer.Script> ROMANIZED = Map.of(
      "uk.yml", Romanizer.Script.UKRAINIAN, "ru.yml", Romanizer.Script.CYRILLIC, "bg.yml", Romanizer.Script.CYRILLIC,
      "be.yml", Romanizer.Script.CYRILLIC, "mk.yml", Romanizer.Script.CYRILLIC, "el-GR.yml", Romanizer.Script.GREEK);
  /** Locale files whose names sentences decline: their case forms are added too ("Тараса", "Алексею", "Νίκο", "Péternek", "Ewy"). */
  private static final Map<String, DeclinedNames.Language> DECLINED = Map.of(
      "ru.yml", DeclinedNames.Language.RUSSIAN, "uk.yml", DeclinedNames.Language.UKRAINIAN, "el-GR.yml", DeclinedNames.Language.GREEK,
      "hu.yml", DeclinedNames.Language.HUNGARIAN, "pl.yml", DeclinedNames.Language.POLISH);

  /**
   * The short forms by which Russian calls its commonest men's names, as chat and family talk write
   * them (Саша for Александр, Серёжа and Сережа for Сергей, Дима for Дмитрий, Лёша and Леша for
   * Алексей, Миша for Михаил, Паша for Павел), which the locale's list lacks; declined as its names are.
   */
  private static final String RUSSIAN_SHORT_NAMES = "Саша Серёжа Сережа Дима Лёша Леша Миша Паша";

  private static final String FUNCTION_WORDS =
      "i me my mine you your yours he him his she her hers it its we us our ours they them their theirs a an the"
          + " and or but nor if so then than to of in on at for from by with without about as into onto over under"
          + " is are was were be been being am do does did done have has had not no yes this that these those there"
          + " here what who whom whose which when where why how all any some every each both either neither one"
          + " everyone everybody anyone anybody someone somebody nobody everything something nothing guys folks"
          + " team again too also just please pls plz ok okay sure well good great fine sorry thanks thank"
          + " i'm im i've i'd i'll you're we're they're it's that's can could would should will may might must shall"
          + " very much many lot lots more most less least only even still already yet soon now today tonight"
          + " tomorrow yesterday ya y'all world gang friends people ladies gentlemen man dude bro guys all there"
          + " btw lol pls thx tho tbh imo fyi asap lmao haha rn u ur r yeah yep nope omg idk"
          // laughter, fillers and "guys" of the languages chat mixes in, after which a clause starts: "jajaja paula dice que",
          // "ragazzi elena ha perso le chiavi", "uh graham will send the deck"
          + " jaja jajaja jajajaja jeje kkk kkkk kkkkk rsrs uh uhm anyway ragazzi chicos gente pessoal leute"
          + " mi mio mia mein meine mon ma mes su tu il les der die das und et y e o mijn uw"
          // "I" in the languages chat mixes in, so "Hej! Jag heter Linnea" greets no "Jag"; "I am" ("Hola soy Gabriel")
          + " je ich ik jag jeg eu io saya aku soy sou sono"
          // Hindi postpositions and "is" of Hinglish chat: "bhai rohit ko bol do"
          + " ko ka ki hai"
          // and the verb that makes "call" a Hindi verb: "call kar lena", "call karna"
          + " kar karo karna karde kardo kariye karein karunga";

  /** First names that are also everyday English words: alone, without context, they are words. */
  private static final String AMBIGUOUS_NAMES =
      "will may grant mark bill rose frank jack max art hope joy faith summer april june august chase hunter"
          + " dawn eve grace iris lily penny ray rich rob sandy sue wade woody young drew gene miles pat sky river"
          + " autumn winter spring star amber ruby pearl crystal olive violet holly ivy heather daisy poppy rusty"
          + " buck cash colt stone guy jean don nick bob dick kit lane dale glen cliff carol robin jay page major"
          + " king hall long price white black brown green gray grey little love best sterling rich sunny honey"
          + " destiny harmony melody liberty justice trinity bliss happy lucky jewel precious angel baby dusty"
          + " storm rain misty brook cole reed wolf fox hawk bear tank ace chip sonny buddy sparky patience"
          + " prudence charity mercy constance unity serenity journey genesis echo haven harbor lake ocean"
          + " sage rowan ash aspen cedar hazel willow forest jade onyx raven blue red sly blessing comfort favour"
          // words of scripts without case that family-name lists hold: "beautiful", "said", "marble" in Hebrew,
          // "student" (طالب علم) and "knowledge" in Arabic and Urdu
          + " יפה אמר שיש طالب علم";

  private static final String GREETINGS =
      "hi hello hey heya hiya dear yo oye howdy greetings morning evening afternoon hallo hola bonjour salut ciao"
          + " ola olá merhaba namaste salam konnichiwa hej moin servus omg sry sorry ok okay lol bye night congrats"
          + " bday birthday welcome sup kumusta kamusta musta salaam assalamualaikum marhaba shalom privet hoi hei"
          + " moi ahoj czesc cześć szia selam jambo habari sawubona annyeong nihao buongiorno buenas bonsoir oi halo"
          + " hbd dsl désolé привет здравствуйте مرحبا"
          // the greetings and "dear" of letters in more languages and scripts: "Beste meneer …", "Αγαπητέ κύριε …", "प्रिय सुनीता"
          + " beste cher chère caro cara querido querida estimado estimada prezado prezada drogi droga"
          + " sayın sevgili уважаемый уважаемая дорогой дорогая шановний шановна привіт αγαπητέ αγαπητή γεια"
          + " أهلا عزيزي عزيزتي שלום प्रिय नमस्ते"
          // chat's "hi" in more scripts, and Arabic's spellings with their final mark: "היי משה", "مرحباً أحمد", "Chào anh Tuấn"
          + " היי هلا مرحباً أهلاً اهلا हाय हेलो नमस्कार হাই নমস্কার வணக்கம் καλημέρα καλησπέρα chào"
          // Amharic's and Persian's "hello" (peace), and the Arabic vocative "O", which calls someone by name ("يا طارق، قل لعمر")
          + " ሰላም يا سلام"
          // chat's "hi" and "dear" in French, Polish, Tagalog, Hausa, Igbo and Hungarian, and "bro": "coucou maxime", "siema łukasz", "Sannu Sani"
          + " coucou siema uy sannu ndewo kedves bro"
          // "hello" in Georgian and Lithuanian, and the Yoruba greetings of the day's parts: "გამარჯობა თამარ!", "Labas, Mantai!", "Ẹ káàsán Bọ́lá"
          + " გამარჯობა labas sveiki káàárọ̀ káàsán káalẹ́"
          // Brazilian "fala" (speak), and "hi", "hey", "hola" as chat stretches them: "Fala guilherme!", "Holaa josé!!" (not Malay
          // "hai", Hinglish's "is": "mera number … hai, kal call karna")
          + " fala hii hiii heyy heyyy holaa holaaa"
          // "hello" in Somali, Welsh, Serbian, Bulgarian, Ukrainian, Telugu, Gujarati, Punjabi (the last word of "sat sri akal"),
          // Irish ("dia dhuit"), Burmese, and Finnish "greetings to": "Salaan Xaliimo!", "Здравей, Десислава!", "హాయ్ శ్రీనివాస్!"
          + " salaan helo здраво zdravo здравей здравейте вітаю హాయ్ నమస్కారం નમસ્તે ਅਕਾਲ dhuit မင်္ဂလာပါ terveisiä"
          // "hello" in Mongolian (after "сайн", the question's "уу"), Lao, Kannada, Malayalam, Telugu, Khmer, Sinhala, Kazakh,
          // Belarusian, Serbian, Maltese, Albanian and Irish: "Сайн уу Болд!", "ನಮಸ್ಕಾರ ಅನಿತಾ!", "Ћао Милице,", "Dia duit a Shiobhán!"
          + " уу ສະບາຍດີ ನಮಸ್ಕಾರ നമസ്കാരം నమస్తే សួស្តី ආයුබෝවන් сәлем прывітанне ћао ćao bongu përshëndetje tungjatjeta duit"
          // "hello" in Tajik, Uzbek, Kurdish, Bengali (the loanword), Odia and Armenian: "Салом Фарзона!", "Silav Rojda!", "ନମସ୍କାର ସୁଭଶ୍ରୀ,"
          + " салом salom silav হ্যালো ନମସ୍କାର բարև";

  private static final String SIGNOFFS =
      "thanks thank thx ty cheers regards best sincerely love xoxo cordially yours bye later cya gracias merci"
          + " danke obrigado obrigada grazie warmly respectfully tack takk tak kiitos bedankt dziękuję teşekkürler"
          // the thanks and regards that sign letters in more languages and scripts: "תודה, רון לוי", "Pozdrawiam, Kasia"
          + " saludos abrazos abraço abraços beijos groeten groet pozdrawiam pozdrav hälsningar hilsen"
          + " atenciosamente cordialement bisous makasih salamat спасибо дякую ευχαριστώ شكرا شكراً تحياتي التحية תודה בברכה धन्यवाद"
          // Spanish "atentamente" as letters shorten it: "Atte., Tomás Vargas"
          + " atte"
          // thanks in more languages and scripts, as chat signs with them: Persian, Urdu, Bengali, Tamil, Amharic, Thai (with its
          // polite particles glued on), Malay's "terima kasih", Vietnamese "cảm ơn", Catalan "fins aviat" (not Swahili "asante",
          // also a Ghanaian family name: "Kwame Asante"):
          // "ممنون، سارا", "ধন্যবাদ, মৌমিতা", "நன்றி, தேவி", "አመሰግናለሁ፣ ትግስት", "ขอบคุณค่ะ กิตติ", "Cảm ơn, Thảo"
          + " ممنون مرسی سپاس شکریہ ধন্যবাদ நன்றி አመሰግናለሁ ขอบคุณ ขอบคุณค่ะ ขอบคุณครับ kasih ơn aviat"
          // German chat's "liebe Grüße", "viele Grüße" and "mit freundlichen Grüßen", shortened: "ruf mich an … lg friedrich"
          + " lg vg mfg"
          // Portuguese "bjs" (beijos), as chat signs with it: "Bjs, Lipe"
          + " bjs bjo bjos"
          // Swedish and Norwegian "hug", which signs letters to friends: "Kram, Lars Jonsson"
          + " kram kramar klem";

  private static final String TITLES =
      "mr mrs ms miss mx dr prof professor sir madam mme mlle herr herrn frau sr sra srta señor señora doña sig signor mister"
          + " madame mademoiselle monsieur dhr mevr bayan familie famille familia"
          + " signora dott capt captain officer detective judge rev reverend coach nurse agent sgt lt col doctor attorney"
          // kin words that address someone as a title does, with no "my": "bhai rohit", "Auntie Rose", "seu João"
          + " auntie aunty aunt uncle grandma grandpa tita kuya bhai bhaiya didi seu dona"
          // Tagalog's "Mrs." and "Mr." for elders, Malay's "big brother": "Aling Nena", "Mang Tomas", "Abang Farid"
          + " aling mang abang"
          // the same in more languages and scripts: "Pak Budi", "pani Zofii", "пане Андрію", "السيد محمد", "κύριε Νικολάου"
          + " meneer mevrouw pak bu ibu bapak mas mbak encik puan tuan bwana bw bi pan pani pana panu paní pane"
          + " господин госпожа пан пані пане κύριε κύριος κυρία السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة श्री श्रीमती"
          // doctors and clergy, whom patients and congregations name so: "دکتر حسینی", "डॉ. मिश्रा", "ডাক্তার হাসান", "врач Кузнецов",
          // "bác sĩ Thảo", "Daktari Kiprono", "père Moreau", "Pfarrer Braun", "مولانا عمران"; not "pastor" nor "pasteur", which are
          // also family names ("kevin pastor"), nor "sheikh", whose streets are many ("شارع الشيخ زايد")
          + " دكتور دکتر ڈاکٹر डॉ डॉक्टर ডাক্তার ডা டாக்டர் ዶክተር врач врача доктор лікар лікаря γιατρό γιατρός sĩ daktari dókítà"
          + " dokter docteur mudr dra père padre pfarrer pásítọ̀ مولانا imam rabbi deacon deaconess"
          // those who made the pilgrimage: "Hacı Osman", "حاج اسماعیل"
          + " hacı haci hajji حاج"
          // the officers of a German club, before their names in its minutes: "Schriftführerin Lukas Weiß", "Kassenwart Henrike Dreßler"
          + " vorsitzender vorsitzende kassenwart kassenwartin schriftführer schriftführerin kassierer kassiererin"
          // lawyers and teachers, and "Mr" and "Mrs" in Romanian and Persian: "Maître Faure", "Lic. Díaz", "avv. Esposito",
          // "Juf Sanne", "doamna Munteanu", "آقای موسوی", "خانم کریمی", "للسيدة آمنة" (Arabic's "for" glued on)
          + " maître lic licenciado licenciada avv avvocato avvocata dottoressa juf doamna domnul doamnei domnului آقای خانم للسيدة للسيد"
          // clergy and the polite "Mr" and "Mrs" of Hebrew, Hindi and Amharic: "הרב שמואל", "पंडित रामप्रसाद", "አቶ ዮሴፍ", "ወይዘሮ አልማዝ"
          + " הרב הרבנית पंडित ወይዘሮ ወይዘሪት አቶ"
          // the Arabic kunyas, "father of" and "mother of", before a child's given name: "أبو يوسف", "أم خالد"
          // (PersonDetector takes them into the name)
          + " أبو ابو أم ام";

  private static final String RELATIONS =
      "friend bf gf hubby wifey wife husband boss"
          // the same in the languages chat mixes in: "mi jefa Victoria", "meri behen aishwarya", "mia nonna diana"
          + " jefa jefe hermano hermana tía tío abuela abuelo novia novio esposa esposo amigo amiga"
          + " chefe irmão irmã avó avô namorada namorado nonna nonno zio cugino cugina fratello sorella amica"
          + " behen bhabhi sœur frère tante oncle cousine copine copain schwester bruder onkel opa chefin freundin"
          + " manager colleague coworker co-worker son daughter brother sister mom mum mother"
          + " dad father cousin neighbor neighbour roommate flatmate partner girlfriend boyfriend fiance fiancé"
          + " fiancee fiancée uncle aunt grandma grandpa grandmother grandfather niece nephew teacher tutor doctor"
          + " dentist therapist landlord landlady lawyer attorney client patient student kid baby child bestie bff"
          + " buddy pal ex assistant supervisor tenant classmate teammate stepson stepdaughter nanny grandson"
          + " granddaughter host hostess guide driver owner recruiter interviewer mentor trainer babysitter"
          + " housemate caregiver realtor contact cleaner plumber electrician contractor pharmacist surgeon customer customers"
          + " user users member members subscriber subscribers guest guests shopper candidate colleagues"
          // in other languages, as chat mixes them in: "mi hermana Lucía", "meine Schwester Jana"
          + " behen chacha chachi mami nani dadi abuela abuelo tio tia tío tía hermano hermana primo prima"
          + " bruder schwester oma opa frère soeur tante oncle fratello sorella zio zia nonno nonna irmão irmã avó avô"
          + " amigo amiga"
          // parents and grandparents as family chats name them, in labels and before a name: "Mama: …", "Bunica Maria: …",
          // "Mutter Dorothea", "Babci Zosi", "Vó Cida", Zulu "Gogo", "Мама: …", "Бабуся: …"
          + " mama mamá papá mutter vater mutti vati annem babam anneannem babaanne bunica bunicul babcia babci babcią dziadek"
          + " vó vô mẹ bố lola lolo gogo mkhulu мама папа бабушка дедушка тато бабуся дідусь"
          // and in scripts without case: "মা: তানিয়া পৌঁছেছে?", "مامان: سارا رسید؟", "मम्मी: …", "אמא: …"
          + " মা বাবা আম্মু আব্বু مامان بابا ماما मम्मी पापा माँ अम्मी अब्बू אמא אבא"
          // the customer of agents' notes: "cliente Nieves Carrasco", "Nasabah Pak Budi", "العميل أحمد مصطفى"
          + " cliente clienta nasabah pelanggan mteja müşteri клиент клиентка клієнт العميل العميلة"
          // and in German, Dutch, Swedish, Finnish, Polish and Czech: "Kunde anna (01576 …)", "Asiakas Jukka (041 …)"
          + " kunde kundin klant kund asiakas klient klientka"
          // the driver or rider of ride-hailing messages: "كابتن عمر", "आपका ड्राइवर विकास", "คนขับ สุภาพร", "הנהג שלך איתי"
          // the crew that receipts and kitchens name before a given name: "Dockhand aisha.", "chef priya says", "Entregador thiago.",
          // "Instructor: Holly", "kurjeris Aistė Vasiliauskienė"
          + " chef dockhand courier instructor instructora instrutor instrutora entregador entregadora repartidor repartidora kurjeris"
          + " chauffeur kapitein كابتن کیپٹن راننده ड्राइवर ড্রাইভার রাইডার ஓட்டுநர் คนขับ ሹፌርዎ ሹፌር הנהג dereva rider"
          // kin, friends and roles in scripts without case, with "my" or "the" glued on: "ابني يوسف", "السائق يوسف", "אחי דניאל"
          + " ابني ابنتي بنتي أخي اخي أختي اختي زوجي زوجتي صديقي صديقتي جاري جارتي مديري مديرتي السائق المندوب الموظف الموظفة"
          + " המורה הנהג אחי אחותי בעלי אשתי חברי חברתי پسرم دخترم برادرم خواهرم همسرم دوستم"
          + " भाई बहन बेटा बेटी दोस्त पति पत्नी ভাই বোন ছেলে মেয়ে বন্ধু"
          // uncles, aunts, grandparents and spouses, as family news and family trees name them: "मेरे चाचा सुरेश",
          // "خالي سمير", "همسرش فاطمه", "אשתו רבקה", "አክስቴ አልማዝ", "তাঁর স্ত্রী আমেনা"; Arabic and Persian glue "my" or
          // "his" on, Amharic "my" (ቴ); not Hebrew "uncle" (דוד), which is also David, nor "grandpa" (סבא) of Kfar Saba
          + " चाचा चाची मामा मामी बुआ मौसी मौसा नाना नानी दादा दादी परदादा परदादी ससुर सास"
          + " খালা খালু মামা মামি চাচা চাচি ফুপু দাদি নানি স্ত্রী স্বামী প্রপিতামহ"
          + " خالي خالتي عمي عمتي جدي جدتي ابنه ابنته زوجته زوجها أخوه أخته"
          + " همسرش همسرم شوهرم شوهرش پدربزرگ مادربزرگ پدرم مادرم عمو عمه خاله دایی"
          + " چچا چچی ماموں ممانی خالہ پھوپھی بیوی شوہر"
          + " אשתו בעלה בנו בתו אחיו אחותו דודה"
          + " አክስቴ አጎቴ ባለቤቴ ሚስቴ ባሌ ወንድሜ እህቴ አያቴ ባለቤታቸው ባለቤቱ"
          + " மனைவி கணவர் தாத்தா பாட்டி மாமா அத்தை";

  /**
   * Everyday words that name lists hold as rare names, and that open sentences and form fields
   * ("Date:", "Job application", "Employee Tax ID"): without context they are words.
   */
  private static final String EVERYDAY_WORDS_IN_NAME_LISTS =
      "date job tax extra floor line edit take age fee loan due easter danish dot"
          // the Tagalog linker and the Swahili "and", which follow names in lower case ("si rowena na may practice");
          // "Li Na" is still one in capitals; Polish "data" (Dane do umowy), Igbo "please" (Biko kpọọ m)
          + " na dane biko";

  /** Months and days, also as people abbreviate them: "July", "[02/Jun/2024", "Sunday". */
  private static final String DATE_WORDS =
      "january february march april may june july august september october november december jan feb mar apr jun jul"
          + " aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu"
          + " thur thurs fri sat sun"
          // months in the languages of the name lists, which hold some of them ("Miete Juni")
          + " januar februar märz juni juli oktober dezember janvier février avril juin juillet août septembre"
          + " octobre décembre enero febrero junio septiembre octubre noviembre diciembre gennaio febbraio aprile"
          + " maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro"
          + " outubro novembro dezembro"
          // days that name lists hold as given names, though chat writes them as days far more ("lundi 9h15", "Παρασκευή 18:00")
          + " lundi mardi mercredi jeudi vendredi samedi dimanche lunedì martedì mercoledì giovedì venerdì domenica"
          + " δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή";
  /** Date words that name lists hold but that are not used as names ("see you Sunday"); April, June and May are. */
  private static final Set<String> NEVER_NAMES = Set.of(
      "january", "february", "july", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "juni", "juli", "juin", "juillet", "junio", "giugno", "junho", "julho");

  private static final String NAME_VERBS =
      "ask asked tell told met meet call called text texted email emailed ping pinged cc with from by thank"
          + " love miss saw see visit visited invite invited named introducing introduce contact message messaged"
          + " dm hug kiss married marry dating and pay paid remind chiama ruf bel llama"
          // the articles that Tagalog and Indonesian put before a person's name: "sabihan mo si rowena", "padala kay Jose Cruz"
          + " si kay";

  private static final String STREET_SUFFIXES =
      "street st avenue ave av road rd boulevard blvd lane ln drive dr court ct place pl square sq terrace ter"
          + " way parkway pkwy highway hwy circle cir crescent cres close grove gardens row mews hill walk trail"
          + " trl alley plaza pike loop path crossing xing heights view ridge expressway freeway route rte"
          + " esplanade quay wharf rise vale meadows point pt park parade"
          + " caddesi cad sokak sokağı sok sk bulvarı blv"
          // Russian street words written after the name: Невский пр., Тверская ул., Варшавское ш.
          + " пр ул ш"
          // street types of Britain, Australia and New Zealand beyond the USPS list
          + " alleyway amble anchorage basin bend brae broadway brow byway circuit circus colonnade copse courtyard"
          + " crossway cul-de-sac dell driveway fairway footway foreshore frontage glade grange gully highroad laneway"
          + " lookout meander nook parklands pathway promenade quadrant quays ramble ridgeway riverway roadway strand"
          + " tarn thoroughfare tollway tor villas walkway wynd"
          // the road along a shore, as Arab cities name it: Nile Corniche
          + " corniche"
          // the Hindi road and way, written after the name: गांधी मार्ग, एमजी रोड; the Tamil street and road: காந்தி தெரு, பெரியார் சாலை
          + " मार्ग रोड தெரு சாலை"
          // the Amharic road and avenue, written after the name: ቦሌ መንገድ, ቸርችል ጎዳና
          + " መንገድ ጎዳና"
          // the English street words that Hindi, Bengali and Urdu write in their own scripts after the name: पार्क स्ट्रीट,
          // রাসবিহারী অ্যাভিনিউ, মির্জা গালিব স্ট্রিট, ম্যাডক্স লেন, مال روڈ; and the Bengali road of Kolkata: শরৎ বোস সরণি
          + " स्ट्रीट एवेन्यू লেন স্ট্রিট অ্যাভিনিউ এভিনিউ সরণি روڈ";

  /** Street words written before the name: rue de la Paix, Calle Mayor, Via Roma, Rua Augusta. */
  private static final String STREET_PREFIXES =
      "rue avenue boulevard bd place allée allee chemin impasse quai cours route calle avenida av avda paseo"
          + " plaza camino carrera via viale piazza corso vicolo largo rua travessa alameda praça estrada rodovia"
          + " ulica ul rambla carrer passeig avinguda plaça carretera calzada callejón privada piazzale strada lungomare"
          + " jl jalan boul corniche"
          // the Belgian and French highway: Chaussée de Wavre
          + " chaussée"
          // Vietnamese: phố Huế, đường Trần Phú
          + " phố đường"
          // Peru's jirón, mostly cut: Jr. Larco
          + " jr jirón"
          + " pasaje pasadizo cañada glorieta ronda travesía urbanización prolongación circunvalación andador cerrada"
          + " retorno circuito periférico diagonal peatonal calleja bajada subida cuesta senda explanada escalinata vía"
          + " contrada rotonda borgo incrocio stretto canale salita traversa"
          + " praia viela marginal ladeira vereda trecho setor quadra servidão beco"
          + " voie montée sentier passage acceso gang lorong"
          // Russian and Ukrainian, mostly cut with a dot: ул. Ленина, вул. Хрещатик, просп. Свободи, пер., наб.
          + " ул улица вул вулиця просп проспект пр-т пер переулок пров провулок бульв бульвар наб набережная шоссе"
          // Arabic and Hebrew: شارع التحرير, רחוב דיזנגוף, שדרות רוטשילד; the Persian street, alley and boulevard: خیابان زند،
          // کوچه نسترن; the Swahili road: Barabara ya Bagamoyo
          + " شارع רחוב שדרות خیابان کوچه بلوار barabara"
          // Romanian, with the article joined: Calea Victoriei, Bulevardul Unirii, Șoseaua Kiseleff, Aleea Rozelor
          + " calea bulevardul șoseaua soseaua aleea splaiul intrarea piața"
          // the Yoruba street and road (14 Òpópónà Adéníran Ògúnsànyà, Ọ̀nà Awolowo), the Welsh road, way and street (Heol y
          // Nant, Ffordd yr Orsaf), and the Swahili street (Mtaa wa Uhuru)
          + " òpópónà ọ̀nà heol ffordd stryd mtaa"
          // the Yoruba road as chat types it, without its tone marks (Opopona Adeola Odeku), and the Galician street (Rúa do Vilar)
          + " opopona rúa";

  private static final String UNITS =
      "apt apartment suite ste unit flat fl floor room rm bldg building house plot office door apto dpto depto piso"
          + " andar sala bloco block blk lot studio villa int interno app appt daire lgh bus"
          // the staircase of a building, numbered or lettered: scala B, Stiege 2; Spanish office
          + " scala escalera stiege staircase oficina"
          // the tower of a condominium, numbered or lettered: Unit 5B, Tower 2; Torre B
          + " tower torre"
          // Romanian block, staircase and flat, cut with a dot: bl. A3, sc. 2, ap. 14
          + " bl sc ap"
          // the house in Hindi and Bengali: मकान नं. 42, বাড়ি ১২; and the Hindi lane, numbered within its colony as a house is: गली नं. 4
          + " मकान বাড়ি गली"
          // Russian and Ukrainian: кв. (flat), корп. (building), оф. (office)
          + " кв квартира корп корпус оф"
          // Arabic and Hebrew flats: شقة 904, דירה 5; the Arabic villa: فيلا 50
          + " شقة דירה فيلا"
          // the Hindi flat, the Urdu house and lane (مکان نمبر 281، گلی نمبر 21), the Bengali road numbered as Dhaka numbers
          // it (রোড নং 25), the Amharic house, also as "of the house" (ቤት ቁ. 628, የቤት ቁጥር 627), the Swahili house (Nyumba Na. 98)
          + " फ्लैट مکان گلی রোড ቤት የቤት nyumba"
          // the Hindi and Nepali house (घर नं. 365), the flat as Hindi, Bengali and Urdu also write it (फ़्लैट, ফ্ল্যাট 169, فلیٹ 12)
          + " घर फ़्लैट ফ্ল্যাট فلیٹ"
          // the numbered street of Pakistani sectors, as Urdu writes the English word: مکان 205، سٹریٹ 14
          + " سٹریٹ اسٹریٹ"
          // the Persian house number (plaque), flat and floor: پلاک 40، واحد 1، طبقه 2
          + " پلاک واحد طبقه"
          // the Romanian floor (et. 3) and the Spanish shop (local 5)
          + " et etaj local";

  /**
   * Identity documents and national ids; words that are also given names (Nik, Ine, Fin, Umid, Taj)
   * stay out. The CJK cues are {@link CjkIdCues#WORDS}.
   */
  private static final String GOV_CUES =
      "passport licence license dl id identification ni nin nino aadhaar aadhar pan sin nas dni nie nif cpf curp rfc"
          + " tfn bsn personnummer codice fiscale steuer-id steuernummer ausweis personalausweis medicare nhs"
          + " insurance voter cédula cedula rut tin itin permit"
          + " kimlik tckn pesel philsys sss gsis rg nss elector uidai nir insee burgerservicenummer"
          + " sécu sécurité"
          + " sofinummer ppsn pps steueridentifikationsnummer identifikationsnummer personalausweisnummer ausweisnummer"
          + " reisepass reisepassnummer passnummer führerschein führerscheinnummer nric hkid ktp cnic nicop mykad cnp"
          + " egn oib jmbg emšo emso personnr fødselsnummer cpr henkilötunnus hetu kennitala isikukood amka afm cuil"
          + " cuit dui ssnit passeport passaporto pasaporte passaporte paszport pasaport paspoort identidad identidade"
          + " identité identità d'identité d'identità rijbewijs körkort ehliyet permis licencia paspor паспорт dowód dowodu"
          // a cue and its abbreviated "number" joined by a hyphen are one token: "Personalausweis-Nr. L01X00T47"
          + " personalausweis-nr ausweis-nr reisepass-nr pass-nr führerschein-nr steuer-nr id-nr passport-no id-no"
          // Vietnam's citizen card and older identity card, Kenya's kitambulisho, India's आधार, the Hebrew and Arabic
          // "identity" (תעודת זהות, الهوية الوطنية), Ukraine's ID card, and Malaysia's IC and Egypt's NID (in capitals)
          + " cccd cmnd kitambulisho आधार תעודת זהות הזהות هوية الهوية id-картка id-карта ic nid"
          // the same in more languages and their cases: Czech "číslo občanského průkazu", Russian "номер паспорта" and
          // "водительское удостоверение", Thai "เลขบัตรประชาชน", German social insurance and tax ids, the Swiss AHV number,
          // Belgium's national register, Ontario's health card
          + " průkaz průkazu občanský občanského občanka občanky паспорта удостоверение удостоверения посвідчення"
          + " เลขบัตรประชาชน บัตรประชาชน versicherungsnummer sozialversicherungsnummer rentenversicherungsnummer"
          + " personalausweises ausweises steuer-identifikationsnummer ahv ahv-nummer ahv-nr rijksregisternummer"
          + " rijksregister insz ohip"
          // more countries and scripts: France's CNI, Denmark's CPR-nr., Czech and Slovak "rodné číslo", Hungarian id
          // card, passport and tax id, Polish "prawo jazdy", Nordic driving licences, Dutch and Belgian id cards, German
          // residence permits, Swedish coordination numbers, Russia's СНИЛС and ИНН, Bulgaria's ЕГН, the Greek identity
          // card, tax and social-security numbers and passport, and passports in Arabic, Hebrew and Persian
          + " cni cpr-nr cpr-nummer rodné rodného igazolvány igazolványszám útlevél útlevélszám adóazonosító jazdy"
          + " kørekort førerkort ajokortti identiteitskaart aufenthaltstitel samordningsnummer cf"
          + " снилс инн загранпаспорт загранпаспорта егн αδτ αφμ αμκα ταυτότητα ταυτότητας διαβατήριο διαβατηρίου"
          + " جواز الجواز דרכון הדרכון گذرنامه"
          // India's Aadhaar, PAN and passports in Devanagari, Bengali and Tamil, Bangladesh's national identity card
          // (পরিচয়পত্র, with য় as one char or as য and its nukta), Pakistan's identity card (شناختی کارڈ) and passport,
          // Iran's passport and identification; Iran's national code (کد ملی) GovIdDetector checks
          + " पैन पासपोर्ट আধার পাসপোর্ট পরিচয়পত্র পরিচ\u09dfপত্র ஆதார் பாஸ்போர்ட் شناختی پاسپورٹ پاسپورت شناسایی ملی"
          // more languages: the Swiss AVS number (the AHV of French and Italian), Dutch passport and driving licence numbers,
          // the Romanian identity card and passport, Ukraine's taxpayer number (РНОКПП, formerly ІПН), Thai, Swahili and
          // Amharic passports, Tanzania's NIDA number; Egypt's national number (الرقم القومي) and the Vietnamese passport
          // (hộ chiếu) GovIdDetector checks
          + " avs paspoortnummer rijbewijsnummer identitate pașaport paşaport рнокпп іпн หนังสือเดินทาง เลขหนังสือเดินทาง"
          + " pasipoti nida ፓስፖርት የፓስፖርት القومي chiếu"
          // Aadhaar in Telugu, the passport's in Czech and Finnish ("číslo pasu", "passin numero"), Nepal's citizenship
          // certificate (नागरिकता), and the Thai loanword for passport, alone and glued to "number" (เลขพาสปอร์ต)
          + " ఆధార్ pasu passin नागरिकता พาสปอร์ต เลขพาสปอร์ต"
          // Portugal's citizen card, the cartão de cidadão, which GovIdDetector checks; its CC is no cue here, as "cc" is mail's
          + " cidadão"
          // Igbo and Hausa passports; the Gulf's residence permit (iqama) and Ethiopia's Fayda number, which GovIdDetector checks
          + " paspọtụ fasfo الإقامة الاقامة إقامة اقامة ፋይዳ የፋይዳ fayda"
          // the second word of Belgium's "numéro national" and the second letter of Israel's ת"ז, which GovIdDetector checks
          + " national ז"
          // the cases of Ukraine's and Russia's ID card (номер ID-картки), the Zulu "the ID" and "of the ID" (i-ID, inombolo
          // ye-ID), Tamil identity (card) and passport, the Hindi licence, Hungarian "his/my identity card", the Finnish
          // passport number and Italy's driving licence (patente); Swedish "pass" and Czech "pas", which GovIdDetector checks
          + " id-картки id-карти id-карты id-карту i-id ye-id அடையாள கடவுச்சீட்டு लाइसेंस igazolványát igazolványa"
          + " igazolványom passinumero passinumeroni passinumerot patente pass pas"
          // the Georgian passport ("of the passport"), the Bulgarian identity card (лична карта), Lithuanian "personal"
          // (asmens kodas; not its "passport's", paso, which is Spanish "I pass" and El Paso), Hungary's "TAJ number"
          // (TAJ-szám, whose check digits GovIdDetector checks), and the Zulu "of the identity document" (inombolo kamazisi)
          + " პასპორტის პასპორტი лична asmens taj-szám kamazisi umazisi yomazisi"
          // Serbia's JMBG in Cyrillic, the Armenian passport (and "of the passport"), Georgia's "personal (number)", the
          // US alien registration number (A-number), and the Afrikaans ID number
          + " јмбг անձնագիր անձնագրի პირადი a-number id-nommer"
          // Australia's tax file number (after "tax", which GovIdDetector checks), Kazakhstan's ИИН (ЖСН in Kazakh), the
          // Sinhala identity card, the Moroccan "la carte" of the identity card, and possessive and definite forms of the
          // Finnish, Norwegian and Swedish personal numbers ("hetuni", "fødselsnummeret")
          + " file иин жсн හැඳුනුම්පත් හැඳුනුම්පත لاكارط hetuni henkilötunnukseni fødselsnummeret personnummeret personnumret"
          // Romania's codul numeric personal and the Lithuanian passport's number, paso numeris (by a word that
          // GovIdDetector checks, as "paso" is Spanish and "personal" English), the Philippines' UMID, the Czech rodné
          // číslo as RČ, the Nepali passport, Aadhaar in Kannada, Malayalam, Gujarati, Punjabi and Odia, and the Somali
          // "identification"
          + " codul numeris umid rč राहदानी ಆಧಾರ್ ആധാർ આધાર ਆਧਾਰ ଆଧାର aqoonsiga"
          // the JMBG in Macedonian and its "матичен број", Iceland's kennitala in its cases, Latvia's personas kods and
          // Sweden's pnr (by words that GovIdDetector checks, as "personas" is Spanish "people" and PNR an airline's
          // booking), Austria's SVNR, Kazakhstan's IIN in Latin letters, New Zealand's NHI and the iqama in Latin letters
          + " embg ембг матичен kennitölu kennitöluna kennitölunni kennitalan personas pnr svnr iin nhi iqama"
          // the German identity card as people call it
          + " perso";

  private static final String PARTICLES = "van von de der den da di du del della dela dos das le la al el bin binti bint bte ibn ben mac mc st ter ten"
      // the Arabic "son of" and "daughter of": "هشام بن علي"
      + " بن بنت ابن";

  /**
   * Compass points after a street, also in French and Spanish: "Boul. René-Lévesque O" (ouest); and
   * the halves of an Irish street: "Leeson Street Lower"; and written out in Spanish: "Calle 53 Este".
   */
  private static final String DIRECTIONS = "n s e w o ne nw se sw north south east west upper lower norte sur este oeste"
      // the middle part of a Hong Kong road: Queen's Road Central
      + " central";

  private static final String REGION_CODES =
      "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh"
          + " ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc on qc bc ab mb sk ns nb nl pe nt nu yt nsw vic qld tas act"
          // Brazil's states not above, after the city and a dash: "Salvador - BA, 40060-001"
          + " ac ap am ba ce df es go mg pb pr pi rj rn rs ro rr sp se to"
          // states written out, as voice transcripts have them: "knoxville tennessee 37919"
          + " alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois"
          + " indiana iowa kansas kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri"
          + " nebraska ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming"
          // and the states that are also names and places, or whose last word is: "raleigh north carolina 27628"
          + " georgia montana nevada virginia washington carolina dakota hampshire jersey mexico york";

  /** Places that are also first names: alone they are not redacted (pii.md: cities stay). */
  private static final String PLACES =
      "paris sydney austin dallas houston florence jackson phoenix orlando charlotte denver aurora madison chester"
          + " lincoln victoria adelaide alexandria regina santiago jordan chad georgia virginia carolina israel"
          + " india kenya asia africa america china london berlin york tokyo dakota montana nevada savannah"
          + " brooklyn memphis cleveland eugene troy salem camden aurora cairo sofia lima"
          // cities that are also surnames: "Real Madrid" is a club
          + " madrid lagos sevilla porto marseille hamburg bremen"
          // planets that are also names: "Mars and Venus are visible"
          + " mercury venus mars jupiter saturn neptune uranus pluto";

  /**
   * Everyday words (function words, common words, cue words), with all their flags: most words of
   * a chat are among them, and this small table stays in the CPU's caches where the full one,
   * mostly names, cannot.
   */
  private final WordTable everyday;
  /** The words of the full table, so that a word in neither table costs no probe of it. */
  private final WordFilter inAll;
  private final WordTable all;

  private Lexicon(Map<String, Integer> flagsByWord) {
    Map<String, Integer> flagsByFoldedWord = new HashMap<>(); // "Mark" the name and "mark" the word are one entry
    flagsByWord.forEach((word, flags) -> {
      if (word.chars().noneMatch(Character::isDigit)) { // Tokens looks no number up
        flagsByFoldedWord.merge(word.toLowerCase(Locale.ROOT), flags, (x, y) -> x | y);
      }
    });
    Map<String, Integer> everydayWords = new HashMap<>(flagsByFoldedWord);
    everydayWords.values().removeIf(flags -> (flags & ~(FIRST_NAME | LAST_NAME)) == 0);
    this.everyday = new WordTable(everydayWords);
    this.all = new WordTable(flagsByFoldedWord);
    this.inAll = new WordFilter(flagsByFoldedWord.keySet().stream().map(WordTable::hash).toList());
  }

  private static final class Holder {
    static final Lexicon INSTANCE = load();
  }

  /** The shared lexicon, loaded on first use. */
  static Lexicon get() {
    return Holder.INSTANCE;
  }

  /** The flags of a word given as text, such as part of a token, or 0. */
  int flags(CharSequence word) {
    return flags(WordTable.hash(word));
  }

  /**
   * The flags of a listed name written with the tone marks that the lists leave out: Yoruba and
   * Igbo mark tones with grave and acute accents and vowels with dots below ("Fúnmiláyọ̀" is the
   * listed Funmilayo, "Ṣẹ́gun" Segun). Two such marks and no other are asked, so that a
   * Vietnamese syllable (one tone mark, often a circumflex, breve or horn too: "vận", "thứ") or a
   * European word with one accent ("Bună", "Está") keeps its own identity. 0 unless the word
   * without its marks is a listed name.
   */
  int flagsWithoutToneMarks(CharSequence word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    long hash = WordTable.START;
    int marks = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c == GRAVE || c == ACUTE || c == DOT_BELOW) {
        marks++;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        return 0;
      } else {
        hash = WordTable.add(hash, c);
      }
    }
    int flags = marks >= 2 ? flags(WordTable.finish(hash)) : 0;
    return (flags & (FIRST_NAME | LAST_NAME)) != 0 ? flags : 0;
  }

  /**
   * The flags of a double family name that the lists hold as two: "Okafor-Lewis", "Adeyemi-Hughes".
   * 0 unless both parts are listed family names and nothing else ("Pike-Harrow" holds an everyday
   * word, "Baden-Württemberg" an unlisted one). Firms joined by a hyphen are often a given name
   * and a family name ("Sherwin-Williams", "Mercedes-Benz"), and so is a double given name
   * ("Sophie-Anne"): the lists cannot tell them apart, so neither is read as a name.
   */
  int flagsOfDoubleFamilyName(CharSequence word) {
    int hyphen = -1;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == '-') {
        if (hyphen >= 0) {
          return 0;
        }
        hyphen = i;
      }
    }
    if (hyphen < 2 || hyphen > word.length() - 3) {
      return 0;
    }
    int first = flags(word.subSequence(0, hyphen));
    int second = flags(word.subSequence(hyphen + 1, word.length()));
    if (!isOnlyName(first) || !isOnlyName(second)) {
      return 0;
    }
    return first & second & LAST_NAME;
  }

  private static boolean isOnlyName(int flags) {
    return flags != 0 && (flags & ~(FIRST_NAME | LAST_NAME)) == 0;
  }

  private static final char GRAVE = '\u0300';
  private static final char ACUTE = '\u0301';
  private static final char DOT_BELOW = '\u0323';

  /** The flags of the word with this {@link WordTable} hash, or 0. */
  int flags(long wordHash) {
    int flags = everyday.flags(wordHash); // every listed word has at least one flag
    return flags != 0 || !inAll.mightHold(wordHash) ? flags : all.flags(wordHash);
  }

  private static Lexicon load() {
    Map<String, Integer> flags = new HashMap<>();
    for (String file : NAME_FILES) {
      addNames(file, flags);
    }
    addRussianShortNames(flags);
    addNameList("first-names.txt", FIRST_NAME, flags);
    addNameList("last-names.txt", LAST_NAME, flags);
    addNameList("faker-first-names.txt", FIRST_NAME, flags);
    addNameList("faker-last-names.txt", LAST_NAME, flags);
    addCommonWords(flags);
    Object addresses = readYaml("en/address.yml");
    addYamlList(path(addresses, "faker", "address", "street_suffix"), STREET_SUFFIX, flags); // USPS suffixes
    addYamlList(path(addresses, "faker", "address", "state_abbr"), REGION_CODE, flags);
    addYamlList(path(addresses, "faker", "address", "country"), PLACE, flags);
    addYamlList(path(addresses, "faker", "address", "state"), PLACE, flags); // "Florida", "Georgia"
    Object countries = readYaml("en/country.yml");
    addYamlList(path(countries, "faker", "country", "name"), PLACE, flags);
    addYamlList(path(countries, "faker", "country", "capital"), PLACE, flags); // "Vienna office", "Manila hiring"
    Object nations = readYaml("en/nation.yml");
    addYamlList(path(nations, "faker", "nation", "capital_city"), PLACE, flags);
    // languages and nationalities are everyday words, though name lists hold some: "fluent in German", "English"
    addYamlList(path(nations, "faker", "nation", "language"), COMMON_WORD, flags);
    addYamlList(path(nations, "faker", "nation", "nationality"), COMMON_WORD, flags);
    addAll(FUNCTION_WORDS, FUNCTION_WORD, flags);
    addAll(AMBIGUOUS_NAMES, COMMON_WORD | NAME_LIKE_WORD, flags);
    addAll(DATE_WORDS, COMMON_WORD, flags);
    addCalendarWords(flags);
    addAll(EVERYDAY_WORDS_IN_NAME_LISTS, COMMON_WORD, flags);
    flags.replaceAll((word, wordFlags) -> NEVER_NAMES.contains(word.toLowerCase(Locale.ROOT)) ? wordFlags & ~(FIRST_NAME | LAST_NAME) : wordFlags);
    addAll(GREETINGS, GREETING, flags);
    addAll(SIGNOFFS, SIGNOFF, flags);
    addAll(TITLES, TITLE, flags);
    addAll(RELATIONS, RELATION, flags);
    addAll(NAME_VERBS, NAME_VERB, flags);
    addAll(NameContext.WORDS, NAME_CONTEXT, flags);
    addAll(STREET_SUFFIXES, STREET_SUFFIX, flags);
    addAll(STREET_PREFIXES, STREET_PREFIX, flags);
    addAll(UNITS, UNIT, flags);
    addAll(GOV_CUES, GOV_CUE, flags);
    addAll(CjkIdCues.WORDS, GOV_CUE, flags);
    addAll(PasswordAssignmentDetector.CREDENTIAL_WORDS, CREDENTIAL_WORD, flags);
    addAll(PasswordAssignmentDetector.PASSWORD_WORDS, CREDENTIAL_WORD, flags);
    addAll(PARTICLES, NAME_PARTICLE, flags);
    addAll(DIRECTIONS, DIRECTION, flags);
    addAll(REGION_CODES, REGION_CODE, flags);
    addAll(PLACES, PLACE, flags);
    return new Lexicon(flags);
  }

  /**
   * The days and months of every language the JDK knows (its CLDR data), as everyday words: "Jumat
   * 17.45", "Montag", "Selasa". Not those that name lists hold as given names ("Anna", "Julio",
   * "Domingo"): those stay names, as the few that chat writes more as days are in {@link #DATE_WORDS},
   * and before a time or a day are days ({@link CalendarWords#opensDate}). Nor the words of names of
   * several ("Mori ghwa ikenda", the ninth month in Taita): alone they mean other things ("month", "nine").
   */
  private static void addCalendarWords(Map<String, Integer> flags) {
    Set<String> givenNames = new HashSet<>();
    flags.forEach((word, wordFlags) -> {
      if ((wordFlags & FIRST_NAME) != 0) {
        givenNames.add(word.toLowerCase(Locale.ROOT));
      }
    });
    Set<String> calendarWords = CalendarWords.of(List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE));
    calendarWords.removeAll(givenNames);
    calendarWords.forEach(word -> flags.merge(word, COMMON_WORD, (a, b) -> a | b));
  }

  private static void addAll(String words, int flag, Map<String, Integer> flags) {
    for (String word : words.split(" ")) {
      flags.merge(word, flag, (a, b) -> a | b);
    }
  }

  private static void addRussianShortNames(Map<String, Integer> flags) {
    for (String name : RUSSIAN_SHORT_NAMES.split(" ")) {
      addWithCaseForms(name, FIRST_NAME, DeclinedNames.Language.RUSSIAN, false, flags);
    }
  }

  /** Adds the name with {@code flag}, and its case forms if its {@code language} declines names (null if not). */
  private static void addWithCaseForms(String name, int flag, DeclinedNames.Language language, boolean feminine, Map<String, Integer> flags) {
    flags.merge(name, flag, (a, b) -> a | b);
    if (language != null) {
      for (String form : DeclinedNames.of(name, language, flag == LAST_NAME, feminine)) {
        flags.merge(form, flag, (a, b) -> a | b);
      }
    }
  }

  /** The project's own supplement to Datafaker's lists (resources next to this package's data). */
  private static void addNameList(String resource, int flag, Map<String, Integer> flags) {
    try (InputStream in = Lexicon.class.getResourceAsStream("/io/traingate/pii/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the name list " + resource + " is missing from the build");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          for (String name : line.trim().split("\\s+")) {
            flags.merge(name, flag, (a, b) -> a | b);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addNames(String file, Map<String, Integer> flags) {
    Object root = readYaml(file);
    if (root == null) {
      return;
    }
    Object names = path(root, "faker", "name");
    if (!(names instanceof Map<?, ?> byKey)) {
      return;
    }
    for (Map.Entry<?, ?> entry : byKey.entrySet()) {
      String key = String.valueOf(entry.getKey());
      // Tamil's given names are "tamil_male_name" and "tamil_female_name"
      int flag = key.contains("first_name") || key.endsWith("male_name") ? FIRST_NAME : key.contains("last_name") ? LAST_NAME : 0;
      if (flag != 0 && entry.getValue() instanceof List<?> values) {
        for (Object value : values) {
          String name = String.valueOf(value).trim();
          if (!name.isEmpty() && !name.contains("#{") && name.indexOf(' ') < 0) {
            addWithCaseForms(name, flag, DECLINED.get(file), key.contains("female"), flags);
            String latin = ROMANIZED.containsKey(file) ? Romanizer.romanize(name, ROMANIZED.get(file)) : null;
            if (latin != null) {
              flags.merge(latin, flag, (a, b) -> a | b);
            }
          }
        }
      }
    }
  }

  private static void addCommonWords(Map<String, Integer> flags) {
    Object words = path(readYaml("en/words.yml"), "faker", "words");
    if (words instanceof Map<?, ?> byPartOfSpeech) {
      for (Object list : byPartOfSpeech.values()) {
        addYamlList(list, COMMON_WORD, flags);
      }
    }
  }

  private static void addYamlList(Object list, int flag, Map<String, Integer> flags) {
    if (list instanceof List<?> values) {
      for (Object word : values) {
        flags.merge(String.valueOf(word), flag, (a, b) -> a | b);
      }
    }
  }

  /** The value under root's single locale key, then {@code keys}; null where absent. */
  private static Object path(Object root, String... keys) {
    if (!(root instanceof Map<?, ?> locales) || locales.isEmpty()) {
      return null;
    }
    Object node = locales.values().iterator().next();
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node;
  }

  private static Object readYaml(String resource) {
    try (InputStream in = Faker.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name list " + resource, e);
    }
  }
}
