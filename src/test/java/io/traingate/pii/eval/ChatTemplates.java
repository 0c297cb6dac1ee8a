package io.traingate.pii.eval;

import io.traingate.pii.EntityType;
import java.util.List;
import java.util.Map;

/**
 * Chat-style sentence templates. {@code {X}} marks a slot: the slot's value is labeled with the
 * slot's entity type; everything else in the template is context and stays unlabeled.
 */
final class ChatTemplates {
  private ChatTemplates() {}

  /** Slot names and the entity type of their value. */
  static final Map<String, EntityType> SLOT_TYPES = Map.ofEntries(
      Map.entry("EMAIL", EntityType.EMAIL), Map.entry("EMAIL_SPELLED", EntityType.EMAIL),
      Map.entry("PHONE", EntityType.PHONE), Map.entry("CARD", EntityType.CREDIT_CARD),
      Map.entry("SSN", EntityType.US_SSN), Map.entry("SSN_BARE", EntityType.US_SSN),
      Map.entry("IBAN", EntityType.IBAN), Map.entry("IP", EntityType.IP_ADDRESS),
      Map.entry("KEY", EntityType.SECRET), Map.entry("JWT", EntityType.SECRET), Map.entry("PEM", EntityType.SECRET),
      Map.entry("PASSWORD", EntityType.SECRET), Map.entry("URL_CREDENTIAL", EntityType.SECRET),
      Map.entry("WALLET", EntityType.CRYPTO_WALLET), Map.entry("GOV_ID", EntityType.GOV_ID),
      Map.entry("FIRST", EntityType.PERSON), Map.entry("FULL", EntityType.PERSON), Map.entry("LAST", EntityType.PERSON),
      Map.entry("first", EntityType.PERSON), Map.entry("full", EntityType.PERSON),
      Map.entry("ADDRESS", EntityType.STREET_ADDRESS), Map.entry("address", EntityType.STREET_ADDRESS));

  static final Map<EntityType, List<String>> BY_TYPE = Map.ofEntries(
      Map.entry(EntityType.EMAIL, List.of(
          "my email is {EMAIL}", "email me at {EMAIL} when you can", "you can reach me at {EMAIL}",
          "{EMAIL} is my work address", "send the invoice to {EMAIL} thx", "contact: {EMAIL}",
          "it's {EMAIL} (not the old one)", "pls cc {EMAIL} on that thread", "<{EMAIL}>",
          "mail me: {EMAIL_SPELLED}", "write to {EMAIL_SPELLED} if the form breaks", "my addy is {EMAIL_SPELLED}",
          "forwarding everything to {EMAIL}.")),
      Map.entry(EntityType.PHONE, List.of(
          "my number is {PHONE}", "call me at {PHONE}", "text {PHONE} when ur here", "phone: {PHONE}",
          "tel {PHONE}", "{PHONE} is my cell", "whatsapp me on {PHONE} pls", "office line is {PHONE}, ask for billing",
          "you can ring {PHONE} after 6", "new number!! {PHONE}")),
      Map.entry(EntityType.CREDIT_CARD, List.of(
          "card number {CARD} exp 04/27", "my visa is {CARD}", "charge it to {CARD} please", "cc: {CARD}",
          "here's the card {CARD} cvv on the back", "use {CARD} for the deposit", "the card ending... actually full number is {CARD}")),
      Map.entry(EntityType.US_SSN, List.of(
          "my ssn is {SSN}", "SSN: {SSN}", "social security number {SSN}", "ss# {SSN}", "{SSN} is my social",
          "for the form, SSN {SSN_BARE}", "ssn {SSN_BARE} pls keep private", "the SSN on file is {SSN}")),
      Map.entry(EntityType.IBAN, List.of(
          "IBAN: {IBAN}", "please wire it to {IBAN}", "my iban is {IBAN}", "account {IBAN} (BIC on request)",
          "pay into {IBAN} by friday", "bank details: {IBAN}")),
      Map.entry(EntityType.IP_ADDRESS, List.of(
          "my ip is {IP}", "server {IP} is down again", "ping {IP} and tell me", "allowlist {IP} please",
          "it resolves to {IP}", "ssh into {IP} with the usual user", "blocked requests from {IP}", "gateway: {IP}")),
      Map.entry(EntityType.SECRET, List.of(
          "here's my key {KEY}", "OPENAI_API_KEY={KEY}", "export TOKEN={KEY}", "```\nclient = Client(api_key=\"{KEY}\")\n```",
          "Authorization: Bearer {JWT}", "the token is {JWT}", "```\n{PEM}\n```", "password={PASSWORD}",
          "DB_PASSWORD=\"{PASSWORD}\"", "my password is {PASSWORD}", "\"password\": \"{PASSWORD}\"",
          "connect with postgres://{URL_CREDENTIAL}@db.internal:5432/app", "the wifi password is {PASSWORD}",
          "mongodb://{URL_CREDENTIAL}@cluster0.example.net/test", "api_key: {KEY}")),
      Map.entry(EntityType.CRYPTO_WALLET, List.of(
          "send btc to {WALLET}", "my wallet: {WALLET}", "donations: {WALLET}", "pay to {WALLET} and send the tx id",
          "{WALLET} is my address", "eth/btc address {WALLET}")),
      Map.entry(EntityType.GOV_ID, List.of(
          "{GOV_ID}", "for the booking, {GOV_ID}", "they asked for {GOV_ID}", "{GOV_ID} (expires next year)",
          "i think it's {GOV_ID}")),
      Map.entry(EntityType.PERSON, List.of(
          "hi {FIRST}, quick question", "hey {first} u there?", "Dear {FULL},", "my name is {FULL} and I need help",
          "my name is {full}", "I'm {FIRST}, nice to meet you", "thanks {FIRST}!", "Thanks,\n{FIRST}",
          "Best regards,\n{FULL}", "can you ask {FULL} to call me back", "I spoke with {FULL} yesterday",
          "my sister {FIRST} lives there", "Mr. {LAST} said no", "Dr. {FULL} is my doctor",
          "{FULL} will join the call", "cc {FIRST}", "cheers, {first}", "hello {FULL}, welcome aboard",
          "my boss {FULL} approved it", "this is {FIRST} from accounting", "im {first} btw")),
      Map.entry(EntityType.STREET_ADDRESS, List.of(
          "i live at {address}", "ship it to {ADDRESS} please", "my address is {ADDRESS}", "the office moved to {ADDRESS}.",
          "meet me at {ADDRESS} at 5", "Address: {ADDRESS}", "{ADDRESS} is where the party is",
          "can you deliver to {ADDRESS}?", "we're at {ADDRESS}, buzz twice", "new place is {address} lol")));

  /** Chat with no personal information, including traps: versions, times, prices, ids, code. */
  static final List<String> FILLERS = List.of(
      "lol ok", "sounds good!", "can you check this tomorrow?", "upgrade to 2.4.1 fixed it", "meeting moved to 10:30",
      "it costs $1,299.99 now", "order #48213 shipped", "we're on python 3.11.4", "Will you grant me access?",
      "May is my favorite month", "I hope you can mark this as done", "the rose garden was closed", "Grant me a minute",
      "build 1.2.3.4567 is broken", "room 404, second floor", "flight UA 123 lands at 7", "error code 0x80070005",
      "port 8080 is busy", "commit 3f2a9c1 broke the tests", "took 3 blocks down the street", "I walked 5 miles today",
      "the ratio is 3.14 vs 2.72", "see ISBN 978-3-16-148410-0", "uuid 123e4567-e89b-12d3-a456-426614174000",
      "```\nfor i in range(10):\n    print(i)\n```", "```\nconst apiKey = process.env.API_KEY;\n```", "password = get_password()",
      "set password: ******** in the form", "version 10.0.0.1 is not an ip", "from 2019 to 2023 we grew 40%",
      "call me maybe", "thanks again!", "hi all", "hey team, standup in 5", "Dear Sir or Madam,", "ok will do",
      "i'm tired", "this is fine", "my bad", "June was rainy", "Frank feedback is welcome", "the jack is broken",
      "I need 2 more days", "chapter 12 section 4", "apt is nice btw", "we need 500 chairs", "score was 3-1",
      "lat 37.7749, lng -122.4194", "1 2 3 4 5 6 7 8 9 10", "👍", "ça marche 😊", "שלום", "مرحبا", "謝謝",
      "sk-learn is a library", "use the AKIA prefix check", "the key is in the vault", "Park Avenue is busy today",
      "We met at the Baker Street station", "call 911 if needed", "my account number ends in 42", "ping me on slack",
      "Hope you're well", "Mark the date: May 5", "Rose to the occasion", "Bill me later");
}
