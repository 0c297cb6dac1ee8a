package io.traingate.pii;

/** The kinds of personal information the redactor finds (pii.md, "Entity types"). */
public enum EntityType {
  EMAIL,
  PHONE,
  CREDIT_CARD,
  US_SSN,
  IBAN,
  IP_ADDRESS,
  SECRET,
  CRYPTO_WALLET,
  GOV_ID,
  PERSON,
  STREET_ADDRESS
}
