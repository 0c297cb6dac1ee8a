package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.traingate.pii.bench.ChatText;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressDetectorTest {

  private final StreetAddressDetector detector = new StreetAddressDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "i live at 742 evergreen terrace|742 evergreen terrace",
      "we live at 5 May Road, Leeds LS6 2AB|5 May Road, Leeds LS6 2AB",               // a month in a street's name
      "Address: 14 Jan Smuts Avenue, Parktown, Johannesburg, 2193|14 Jan Smuts Avenue, Parktown, Johannesburg, 2193",
      "ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043 asap|1600 Amphitheatre Parkway, Mountain View, CA 94043",
      "221B Baker Street, London NW1 6XE|221B Baker Street, London NW1 6XE",
      "350 5th Ave, Apt 21B, New York, NY 10118|350 5th Ave, Apt 21B, New York, NY 10118",
      "Hauptstraße 12, 10115 Berlin|Hauptstraße 12, 10115 Berlin",
      "Goethestr. 5a|Goethestr. 5a",
      "12 rue de la Paix, 75002 Paris|12 rue de la Paix, 75002 Paris",
      "Calle de Alcalá 45|Calle de Alcalá 45",
      "Via Roma 15, 00184 Roma|Via Roma 15, 00184 Roma",
      "Flat 2, 45 Kingsway, London WC2B 6TE|Flat 2, 45 Kingsway, London WC2B 6TE",
      "100 Queen St W, Toronto ON M5H 2N2|100 Queen St W, Toronto ON M5H 2N2",
      "we're at 9 birch lane Will drives you|9 birch lane",
      "send it to 3 Oxford Road, Manchester M1 1AE|3 Oxford Road, Manchester M1 1AE",
      "nouvelle adresse Chaussée de Wavre 192/3, 2000 Antwerpen, compte|Chaussée de Wavre 192/3, 2000 Antwerpen",
      "Taksotellimus: Rüütli tn 34-27, 51004 Tartu → lennujaam|Rüütli tn 34-27, 51004 Tartu", // Estonian street words after the name
      "Narva mnt 59, 80010 Pärnu. Liikmemaks|Narva mnt 59, 80010 Pärnu",
  })
  void findsAddressesInManyFormats(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mi casa: Calle Alfonso XII 18, 5º D, 28014 Madrid|Calle Alfonso XII 18, 5º D, 28014 Madrid",
      // in lower case, a place proven by a postcode with letters in its own segment
      "the party is at 52 sutton springs, lake natashashire, g54 9qe, bring snacks|52 sutton springs, lake natashashire, g54 9qe",
      "Billing: Acceso de Elpidio Campoy 52, Salamanca, 49989|Acceso de Elpidio Campoy 52, Salamanca, 49989",
      "address: Gang Rajawali Barat No. 915, Ambon, Jambi 70969|Gang Rajawali Barat No. 915, Ambon, Jambi 70969",
      "entrega en Avenida Libertador 2045, 3º izq., 1425 Buenos Aires|Avenida Libertador 2045, 3º izq., 1425 Buenos Aires",
      "Skicka till Drottninggatan 45, 111 21 Stockholm tack|Drottninggatan 45, 111 21 Stockholm",
      "Rua Haddock Lobo 595, apto 41, São Paulo - SP, 01414-001|Rua Haddock Lobo 595, apto 41, São Paulo - SP, 01414-001",
      "send it to 42 Ozumba Mbadiwe Avenue, Victoria Island, Lagos 101241|42 Ozumba Mbadiwe Avenue, Victoria Island, Lagos 101241",
      "office: 88 Rizal St., Quezon City 1100|88 Rizal St., Quezon City 1100",
      "7 Nelson Mandela Drive, Sandton, Johannesburg 2196|7 Nelson Mandela Drive, Sandton, Johannesburg 2196",
      "Avenida 16 de Septiembre 512, Col. Obrera, 64010 Monterrey, Nuevo León|Avenida 16 de Septiembre 512, Col. Obrera, 64010 Monterrey, Nuevo León",
      "Brgy. Poblacion, 12 Jupiter St., Makati City 1210|12 Jupiter St., Makati City 1210",
      "1428 N Clark St Apt 3F, Chicago IL 60610|1428 N Clark St Apt 3F, Chicago IL 60610",
      "ul. Piotrkowska 104, 90-004 Łódź|ul. Piotrkowska 104, 90-004 Łódź",
      "we moved to 3/45 Smith Street, Fitzroy VIC 3065|3/45 Smith Street, Fitzroy VIC 3065",
      "Via del Corso 12, int. 5, 00186 Roma RM|Via del Corso 12, int. 5, 00186 Roma RM",
      "ny adress: Kungsgatan 12 lgh 1201, 111 43 Stockholm|Kungsgatan 12 lgh 1201, 111 43 Stockholm",
      "stuur het naar Veldstraat 40 bus 2, 9000 Gent aub|Veldstraat 40 bus 2, 9000 Gent",
      "kom forbi Istedgade 12, 3. tv., 1650 København V i aften|Istedgade 12, 3. tv., 1650 København V",
      "cambia la entrega a C/ Colón 8, 3ºA, 46004 Valencia por favor|C/ Colón 8, 3ºA, 46004 Valencia",
      "my new place!! Unit 4/27 Beach Road, Bondi NSW 2026. party sat|4/27 Beach Road, Bondi NSW 2026", // "place" before "!!" is no street word
      "Premises: 480 Great Western Highway, Faulconbridge NSW 2776|480 Great Western Highway, Faulconbridge NSW 2776",
      "we live at 5 The Avenue, Leeds LS8 1AB now|5 The Avenue, Leeds LS8 1AB",
  })
  void followsTheAddressThroughUnitsDistrictsCitiesRegionsAndPostcodes(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "7120 W Sunset Blvd, Los Angeles, CA 90046|7120 W Sunset Blvd, Los Angeles, CA 90046",
      "1500 E Main St|1500 E Main St",
      "Kemeraltı Cad. No: 54/3, Konak/İzmir|Kemeraltı Cad. No: 54/3, Konak/İzmir",
      "Atatürk Bulvarı No: 120, Çankaya, Ankara|Atatürk Bulvarı No: 120, Çankaya, Ankara",
      "Adresim: Moda Mah. Kırtasiye Sok. No: 8|Moda Mah. Kırtasiye Sok. No: 8",
      "Carrera 7 # 71-21, Bogotá|Carrera 7 # 71-21, Bogotá",
      "Calle 72 No. 10-34, Medellín|Calle 72 No. 10-34, Medellín",
      "Passeig de Gràcia 92, 08008 Barcelona|Passeig de Gràcia 92, 08008 Barcelona",
      "Lange Straße 9, 26122 Oldenburg|Lange Straße 9, 26122 Oldenburg",
      "morada: Rua Augusta 100, 2.º Esq., 1100-053 Lisboa|Rua Augusta 100, 2.º Esq., 1100-053 Lisboa",
      "fica na Rua da Prata 80, 3.º Dto, 1100-415 Lisboa|Rua da Prata 80, 3.º Dto, 1100-415 Lisboa",
      "visc al Carrer de Sants 80, 1r 1a, 08014 Barcelona|Carrer de Sants 80, 1r 1a, 08014 Barcelona",
      "Adres: Atatürk Cad. No: 12 D: 3, Kızılay, 06420 Çankaya/Ankara|Atatürk Cad. No: 12 D: 3, Kızılay, 06420 Çankaya/Ankara",
      "kirim ke Jl. Malioboro No. 52, Yogyakarta 55271 ya|Jl. Malioboro No. 52, Yogyakarta 55271",
      "kos di Jl. Malioboro No.167, Yogyakarta 55271 masih ada|Jl. Malioboro No.167, Yogyakarta 55271", // "No." glued to its number
      "1250 Boul. Saint-Laurent O, app. 5, Montréal QC H2X 2S6|1250 Boul. Saint-Laurent O, app. 5, Montréal QC H2X 2S6",
      "its 400 maple grove lane columbus ohio 43215 ok|400 maple grove lane columbus ohio 43215",
  })
  void findsStreetsAsOtherCountriesWriteThem(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "neue Adresse: An der Alster 12, 20099 Hamburg|An der Alster 12, 20099 Hamburg",
      "Zum Sportplatz 3a, 79100 Freiburg|Zum Sportplatz 3a, 79100 Freiburg",
      "dropoff 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001|2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001",
      "6-3-5 Akasaka, Minato-ku, Tokyo 107-0052に送ってください|6-3-5 Akasaka, Minato-ku, Tokyo 107-0052",
      "C-17, Silver Oak Apartments, Link Road, Bengaluru 560034 is the flat|C-17, Silver Oak Apartments, Link Road, Bengaluru 560034",
      "Flat 12, Royal Palms Residency, Andheri East, Mumbai 400093|Flat 12, Royal Palms Residency, Andheri East, Mumbai 400093",
      "H.No. 22-4, Gandhi Nagar, Hyderabad 500080|H.No. 22-4, Gandhi Nagar, Hyderabad 500080",
      // a Hyderabad house number in three groups, and the sub-number a slash joins to a dwelling's number
      "Address H.No. 8-2-293/82, Jubilee Hills, Hyderabad, Telangana 500033. Callback|H.No. 8-2-293/82, Jubilee Hills, Hyderabad, Telangana 500033",
      "Flat 12/3, Royal Palms Residency, Mumbai 400093|Flat 12/3, Royal Palms Residency, Mumbai 400093",
      "Plot 7, Sector 44, Noida, Uttar Pradesh 201303|Plot 7, Sector 44, Noida, Uttar Pradesh 201303",
      "Block 5, Marina Heights, Dubai Marina, Dubai|Block 5, Marina Heights, Dubai Marina, Dubai",
      "deliver to Moi Avenue 18, Mombasa 80100 please|Moi Avenue 18, Mombasa 80100",
  })
  void findsStreetsWithoutAStreetWordAndDwellingsWhenTheTailProvesThem(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** Most numbers are ruled out by the words around them, so these words are found as far from the number as they may be. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "send to 4551 North Martin Luther King Boulevard asap|4551 North Martin Luther King Boulevard",
      "12 bis rue de la Paix, 75002 Paris|12 bis rue de la Paix, 75002 Paris",
      "House No. 11, Gandhi Nagar, Hyderabad 500080|House No. 11, Gandhi Nagar, Hyderabad 500080",
      "Am Hang 7, 82041 Oberhaching|Am Hang 7, 82041 Oberhaching",
      // a street word written apart in lower case, as Norwegian and Hungarian addresses write it
      "Hentes i Karl Johans gate 12, 0154 Oslo. Send SMS|Karl Johans gate 12, 0154 Oslo",
      "Az új címem: Váci utca 8, 1052 Budapest. Hívj|Váci utca 8, 1052 Budapest",
      "Ngong Road 44, Nairobi 00100|Ngong Road 44, Nairobi 00100",
      // the house number with its "No.", set off from the street by a comma, as Indian and Nigerian addresses write it
      "Address: No. 41, 3rd Cross Road, Jayanagar, Bengaluru 560011. Mobile|No. 41, 3rd Cross Road, Jayanagar, Bengaluru 560011",
      "the party is at No. 7, Allen Avenue, Ikeja, Lagos. Come!|No. 7, Allen Avenue, Ikeja, Lagos",
  })
  void findsTheWordsThatMakeANumberAnAddressWhereverTheyMayBe(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "i'm at 12 Oak Street, Anna said she'd come|12 Oak Street",
      "I live at 12 Oak Street, John.|12 Oak Street",
      "see you at 12 Oak Street, Thanks!|12 Oak Street",
      "Viale Monza 8, 20127 Milano, citofono Rossi|Viale Monza 8, 20127 Milano",
      "Rua Augusta 100, São Paulo - SP, 01305-000, whatsapp 0055 11 2165 8008|Rua Augusta 100, São Paulo - SP, 01305-000",
      "Flat 12, Royal Palms Residency, Mumbai 400093, mob 0091 98200 12345|Flat 12, Royal Palms Residency, Mumbai 400093",
      "Av. Hidalgo 77, 44100 Guadalajara, tel 33 1234 5678|Av. Hidalgo 77, 44100 Guadalajara",
      // a postcode that starts with a letter follows its city, and no city follows it
      "I moved to 12 Oak Street, London, SW1A 2AA since march|12 Oak Street, London, SW1A 2AA",
  })
  void endsTheAddressWhereTheRunEnds(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** An address written on several lines, as on an envelope, goes on after a line break only to a line with a postcode. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ship to 874 Hyde Points\\nWest Leannemouth\\nS49 3AW thanks|874 Hyde Points\\nWest Leannemouth\\nS49 3AW",
      "423 Le Skyway Suite 075\\r\\nEstradaport, NE 61112\\r\\ntodd@gmail.com|423 Le Skyway Suite 075\\r\\nEstradaport, NE 61112",
      "Contrada Goldstein, 73\\n65026, Popoli (PE)|Contrada Goldstein, 73\\n65026, Popoli",
      "I live at 12 Oak Street\\nSee you soon|12 Oak Street",
      "12 Oak Street,\\nLondon\\nSee you|12 Oak Street",
      "Studio 1\\nJasmine Manor\\nPort Mary\\nN71 6WY|Studio 1\\nJasmine Manor\\nPort Mary\\nN71 6WY",
      "New tenant at Flat 2\\nTina Forest, South Rosemarymouth: Marc|Flat 2\\nTina Forest, South Rosemarymouth",
      "67/637\\nChaudhary Marg, Fatehpur 343265?|67/637\\nChaudhary Marg, Fatehpur 343265",
  })
  void followsAnAddressOverLineBreaksToItsPostcode(String text, String expected) {
    assertThat(Found.by(detector, unescaped(text)), contains(unescaped(expected)));
  }

  private static String unescaped(String csv) {
    return csv.replace("\\n", "\n").replace("\\r", "\r");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "please update: 49, boulevard de la Paix, Marin-sur-Henry|49, boulevard de la Paix, Marin-sur-Henry",
      "does she still live at 616, rue de morvan?|616, rue de morvan",
      "Majadreef 960, 8836RI, Marwijksoord|Majadreef 960, 8836RI, Marwijksoord",
      "Is Noorsingel 71, 5634LG Vijfhuizen right?|Noorsingel 71, 5634LG Vijfhuizen",
      "Duran Sokak No:80/5, Çankaya/İzmir 06320|Duran Sokak No:80/5, Çankaya/İzmir 06320",
      "Tarhan Sk. No: 74, Çankaya/Bursa 79473|Tarhan Sk. No: 74, Çankaya/Bursa 79473",
      "Meet me at Praia Nascimento, 45 at 7pm|Praia Nascimento, 45",
      "The driver couldn't find Pasadizo Vilma Valbuena 39, sorry|Pasadizo Vilma Valbuena 39",
      "The driver couldn't find 3/3 Kirby Anchorage, sorry|3/3 Kirby Anchorage",
      "I live at 58/790, Salvi Nagar, Sri Ganganagar 990003.|58/790, Salvi Nagar, Sri Ganganagar 990003",
      "Deliver to Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038|Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038",
      "Venue: Block 24 Lot 04 Tabayoc Grove, 34th Road, Lubuagan, 3373 Quirino|Block 24 Lot 04 Tabayoc Grove, 34th Road, Lubuagan, 3373 Quirino",
      "Deliver to 2063 West Lakes, New William R1E7J3. Thanks!|2063 West Lakes, New William R1E7J3",
      // Russian and Ukrainian: the street word before or after the name, the house (д.) and flat (кв.) in segments of their own
      // Ireland: the Eircode after the city or county, and the halves of a street (Upper, Lower)
      "new place: 8 Quay Street, Galway H91 X2R4. Rent is fine|8 Quay Street, Galway H91 X2R4",
      "Parent: Deirdre — 4 Main Street, Ballina, Co. Mayo F26 K2W3 — 085 503 7462|4 Main Street, Ballina, Co. Mayo F26 K2W3",
      "post it to Apt 4, 23 Leeson Street Lower, Dublin 2, D02 X285.|Apt 4, 23 Leeson Street Lower, Dublin 2, D02 X285",
      // Arabic and Hebrew: their street and flat words, the Arabic comma, places in a script without case
      "العنوان: 15 شارع النيل، الدقي، الجيزة 12611. الهاتف|15 شارع النيل، الدقي، الجيزة 12611",
      "العنوان الجديد: شارع العليا، مبنى 8، حي الورود، الرياض 12251|شارع العليا، مبنى 8، حي الورود، الرياض 12251",
      "המסיבה אצל יונתן, רחוב הרצל 12, דירה 3, חיפה|רחוב הרצל 12, דירה 3, חיפה",
      "Адрес: ул. Тверская, д. 7, кв. 12, Москва, 125009. Звоните|ул. Тверская, д. 7, кв. 12, Москва, 125009",
      "Новый адрес: Литейный пр., д. 28, кв. 7, Санкт-Петербург, 191186.|Литейный пр., д. 28, кв. 7, Санкт-Петербург, 191186",
      "надсилайте на вул. Шевченка, 14, кв. 3, Київ, 01001, отримувач|вул. Шевченка, 14, кв. 3, Київ, 01001",
      "Самовывоз: просп. Мира, 45, Екатеринбург. Звоните|просп. Мира, 45, Екатеринбург",
  })
  void knowsTheStreetTypesAndPostcodesOfMoreCountries(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** The floors, doors, staircases and house numbers of more countries, which an address goes on over. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the German floor and side, before the postcode; after the city it is a note to the courier
      "Lieferung an Schillerstraße 8, 3. OG rechts, 01067 Dresden bitte|Schillerstraße 8, 3. OG rechts, 01067 Dresden",
      "Neue Adresse: Bergstraße 4, 69120 Heidelberg, 2. OG links|Bergstraße 4, 69120 Heidelberg",
      // the Spanish door written out
      "vivo en Calle Colón 22, 4º derecha, 46004 Valencia desde|Calle Colón 22, 4º derecha, 46004 Valencia",
      // a staircase or flat named by a letter: Italian, Argentine, Finnish, Swedish
      "Corso Buenos Aires 21, scala C, int. 4, 20124 Milano|Corso Buenos Aires 21, scala C, int. 4, 20124 Milano",
      "Osoite: Runeberginkatu 12 B 7, 00100 Helsinki.|Runeberginkatu 12 B 7, 00100 Helsinki",
      "Storgatan 5 B, 411 38 Göteborg|Storgatan 5 B, 411 38 Göteborg",
      // the Argentine CPA, before its city
      "Av. Cabildo 1850, Piso 3 Depto A, C1428AAQ, Buenos Aires|Av. Cabildo 1850, Piso 3 Depto A, C1428AAQ, Buenos Aires",
      "en Av. Corrientes 3247, piso 6 depto. B, C1193AAE CABA. Precio|Av. Corrientes 3247, piso 6 depto. B, C1193AAE CABA",
      // house numbers: 12 bis after the number, the Dutch floor in Roman numerals, the Hawaiian zone before a hyphen
      "nieuw adres: Keizersgracht 12 bis, 1015 CR Amsterdam|Keizersgracht 12 bis, 1015 CR Amsterdam",
      "Van Woustraat 88-II, 1073 LP Amsterdam|Van Woustraat 88-II, 1073 LP Amsterdam",
      "adres Vondelstraat 518 II, 3511 LJ Utrecht, mobiel|Vondelstraat 518 II, 3511 LJ Utrecht",
      "91-1001 Keaunui Dr, Ewa Beach, HI 96706|91-1001 Keaunui Dr, Ewa Beach, HI 96706",
      // a vCard's ADR, its fields parted by semicolons
      "ADR;TYPE=WORK:;;7 Harcourt Street;Dublin 2;D02 XY45;;|7 Harcourt Street;Dublin 2;D02 XY45",
      // a dwelling and its building before the street
      "Flat 3, Kingsley House, 22 Albert Road, Bristol BS2 0XA|Flat 3, Kingsley House, 22 Albert Road, Bristol BS2 0XA",
      "resident at Apt 11, Rosewood Court, 145 Finchley Road, London NW3 6JB.|Apt 11, Rosewood Court, 145 Finchley Road, London NW3 6JB",
      // a street without a house number before a dwelling
      "Ngong Road, Apartment 4B, Kilimani, Nairobi|Ngong Road, Apartment 4B, Kilimani, Nairobi",
      "Rue Gouraud, Bldg 5, 2nd floor, Beirut|Rue Gouraud, Bldg 5, 2nd floor, Beirut",
      // more street words and the words that link a street's name: the corniche, Peru's jirón, Portuguese "do", Spanish "y"
      "office at 12 Corniche El Nil, Maadi, Cairo 11728|12 Corniche El Nil, Maadi, Cairo 11728",
      "Jr. Ucayali 345, Cercado de Lima, Lima 15001|Jr. Ucayali 345, Cercado de Lima, Lima 15001",
      "Rua do Ouro 120, 3.º Esq., 1100-061 Lisboa|Rua do Ouro 120, 3.º Esq., 1100-061 Lisboa",
      "Calle 10 y Calle 12 Oeste, Panamá|Calle 10 y Calle 12 Oeste, Panamá",
      "ul. Długa 12 m. 4, 80-827 Gdańsk|ul. Długa 12 m. 4, 80-827 Gdańsk",
      // the ground floor as a segment of its own: Spanish "bajo" and its door, Danish "st."
      "Calle de Alcalá, 42, bajo B, 28014 Madrid|Calle de Alcalá, 42, bajo B, 28014 Madrid",
      "Vesterbrogade 12, st., 1620 København V|Vesterbrogade 12, st., 1620 København V",
      // not after a space, where "bajo" is "under"
      "quedamos en Calle Mayor 12 bajo el reloj|Calle Mayor 12",
  })
  void followsFloorsStaircasesAndHouseNumbersOfMoreCountries(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "paid 800 via venmo",                          // after a number, a lower-case "via" is the English preposition
      "Return on 22 Oct, EZY 6918.",                 // a day and a month, then a flight
      "back on 9 October, BA 2490 lands at 7",
      "sent 3 via email yesterday",
      "Le train part de la voie 7 à 14 h 22.",       // a platform, a preposition and a time
      "Oxford Street, Room 5 is where we meet",      // a street before a dwelling, but nothing after it
      "Take the Route to Paris 2 times",             // "to" links no street's name
      "Main Street 5 I think",                       // a capital letter after the number that does not end the run
      "we got 34 A grades",
      "the band's No.1 fan lives on Main Street",     // "No." glued to a number, but no street before it
      "Mix 200 g. 3 eggs",                           // grams, not the Lithuanian street word: no name before
  })
  void ignoresNumbersNearFloorAndStreetWordsOfOtherUse(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Streets without a street word that a ward proves, Vietnamese alleys, Indian numbers set off by a comma, US states written out. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a Vietnamese ward or district (phường, quận), in either case, and the city after TP. even where the run goes on
      "giao tới 88 Lý Thường Kiệt, Phường 7, Quận 10, TP. Hồ Chí Minh giúp mình|88 Lý Thường Kiệt, Phường 7, Quận 10, TP. Hồ Chí Minh",
      "Nhà tôi ở 27 Trần Hưng Đạo, phường Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội.|27 Trần Hưng Đạo, phường Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội",
      // the house (số), the alley numbered as a house is (ngõ), the street word before the name (phố, đường)
      "Số 5 ngõ 12 phố Hàng Bông, quận Hoàn Kiếm, Hà Nội|Số 5 ngõ 12 phố Hàng Bông, quận Hoàn Kiếm, Hà Nội",
      // in lower case, three words at most: nothing tells the name and city from the words after them
      "em ở số 3 đường lê duẩn huế nha anh|số 3 đường lê duẩn huế",
      // a Japanese ward proves a house number of one or two groups
      "3-5 Kudan, Chiyoda-ku, Tokyo 102-0073|3-5 Kudan, Chiyoda-ku, Tokyo 102-0073",
      // the house number set off by a comma, proven by the postcode
      "Send to 56, MG Road, Sector 14, Gurugram - 122001|56, MG Road, Sector 14, Gurugram - 122001",
      "Warehouse: Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB|Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB",
      // a dwelling's number proves the street set off after it, if a place follows the street
      "Deliver to House No. 12, Ngong Road, Nairobi. Thanks|House No. 12, Ngong Road, Nairobi",
      // a state written out in two words before the postcode
      "ship to 812 elm road charlotte north carolina 28202 pls|812 elm road charlotte north carolina 28202",
  })
  void findsStreetsThatAWardOrAPostcodeProves(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We sold 45 Lê Lợi books, Quận 1 buyers",      // capitalized words after a number, but no ward segment after them
      "I bought 3 Apples, Phase 2, Oak Street",      // a district word that is no ward
      "Score: 45, Oak Street won, Sector 7 lost",    // a number set off by a comma before a street, but no postcode
      "we have 248, Station Road is busy",
      "Room 5, Park Lane is closed",                 // a dwelling and a street, but no place after it
      "we have 248, Station Road, Leeds",            // a number and a street and a place, but no dwelling
  })
  void findsNoStreetThatNothingProves(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Houses, blocks and flats of South Asian, Polish, Romanian, Dutch, Colombian and Greek addresses. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the house and its number in Hindi and Bengali, the Hindi sector, a road numbered in a script without case
      "पता: मकान नं. 17, सेक्टर 21, गुरुग्राम, हरियाणा 122016 है|मकान नं. 17, सेक्टर 21, गुरुग्राम, हरियाणा 122016",
      "ঠিকানা: বাড়ি ৭, রোড ৩, গুলশান, ঢাকা ১২১২|বাড়ি ৭, রোড ৩, গুলশান, ঢাকা ১২১২",
      // street words that are other words unless cut with a dot: al., Str.; Romanian block, staircase and flat
      "al. Jana Pawła II 23 m. 4, 00-828 Warszawa|al. Jana Pawła II 23 m. 4, 00-828 Warszawa",
      "Str. Florilor nr. 8, bl. B2, sc. 1, ap. 5, 400000 Cluj-Napoca|Str. Florilor nr. 8, bl. B2, sc. 1, ap. 5, 400000 Cluj-Napoca",
      // the second or third house after a hyphen
      "Prinsengracht 120-ter, 1015 EA Amsterdam|Prinsengracht 120-ter, 1015 EA Amsterdam",
      // a Colombian street numbered with a letter, and an office in Spanish
      "Calle 7B # 12-30, Oficina 201, Cali|Calle 7B # 12-30, Oficina 201, Cali",
      // a street without a street word, proven by the city and postcode after it; a particle joins only a name of the city's case
      "Leoforos Kifisias 44, Marousi 151 25|Leoforos Kifisias 44, Marousi 151 25",
      "Carrera 43A # 14-109, Oficina 702, Medellín el martes|Carrera 43A # 14-109, Oficina 702",
      // a house number with a capital letter, not the hour's "h"; a street after its number, before no hour
      "Envoyez à 12H rue de la Paix, 75002 Paris|12H rue de la Paix, 75002 Paris",
      "Nhà em ở 6 đường Lê Lợi, phường Bến Nghé, Quận 1|6 đường Lê Lợi, phường Bến Nghé, Quận 1",
  })
  void findsHousesBlocksAndFlatsOfMoreCountries(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PO Box 1142, Anchorage AK 99510",              // a post box is no street
      "Postfach 12, 10115 Berlin",
      "it was boring 2019 honestly",                  // an English word in lower case that ends as a German street does
      "passport number is 270979827 expiring 2031",
      "with Al Pacino 2 times",                       // "al" is a street word only when cut with a dot
  })
  void ignoresPostBoxesAndWordsThatEndAsStreets(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Addresses in Japanese, Chinese and Korean script, anchored on a prefecture, a province or a road and their numbers. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "お届け先：東京都渋谷区神南3丁目14-7 山本様|東京都渋谷区神南3丁目14-7",
      "住所は沖縄県八丈島八丈町柿木沢新田37丁目19番1号 シティ西川340です。|沖縄県八丈島八丈町柿木沢新田37丁目19番1号 シティ西川340",
      "住所は810-0001 福岡県福岡市中央区天神4-26-14です。|810-0001 福岡県福岡市中央区天神4-26-14",
      "お届け先：名古屋市中区栄5丁目18番12号　加藤様|名古屋市中区栄5丁目18番12号",      // a large city without its prefecture
      "金沢市広坂1丁目1番1号に来て|金沢市広坂1丁目1番1号",
      "我住在四川省成都市武侯区天府大道571号，附近有什么好吃的？|四川省成都市武侯区天府大道571号",
      "地址是北京市朝阳区建国路88号SOHO现代城2号楼1203室|北京市朝阳区建国路88号SOHO现代城2号楼1203室",
      // a city and its district without the province
      "包裹送到了杭州市西湖区文三路478号3栋1202室，请查收|杭州市西湖区文三路478号3栋1202室",
      "배송지: 서울특별시 강남구 테헤란로 152, 12층|서울특별시 강남구 테헤란로 152, 12층",
      // traditional script, as Hong Kong and Taiwan write: a road's section and lane, a building's phase, floor and flat
      "新地址 香港九龍旺角彌敦道688號旺角中心1期15樓B室 收到|香港九龍旺角彌敦道688號旺角中心1期15樓B室",
      "包裹請寄 台北市大安區忠孝東路四段181巷12號3樓，收件人|台北市大安區忠孝東路四段181巷12號3樓",
  })
  void findsAddressesInJapaneseChineseAndKoreanScript(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "東京都の人口は1400万人です",           // a prefecture and a number, but no block
      "我在北京工作了3年",                     // a city and a number, but no road and house
      "我在台北住了3年",                       // a Taiwanese city and a number, but no road and house
      "我在杭州市住过，中山路上有3号线",         // a city without its district before a road and a number
      "이 길로 5분 걸으면 돼요",               // a road word and a number of minutes
      "名古屋市中区栄5丁目で会おう",            // a city's chōme without its block: a neighbourhood, not a house
  })
  void findsNoCjkAddressWithoutItsNumbering(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sudo ip route add 10.8.0.0/24 via 10.0.0.1",
      "the route is 2.5 km long",
      "I walked 3 blocks down Main Street",
      "we have 2 dogs and 3 cats",
      "turn left on Oak Street",
      "we need 500 chairs Park Avenue is busy",
      "ID number 464 121 508. Park Avenue is busy",
      "room 12, floor 3",
      "I have 2 kids, 3 dogs",
      "section 4 of the contract",
      "version 3, build 12",
      "meet at 5, Room 12",
      "we won 3-1 against Chelsea",
      "room 922 on floor 9, badge number 40410",
      "Windows 10, 2004 Edition is old",
      "Chapter 5, Verse 12, Genesis 1200",
      "Iteration 4, Sprint Board, Jira 1234",
      "score: 3-2-1, Arsenal Road 5",
      "call me at 5, John",
      "اتصل بخصوص الطلب 77812، الدقي",                     // an order number before an Arabic comma and a place
      "boarding at Heathrow gate 5, London calling",        // a gate and its number, but no postcode after it
      "Mobile No. 98765-43210, Hyderabad 500013",            // a phone after its "No.", no house number
      "ask Tom Sawyer, No. 3 on the list",                 // a number marker after a comma, but no street before it
      "Ticket No. 5, Park Avenue branch is closed",       // a street after a number and a comma, but no comma after it
      "my number is 555 12 3456 Park Avenue is busy",
      "see you 12/05/2024 Park Avenue",
      "we recorded at Abbey Road 2019, London was great",  // a street word before a number, but no postcode after it
      "Near the station, 5 mins walk.",                    // a duration, though "walk" names streets
      "i have 2 great ideas for the road trip",
      "försenat ca 20 minuter på grund av signalfel",
      "Nouveau passage demain entre 9h et 13h.",          // a street word, then an hour as French writes it
      "Quán trên đường Lê Lợi mở cửa từ 6 giờ sáng.",     // a street without its number, then a Vietnamese hour
  })
  void ignoresNumbersNearStreetWords(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A Hebrew street word after the letter of a preposition joined to it, which the address leaves out. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "איסוף מרחוב אבן גבירול 30, תל אביב. אבי 050|רחוב אבן גבירול 30, תל אביב",
      "אני גר ברחוב הרצל 12, חיפה|רחוב הרצל 12, חיפה",
      "המשלוח לשדרות רוטשילד 5, תל אביב|שדרות רוטשילד 5, תל אביב",
  })
  void findsHebrewStreetsAfterAPrepositionsLetter(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ברחוב היו 30 אנשים",              // "in the street were 30 people": no place after the number
      "ארחוב הרצל 12, חיפה",             // a letter that is no preposition
  })
  void findsNoHebrewStreetInProse(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Hungarian addresses: the street word after the name, the floor and door with their dots, the postcode and city first. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a csomagot a Andrássy út 47. 2. em. 5., 1061 Budapest címre kérem|Andrássy út 47. 2. em. 5., 1061 Budapest",
      "Deák Ferenc tér 3., fsz. 2., 1052 Budapest|Deák Ferenc tér 3., fsz. 2., 1052 Budapest",
      "Váci utca 12, 1052 Budapest|Váci utca 12, 1052 Budapest",
      "Deliver to:\\n6720 Szeged, Rákóczi út 73.\\nContact|6720 Szeged, Rákóczi út 73",
  })
  void findsHungarianAddresses(String text, String expected) {
    assertThat(Found.by(detector, unescaped(text)), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "in 2019 Budapest, Rákóczi út 73.|Rákóczi út 73",            // a year before the city is no postcode
      "call 06 1 234 5678 Budapest, Váci utca 5|Váci utca 5",       // nor the last group of a phone number
  })
  void takesNoYearForAPostcodeNorAWordForAFloor(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I have 5. em dash",                  // no street before the floor
      "Oak Street 5. 2. em dash",           // a floor needs its dot, and the street alone proves nothing
      "az út 12 percig tart",               // a lower-case "road" with no name before it: a 12-minute trip
  })
  void findsNoHungarianStreetWithoutItsName(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A street's name in quotes after its street word, as Bulgarian, Russian and Romanian addresses write it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "im at ул. „Граф Игнатиев“ 50, 9000 Варна with ur package|ул. „Граф Игнатиев“ 50, 9000 Варна",
      "Адрес: ул. «Красная» 5, Москва.|ул. «Красная» 5, Москва",
      "livrare: Strada „1 Decembrie“ 12, Alba Iulia|Strada „1 Decembrie“ 12, Alba Iulia",
  })
  void findsStreetsNamedInQuotes(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "He said \"Main Street 5 stars\" ok",         // a quote, but no street word before it
      "the song «Route 66» is old",                  // a quote after no street word
      "ул. „Граф Игнатиев“ е затворена",             // a street in quotes, but no house number
  })
  void findsNoQuotedStreetWithoutItsWordAndNumber(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A field's name and a colon before the house number, as calendar files and forms write them. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SUMMARY:Physio\\nLOCATION:12 Fitzwilliam Square, Dublin 2, D02 Y446\\nORGANIZER:x|12 Fitzwilliam Square, Dublin 2, D02 Y446",
      "Address:5 Oak Street|5 Oak Street",
  })
  void findsTheHouseNumberAfterAFieldsName(String text, String expected) {
    assertThat(Found.by(detector, unescaped(text)), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "see you at 10:30 Main Street",          // the minutes of a time
      "DTSTART:20240612T10:30 Main Street",    // a time after a date
      "ratio:16 Park Avenue is busy",          // a word in lower case, no field's name
  })
  void takesNoTimeAfterAColonForAHouseNumber(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** A Vietnamese street named after a person, and a Vietnamese place after its comma, without the words for ward and district. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Địa chỉ: 45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. Hotline 0912|45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
      "quán cũ ở 25 Lý Quốc Sư, Hoàn Kiếm, Hà Nội nhé|25 Lý Quốc Sư, Hoàn Kiếm",
      "ship tới 120 Nguyễn Văn Cừ, Ninh Kiều, Cần Thơ. Cảm ơn|120 Nguyễn Văn Cừ, Ninh Kiều, Cần Thơ",
  })
  void findsVietnameseStreetsBeforeTheirPlaces(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Tôi có 2 Nguyễn, Trần thì không",       // one name after the number
      "We sold 45 Lê Lợi books, Quận 1 buyers", // the run goes on after the name
      "We met 3 Anna Smith, Oak Hill people",   // no Vietnamese letter
      "Gặp 2 Lê Văn Tám, Mary Jones",            // a place after the comma, but not in Vietnamese
  })
  void findsNoVietnameseStreetWithoutAVietnamesePlace(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** The numbered cross and main roads of Bangalore, set off by commas as a segment of the address. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Clinic: No. 14, 3rd Cross, Indiranagar, Bengaluru 560038|No. 14, 3rd Cross, Indiranagar, Bengaluru 560038",
      "flat at 42, 5th Main, HSR Layout, Bengaluru 560102 from June|42, 5th Main, HSR Layout, Bengaluru 560102",
  })
  void findsTheNumberedCrossAndMainRoadsOfBangalore(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I ate 3 2nd main courses",              // a main course
      "we had 5 1st Cross, then left",         // not set off by a comma from the number
      "I won 3, 2nd Main, Final 2019",         // set off, but nothing proves an address
  })
  void ignoresCrossAndMainOutsideAnAddress(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Street words of Hindi, Romanian and Icelandic, and the Spanish door cut short. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "क्लिनिक का पता: 12, गांधी मार्ग, जयपुर 302001। फ़ोन|12, गांधी मार्ग, जयपुर 302001",
      "ऑफिस: 45 एमजी रोड, इंदौर 452001 पर|45 एमजी रोड, इंदौर 452001",
      // the Hindi lane, numbered as a house is; the Tamil street and road, and an initial cut with a dot in a place's name
      "पता: मकान नं. 52, गली नं. 9, शास्त्री नगर, मेरठ 250004 है|मकान नं. 52, गली नं. 9, शास्त्री नगर, मेरठ 250004",
      "முகவரி 18, நேரு தெரு, கோவை 641001 ஆகும்|18, நேரு தெரு, கோவை 641001",
      "முகவரி 7, அண்ணா சாலை, தி. நகர், சென்னை 600017. நன்றி|7, அண்ணா சாலை, தி. நகர், சென்னை 600017",
      "programarea la Calea Victoriei nr. 83, 300001 Timișoara. Tel.|Calea Victoriei nr. 83, 300001 Timișoara",
      "livrare pe Bulevardul Unirii 15, București|Bulevardul Unirii 15, București",
      "Location: Skólavörðustígur 59, 101 Reykjavík. To|Skólavörðustígur 59",
      "sækja á Laugavegur 18 í dag|Laugavegur 18",
      "Collect from Calle Mayor 15, 3º izq, 50001 Zaragoza evenings.|Calle Mayor 15, 3º izq, 50001 Zaragoza",
  })
  void knowsStreetWordsOfHindiRomanianAndIcelandic(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "मैंने 12 मार्ग देखे",                 // a count of ways, no name before the street word
      "42 சாலை விபத்துகள் நடந்தன",           // a count of road accidents
      "42, பெரியார் சாலை பற்றி பேசினோம்",     // a street set off by a comma, but no place and postcode after it
      "गली नं. 4 में दुकान है",              // a lane and its number, but no place after them
      "am ajuns pe calea 5 minute mai tarziu", // a lower-case "way" before a duration
      "the braut 2019 season",              // no compound: the ending alone is no street
  })
  void ignoresTheseStreetWordsInOtherUse(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** An Indian or Pakistani city joined to its postcode by a hyphen proves the address, as a postcode apart does. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"67/75, Prabhakar Ganj, Pallavaram-237819\",+91-98581-80645|67/75, Prabhakar Ganj, Pallavaram-237819",
      "Deliver: Flat 12, Vashi, Navi Mumbai-400703. Thanks|Flat 12, Vashi, Navi Mumbai-400703",
      "House No. 9, Gulberg III, Lahore-54660|House No. 9, Gulberg III, Lahore-54660",
  })
  void findsTheCityJoinedToItsPostcode(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Room 5, Covid-19 ward is closed",               // two digits are no postcode
      "Flat 3, Build-1234567",                         // seven digits are none either
      "Flat 4, 2024-12345",                            // no city before the hyphen
  })
  void findsNoCityJoinedToAnyNumber(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Thai street words joined to the street's name, proven by the postcode after the district words. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Location: 116/76 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500. To|116/76 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500",
      "ที่อยู่ 99/12 ซอยสุขุมวิท 31 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110 โทร|99/12 ซอยสุขุมวิท 31 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110",
      "ที่คลินิก 45 ถนนสุขุมวิท ซอย 21 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110 โทร|45 ถนนสุขุมวิท ซอย 21 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110",
  })
  void findsThaiStreetsWrittenWithTheirNames(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ราคา 500 ถนนนี้ปิด",                 // a price, and "this road is closed": no postcode proves a street
      "รออีก 10 ซอยนี้รถติด 2019",            // a year is no postcode
      "ถนนสีลม 10500",                        // a street and a postcode, but no house number
  })
  void findsNoThaiStreetThatNoPostcodeProves(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** House numbers, floors and postcodes as Dutch, British, Argentine, Hungarian and Israeli addresses write them. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "melding bij Oudegracht 347bis, 7719 DN Utrecht is doorgezet|Oudegracht 347bis, 7719 DN Utrecht",
      "bij Laan van Meerdervoort 126 A, 2517 AP Den Haag is doorgezet|Laan van Meerdervoort 126 A, 2517 AP Den Haag",
      "keys at 3a Queen's Drive, Bristol BS7 9PG, code as usual|3a Queen's Drive, Bristol BS7 9PG",
      "moved to 14 St John's Wood Road, London NW8 8RE last week|14 St John's Wood Road, London NW8 8RE",
      "Location: 211 Queen's Road Central, Wan Chai, Hong Kong. To reschedule|211 Queen's Road Central, Wan Chai, Hong Kong",
      "domicilio Av. Corrientes 3354, 5° A, C1425 Buenos Aires, tel|Av. Corrientes 3354, 5° A, C1425 Buenos Aires",
      "vivo en Av. Colón 120, X5000 Córdoba desde marzo|Av. Colón 120, X5000 Córdoba",
      "domicilio Av. Corrientes 3354, 5°, tel|Av. Corrientes 3354, 5",
      "a lift javítása Andrássy út 31. II. em. 4. alatt lesz|Andrássy út 31. II. em. 4",
      "הכתובת רחוב ויצמן 37, רמת גן 5246101.|רחוב ויצמן 37, רמת גן 5246101",
  })
  void findsHouseNumbersFloorsAndPostcodesOfMoreCountries(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "domicilio Av. Corrientes 3354, modelo X5000 nuevo|Av. Corrientes 3354",        // a code that no city follows is no postcode
      "at 12 Main Street, Paris 1234567 is the number|12 Main Street",              // seven digits are a postcode only after a Hebrew place
      "Via Paolo Sarpi 32, 20154 Milano, 4° piano con ascensore|Via Paolo Sarpi 32, 20154 Milano", // after the city, a floor describes the flat
  })
  void followsNoCodeThatIsNoPostcode(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Transit 32 days via Suez, then rail",         // a lower-case "via" is the English preposition, not a viaduct
      "we shipped 40 boxes via Rotterdam",
      "bought 3 kid's park passes",                    // a lower-case word's possessive is no street's name
      "room 12bis is free",                            // a glued bis with no street
  })
  void ignoresPrepositionsAndPossessivesWithoutAStreet(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /**
   * Houses, flats and villas of South Asia, Arabia, Iran and East Africa, with their words for "number",
   * proven by a postcode, a numbered lane, a street word, a ward, or the streets named before the house.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "पता फ्लैट 174, शास्त्री नगर, लखनऊ 226016 है।|फ्लैट 174, शास्त्री नगर, लखनऊ 226016",
      "ঠিকানা বাড়ি নং 59, রোড নং 25, গুলশান ২, ঢাকা 1212, ফোন 01711 223344।|বাড়ি নং 59, রোড নং 25, গুলশান ২, ঢাকা 1212",
      "پتہ مکان نمبر 281، گلی نمبر 21، سمن آباد، لاہور۔|مکان نمبر 281، گلی نمبر 21، سمن آباد، لاہور",
      "میرا پارسل مکان نمبر 23، گلی 5، ماڈل ٹاؤن، لاہور پر بھیج دیں۔|مکان نمبر 23، گلی 5، ماڈل ٹاؤن، لاہور", // a postposition ends the city
      "our address is شقة 6، شارع الجميرا، دبي, phone|شقة 6، شارع الجميرا، دبي",
      "our address is فيلا 50، شارع الشيخ زايد، الشارقة, phone|فيلا 50، شارع الشيخ زايد، الشارقة",
      "አድራሻ ቤት ቁ. 628, አራዳ ክፍለ ከተማ ወረዳ 08, አዲስ አበባ፣ ስልክ|ቤት ቁ. 628, አራዳ ክፍለ ከተማ ወረዳ 08, አዲስ አበባ",
      "አድራሻ የቤት ቁጥር 627, ቦሌ ክፍለ ከተማ ወረዳ 03, አዲስ አበባ።|የቤት ቁጥር 627, ቦሌ ክፍለ ከተማ ወረዳ 03, አዲስ አበባ",
      "anaishi Nyumba Na. 242, Barabara ya Bagamoyo, Zanzibar, ndugu yake|Nyumba Na. 242, Barabara ya Bagamoyo, Zanzibar",
      "آدرس تهران، خیابان انقلاب، کوچه نسترن، پلاک 88، واحد 11 است.|خیابان انقلاب، کوچه نسترن، پلاک 88، واحد 11",
      "آدرس شیراز، خیابان زند، بن‌بست نسترن، پلاک 40، طبقه 1 است.|خیابان زند، بن‌بست نسترن، پلاک 40، طبقه 1",
      // the Ethiopic comma parts the segments as a comma does; the street's word follows its name
      "አድራሻ የቤት ቁጥር 627፣ ቦሌ ክፍለ ከተማ ወረዳ 03፣ አዲስ አበባ።|የቤት ቁጥር 627፣ ቦሌ ክፍለ ከተማ ወረዳ 03፣ አዲስ አበባ",
      "አድራሻ ቦሌ መንገድ፣ የቤት ቁጥር 472፣ ወረዳ 03፣ አዲስ አበባ፣ ስልክ +251 91 121 0582|ቦሌ መንገድ፣ የቤት ቁጥር 472፣ ወረዳ 03፣ አዲስ አበባ",
      // a postcode after its label, of the ten digits Iran gives it
      "خانه‌اش شیراز، خیابان امام، پلاک 249، کد پستی 4936771523 است|خیابان امام، پلاک 249، کد پستی 4936771523",
      "deliver to Flat 12, Residency Road, PIN 560025 by noon|Flat 12, Residency Road, PIN 560025",
  })
  void findsDwellingsOfSouthAsiaArabiaIranAndEastAfrica(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "فلیٹ نہیں، مکان نمبر 281، بہت بڑا ہے۔",              // a house and words after it, but no lane, street or postcode
      "شقة 6، جميلة جدا، أليس كذلك",                         // a flat and praise of it: no street word
      "ቤት ቁ. 628, አዲስ አበባ ውስጥ ነው።",                       // a house and a city, but no district
      "watu 5 na 98, Barabara ya Bagamoyo imefungwa",          // "na" without its dot is "and"
      "آدرس تهران، خیابان انقلاب، پلاک 88 است.",               // the streets before a house, but nothing after it
      "آدرس تهران، خیابان انقلاب، پلاک 88، کد 4936771523",      // a code that is not called postal
      "ቤት ቁ. 628፣ አዲስ አበባ ውስጥ ነው።",                         // a house and a city, but no district, with the Ethiopic comma
      "the card PIN 4821, then the code 992731",               // a PIN with no address before it
  })
  void findsNoDwellingThatNothingProves(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /**
   * South Asian addresses in their own scripts: the English street, flat and sector words as Hindi,
   * Bengali and Urdu spell them, a house numbered within a sector, the Nepali ward joined to its place
   * and the Nepali postposition after the city, the Bengali case ending joined to the postcode, the
   * Pakistani sector spelt in Urdu.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "पता: 58, सेक्टर 21, गुरुग्राम 122016 है|58, सेक्टर 21, गुरुग्राम 122016",
      "we moved to 12, Sector 62, Noida 201309 last year|12, Sector 62, Noida 201309",
      "ঠিকানা: 27, মির্জা গালিব স্ট্রিট, কলকাতা ৭০০০১৬|27, মির্জা গালিব স্ট্রিট, কলকাতা ৭০০০১৬",
      "পার্সেল ফ্ল্যাট 12, বিধাননগর, কলকাতা ৭০০০৬৪-এ পাঠান|ফ্ল্যাট 12, বিধাননগর, কলকাতা ৭০০০৬৪",
      "सामान घर नं. 22, कोटेश्वर-३२, काठमाडौं मा पठाउनुहोस्|घर नं. 22, कोटेश्वर-३२, काठमाडौं",
      "پتہ مکان 14، سٹریٹ 7، ایف-10/2، اسلام آباد پر بھیجیں|مکان 14، سٹریٹ 7، ایف-10/2، اسلام آباد",
  })
  void findsSouthAsianAddressesInTheirScripts(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I bought 324, Sector 15 and 16 yesterday",   // a number and a sector, but nothing proves an address
      "पता: 58, सेक्टर 21, गुरुग्राम है",              // a sector and a city, no postcode
      "সালটা ২০২৪-এ শুরু হয়েছিল",                        // a year with its case ending, no address around it
      "घर नं. 22, काठमाडौं मा",                         // a house and a city, no ward
  })
  void findsNoSouthAsianAddressThatNothingProves(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Persian alleys named by their number, and an avenue and an alley that prove the house after them with nothing after it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "نشانی: شیراز، خیابان زند، کوچه ۸، پلاک ۱۲، طبقه ۲ است|خیابان زند، کوچه ۸، پلاک ۱۲، طبقه ۲",
      "بفرستید تهران، خیابان ولیعصر، کوچه یاس، پلاک ۹|خیابان ولیعصر، کوچه یاس، پلاک ۹",
      "بفرستید تهران، خیابان ولیعصر، کوچه 14، پلاک 9.|خیابان ولیعصر، کوچه 14، پلاک 9",
  })
  void findsPersianHousesAfterAnAvenueAndAnAlley(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** A "care of" segment and a district in lower case before its number do not end the tail before the city. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bitte an Lindenweg 14, c/o Bäckerei Huber, 80331 München schicken|Lindenweg 14, c/o Bäckerei Huber, 80331 München",
      "send to 12 Baker Street, c/o Jane Smith, London NW1 6XE please|12 Baker Street, c/o Jane Smith, London NW1 6XE",
      "Coletul merge la Str. Lipscani nr. 12, sector 3, București 030031, mulțumesc|Str. Lipscani nr. 12, sector 3, București 030031",
      "we met at 12 Oak St, zone 4 was closed|12 Oak St",    // in lower case, the number must end the run
      "send to 12 Baker Street, c/o Jane|12 Baker Street",    // no comma after the name: the tail ends before it
  })
  void readsCareOfAndLowerCaseSectorsInTheTail(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** Units after a dash, Norwegian flats, Tamil ordinals and Pakistani lettered houses. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "o inquilino na Rua das Flores, 88 - apto 37 - Centro, Belo Horizonte - MG, 30110-002 atrasou o aluguel"
          + "|Rua das Flores, 88 - apto 37 - Centro, Belo Horizonte - MG, 30110-002",
      "Vannet blir stengt i Bygdøy allé 55 H0203, 0552 Oslo fredag.|Bygdøy allé 55 H0203, 0552 Oslo",
      "முகவரி 1, அண்ணா நகர் 3வது தெரு, கோயம்புத்தூர் 641002, தொலைபேசி +91 74775 64303.|1, அண்ணா நகர் 3வது தெரு, கோயம்புத்தூர் 641002",
      "پتہ 258-N, Model Town, Lahore 54700۔|258-N, Model Town, Lahore 54700",
      "mande para Rua Augusta 100, 01305-000 amanhã cedo|Rua Augusta 100, 01305-000",  // the city after a postcode is capitalized
      "schick es an hauptstraße 12, 10115 berlin. danke|hauptstraße 12, 10115 berlin",  // or ends the run
      // a city that is a given name, set off by the dash before its state's code
      "cliente Inês, Rua da Consolação, 1513, Salvador - BA, 40060-001, tel (17) 5933-5559|Rua da Consolação, 1513, Salvador - BA, 40060-001",
      "Rua Augusta, 500, Salvador - fala comigo|Rua Augusta, 500",  // no state's code after the dash: a name, not a city
      // an Islamabad-style sector and its sub-sector
      "پتہ House 767, Street 34, G-9/4, Karachi 54688، موبائل 0327 5998764|House 767, Street 34, G-9/4, Karachi 54688",
      // the house's letter written apart, after a Norwegian street word
      "røyk i Thorvald Meyers gate 22 B, 0555 Oslo, innringer oppgir|Thorvald Meyers gate 22 B, 0555 Oslo",
      // a rank cut with its dot in the street's name
      "Kirim ke Jl. Jend. Sudirman No. 44, Jakarta Pusat 10220 ya|Jl. Jend. Sudirman No. 44, Jakarta Pusat 10220",
      // the Dutch ground floor after the house number
      "afleveradres Vondelstraat 119-hs, 9711 LV Groningen, contact|Vondelstraat 119-hs, 9711 LV Groningen",
      // the Romanian floor, the Danish ground floor's door, the Spanish shop; the Galician street and the Yoruba road typed plainly
      "este la Str. Republicii nr. 125, et. 3, ap. 9, București 030167. Nu|Str. Republicii nr. 125, et. 3, ap. 9, București 030167",
      "køre hjulet ud til Istedgade 70, st. tv., 9000 Aalborg? Tak|Istedgade 70, st. tv., 9000 Aalborg",
      "la dirección es Calle 53 # 94-47, local 5, Bucaramanga|Calle 53 # 94-47, local 5, Bucaramanga",
      "Quedamos en Rúa do Vilar 13, la furgo azul|Rúa do Vilar 13",
      "lọ sí No. 55, Opopona Adeola Odeku, Victoria Island, Lagos, kì í ṣe|No. 55, Opopona Adeola Odeku, Victoria Island, Lagos",
  })
  void findsUnitsAfterDashesAndHousesOfMoreCountries(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "promoção - apto 37 disponível, ligue já",     // a unit after a dash, but no street
      "rom 55 H0203 er ledig",                         // a flat's number, but no street
      "3வது முறை, கோயம்புத்தூர் 641002",                // "the 3rd time": no street word after the ordinal
      "Flight 258-N, Model 3, Lahore 2024",            // a lettered number that no postcode proves
      "tested on builds A-1, B-22, C-3 today",          // sector-shaped codes with no house or street before them
      "the seats are 22 B, 0555 Oslo has the rest",     // a seat's letter is no street
      "ask Jend. Sudirman No. 44 in line",              // a cut rank in a name, but no street word before it
      "the local 5 o'clock news, et 3 autres",          // "local" and "et" with numbers, but no street
  })
  void findsNoUnitOrHouseWithoutItsStreet(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** Street words of Yoruba, Welsh and Swahili, with the links that join a Welsh or Swahili street word to its name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Àdírẹ́sì: 9 Òpópónà Bọ́lá Ìgè, Ìkẹjà, Lagos.|9 Òpópónà Bọ́lá Ìgè, Ìkẹjà, Lagos",
      "àdírẹ́sì 5 Ọ̀nà Ajose, Yaba, Lagos. O ṣeun|5 Ọ̀nà Ajose, Yaba, Lagos",
      "anfonwch i 12 Heol y Bont, Abertawe SA1 3LE diolch|12 Heol y Bont, Abertawe SA1 3LE",
      "ewch i 3 Ffordd yr Orsaf, Bangor LL57 1LZ|3 Ffordd yr Orsaf, Bangor LL57 1LZ",
      "anaishi Mtaa wa Jamhuri 7, Moshi, karibu na soko|Mtaa wa Jamhuri 7, Moshi",
      "Anwani: Nyumba Na. 12, Mtaa wa Lumumba, Kariakoo, Dar es Salaam. Simu|Nyumba Na. 12, Mtaa wa Lumumba, Kariakoo, Dar es Salaam",
  })
  void knowsStreetWordsOfYorubaWelshAndSwahili(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mo rin 3 ọ̀nà lónìí",                    // a count of roads, no name after the street word
      "mae'r heol 5 milltir o hyd",              // "the road is 5 miles long"
      "nilikaa mtaa wa 5 siku tatu",             // no capitalized name after the link
  })
  void ignoresThoseStreetWordsWithoutAName(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  /** "To" and "till" end the place of an address that a move or a trip leaves for another. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kutoka Mtaa wa Uhuru 18, Moshi hadi Arusha kesho|Mtaa wa Uhuru 18, Moshi",
      "Flytt från Vasagatan 3, Uppsala till Lund|Vasagatan 3, Uppsala",
      "moving from 4 Oak Street, Bristol to Leeds|4 Oak Street, Bristol",
      "نقل من شارع الهرم 12، الجيزة إلى 5 شارع فيصل، القاهرة 11511.|شارع الهرم 12، الجيزة;5 شارع فيصل، القاهرة 11511",
  })
  void endsThePlaceBeforeWhereAMoveGoes(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split(";")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "moving from 4 Oak Street, Bristol To Do list|4 Oak Street",   // capitalized, "To" starts no destination
      "at 4 Oak Street, Anna to bring cake|4 Oak Street",            // a given name before "to" is no place
  })
  void takesNoPlaceBeforeOtherWords(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  /** A dwelling whose number is the house's, before the street a comma sets off; a floor counted in flights of stairs. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jọ̀ọ́ gbé e ní Plot 12, Ọ̀nà Ìwọ̀, Ìbàdàn.|Plot 12, Ọ̀nà Ìwọ̀, Ìbàdàn",
      "flyttar till Vasagatan 3, 2 tr, 411 24 Göteborg i maj|Vasagatan 3, 2 tr, 411 24 Göteborg",
      "Av. Juárez 10, Col. de la Paz, 72160 Puebla|Av. Juárez 10, Col. de la Paz, 72160 Puebla",
      "Calle Luna 5, Col. del Valle, 03100 Ciudad de México|Calle Luna 5, Col. del Valle, 03100 Ciudad de México",
  })
  void findsDwellingsFloorsAndDistrictsOfMoreCountries(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "office: 100 Queen St W, Toronto ON M5H 2N2|100 Queen St W, Toronto ON M5H 2N2", // no comma: the unit is a label
      "bor på Vasagatan 3, 2 tröjor kvar|Vasagatan 3",                                  // no flight of stairs
  })
  void leavesLabelsAndWordsOutsideTheDwelling(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Reclamo: choque en la Av. Insurgentes el 3 de mayo, sin heridos|",       // a day of a month in lower case
      "Skickat av Eva Ström, 08-123 45 67.|",                                  // the area code of a phone
      "Calle 5 de Mayo 427, Centro|Calle 5 de Mayo 427, Centro",               // a street named after a date
      "Hawaii: 95-1050 Makaimoe St, Mililani, HI 96789|95-1050 Makaimoe St, Mililani, HI 96789", // a zone before the house
  })
  void takesNoDayOfAMonthNorAnAreaCodeForAHouseNumber(String text, String expected) {
    assertThat(Found.by(detector, text), expected == null ? empty() : contains(expected));
  }

  /**
   * A Zulu or Xhosa prefix (also two: "kuku-", it is at) joined to the house number by a hyphen is no
   * part of the address, nor are the Chinese words before it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Thumela kwe-22 Smith Street, Durban, 4001. Ngiyabonga|22 Smith Street, Durban, 4001",
      "ngaphandle ku-8 Long Street, Cape Town, 8001.|8 Long Street, Cape Town, 8001",
      "Umcimbi kulokhu kuku-14 Florida Road, Durban, 4001.|14 Florida Road, Durban, 4001",  // the copula and the locative
      "see the pre-22 Smith Street plans|",                  // an English prefix: a range or a code
      "ref KU-22 Smith Street|",                             // in capitals, a code
      // Chinese or Japanese words written against the house number, as a foreign address in their text has it
      "他的地址1288 Pine St, San Francisco, CA 94109，麻烦了|1288 Pine St, San Francisco, CA 94109",
      "住所は450 Main St, Boston, MA 02110です|450 Main St, Boston, MA 02110",
      "价格100元 Street Food|",                               // a price, and no street word after the number
  })
  void readsTheHouseNumberAfterAZuluPrefixOrWordsWithoutSpaces(String text, String expected) {
    assertThat(Found.by(detector, text), expected == null ? empty() : contains(expected));
  }

  /**
   * A suburb named as people are, kept when a place follows it; an Israeli postcode before the words of the
   * sentence; the flat and tower of a condominium before its name.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Home is 3 Kowhai Street, Ngaio, Wellington 6035. Cheers|3 Kowhai Street, Ngaio, Wellington 6035",
      "Endereço: Rua Augusta 120, Santana, São Paulo - SP, 02011-000.|Rua Augusta 120, Santana, São Paulo - SP, 02011-000",
      "מעבר מרחוב הרצל 12, תל אביב-יפו 6578901 לחיפה|רחוב הרצל 12, תל אביב-יפו 6578901",
      "mula Unit 7C, Tower 1, Vista Residences, 12 Ayala Ave, Makati 1226 papunta|Unit 7C, Tower 1, Vista Residences, 12 Ayala Ave, Makati 1226",
  })
  void keepsPlacesThatAreNamesPostcodesBeforeWordsAndCondominiums(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "send it to 12 Oak St, John. Thanks|12 Oak St",                  // a given name that nothing follows
      "send it to 12 Oak St, John, thanks|12 Oak St",                   // nor a place
      "רחוב הרצל 12, תל אביב 6578901 234 היה|רחוב הרצל 12",               // seven digits before more digits: a phone's groups
      "we saw Tower 2, then Tower 3, in town|",                              // towers that no street nor postcode proves
  })
  void leavesGivenNamesPhoneGroupsAndLoneTowersOut(String text, String expected) {
    assertThat(Found.by(detector, text), expected == null ? empty() : contains(expected));
  }

  /**
   * A Colombian plate whose cross street holds a letter; a Czech house's two numbers (the registry's and the
   * street's) before the postcode; a street's article is a name's particle, not any function word.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dirección: Carrera 15 #93B-40, Apto 301, Bogotá|Carrera 15 #93B-40, Apto 301, Bogotá",
      "Stěhování z Husova 318/12, 602 00 Brno do Nádražní 4, 779 00 Olomouc|Husova 318/12, 602 00 Brno;Nádražní 4, 779 00 Olomouc",
      "Unter den Linden 5, 10117 Berlin|Unter den Linden 5, 10117 Berlin",
  })
  void findsLetteredPlatesCzechHouseNumbersAndArticlesOfStreets(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split(";")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Carrera 15 #TICKET-40, Bogotá|",                        // no number before the hyphen
      "Husova 318/12 se prodává za 602 000|",                   // no comma, no postcode after the two numbers
      "cestou z Brno do Nádražní 4, 779 00 Olomouc|Nádražní 4, 779 00 Olomouc", // "do" (to) is no article of the name
  })
  void readsNoCodeAsAPlateNorAPrepositionAsAnArticle(String text, String expected) {
    assertThat(Found.by(detector, text), expected == null ? empty() : contains(expected));
  }

  @Test
  void findsNoAddressInChatWithoutOne() throws IOException {
    for (String message : ChatText.messages(2000, 500, false)) {
      assertThat(message, Found.by(detector, message), empty());
    }
  }
}
