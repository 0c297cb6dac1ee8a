package io.traingate.generate;

import java.util.List;
import java.util.Map;

/**
 * The sentences of one language that chat text is assembled from. Templates hold slots filled
 * per conversation ({@code {city}}, {@code {company}}, {@code {dish}}, {@code {job}},
 * {@code {product}}, {@code {book}}, {@code {month}}, {@code {n}}, {@code {topic}}); in
 * {@link #personal} and {@link #echoes}, {@code {}} is where a personal value goes.
 *
 * @param requests what a user opens a conversation with
 * @param context sentences a user adds about their situation
 * @param followUps what a user says in later turns
 * @param codeAsks what a user says before pasting code
 * @param replyOpeners, replySentences, replyClosers an assistant's reply, in that order
 * @param personal a user giving away a personal value, by kind
 * @param echoes an assistant repeating a personal value back
 * @param topics what the conversations are about
 */
record Phrases(
    List<String> requests,
    List<String> context,
    List<String> followUps,
    List<String> codeAsks,
    List<String> replyOpeners,
    List<String> replySentences,
    List<String> replyClosers,
    Map<PersonalKind, List<String>> personal,
    List<String> echoes,
    List<String> topics) {}
