package io.traingate.generate;

/**
 * One line of a generated file, with what went into it.
 *
 * @param deliberatelyBad written to be dead-lettered by the gate (malformed, bad timestamp, ...)
 * @param characters characters of chat text in it (0 for consent events)
 * @param entitiesPlanted personal values and secrets planted in that text
 */
record GeneratedLine(String json, boolean deliberatelyBad, long characters, int entitiesPlanted) {}
