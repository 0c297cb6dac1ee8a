package io.traingate.generate;

import static io.traingate.generate.PersonalKind.CREDIT_CARD;
import static io.traingate.generate.PersonalKind.EMAIL;
import static io.traingate.generate.PersonalKind.IBAN;
import static io.traingate.generate.PersonalKind.IP_ADDRESS;
import static io.traingate.generate.PersonalKind.PERSON;
import static io.traingate.generate.PersonalKind.PHONE;
import static io.traingate.generate.PersonalKind.STREET_ADDRESS;
import static io.traingate.generate.PersonalKind.US_SSN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The phrases of every {@link Language}: chat text is these templates filled with Datafaker values. */
final class Phrasebook {
  private static final Map<Language, Phrases> PHRASES = new EnumMap<>(Language.class);

  static {
    PHRASES.put(
        Language.ENGLISH,
        new Phrases(
            List.of(
                "Can you help me write a polite email to my landlord about {topic}?",
                "I'm planning a trip to {city} in {month}. What should I not miss in {n} days?",
                "Explain {topic} like I'm five.",
                "What's a quick dinner I can make with {dish} leftovers?",
                "My manager at {company} wants a one-page summary of {topic}. Where do I start?",
                "I have an interview for a {job} position next week. What questions should I expect?",
                "Recommend a book similar to {book}, something I can finish on a flight.",
                "Is the {product} worth it, or should I wait for the next version?",
                "Draft a short LinkedIn post announcing that I joined {company} as a {job}.",
                "I keep procrastinating on {topic}. Can you give me a realistic {n}-week plan?",
                "What are the pros and cons of moving from {city} to a smaller town?",
                "Write a birthday poem for my sister, she loves {dish} and hiking."),
            List.of(
                "I work as a {job} at {company}.",
                "We moved to {city} last spring, so everything is still new.",
                "Budget is tight this month, so cheap options are better.",
                "I already tried the obvious things and nothing worked.",
                "It needs to be done by {month}, ideally earlier.",
                "English is not my first language, so keep it simple please.",
                "My team is {n} people and half of them are remote."),
            List.of(
                "Thanks! Can you make it shorter?",
                "That's helpful. Could you add more detail on the second point?",
                "Hmm, that doesn't sound right. Are you sure?",
                "Can you rewrite it in a more friendly tone?",
                "Great, now turn that into a checklist.",
                "What would you change if I only had {n} days?",
                "Perfect, one more thing about {topic}."),
            List.of("Why does this throw an error?", "Can you make this faster?", "What's wrong with this code:", "Please review this:"),
            List.of("Sure!", "Good question.", "Happy to help.", "Here's a draft:", "Of course, here's what I'd suggest:", "Let's break it down."),
            List.of(
                "The most important factor is usually time, so start with the part that has a deadline.",
                "In {city} the old town is compact, so you can see most of it on foot in a day.",
                "A common mistake is trying to change everything at once; pick one habit and build on it.",
                "If you compare the options side by side, the cheaper one often covers what you actually need.",
                "For {topic}, a simple rule of thumb is to write down the goal before you pick the method.",
                "Keep the first paragraph to two sentences so the reader knows why you are writing.",
                "Interviewers for a {job} role like concrete examples with numbers.",
                "You can prepare most of it the evening before and reheat it in ten minutes.",
                "Think of it like a queue at a bakery: whoever arrives first is served first.",
                "Check the return policy before you buy, it varies a lot between shops."),
            List.of("Let me know if you want a different version.", "Good luck!", "Want me to adjust anything?", "Hope this helps."),
            Map.of(
                PERSON, List.of("By the way, I'm {}.", "Sign it with my name, {}.", "My colleague {} will join the call too."),
                EMAIL, List.of("You can reply to {} if that's easier.", "Please put {} as the contact address.", "My work email is {}."),
                PHONE, List.of("My number is {}, text me anytime.", "Add my mobile {} below the signature.", "Call me at {} after five."),
                STREET_ADDRESS, List.of("The package should go to {}.", "I live at {}, is that far from the station?"),
                CREDIT_CARD, List.of("They charged my card {} twice, how do I dispute it?", "Is it safe to send my card number {} by email?"),
                IP_ADDRESS, List.of("The server at {} keeps timing out.", "My router shows {} as the public address."),
                IBAN, List.of("Please transfer the deposit to {}.", "My IBAN is {} in case you need it for the invoice."),
                US_SSN, List.of("The form asks for my SSN, it's {}.", "Can I give {} as my social security number over the phone?")),
            List.of("I've added {} to the draft.", "Noted: {}.", "I'll use {} where the template asks for it."),
            List.of("the broken heating", "compound interest", "the quarterly report", "learning Spanish", "a vegetable garden",
                "black holes", "my sleep schedule", "the new tax rules", "a wedding speech", "switching careers")));
    PHRASES.put(
        Language.GERMAN,
        new Phrases(
            List.of(
                "Kannst du mir helfen, meinem Vermieter eine E-Mail zum Thema {topic} zu schreiben?",
                "Ich fahre im {month} nach {city}. Was sollte ich in {n} Tagen unbedingt sehen?",
                "Erklär mir bitte das Thema {topic} so einfach wie möglich.",
                "Was kann ich heute Abend schnell mit {dish} kochen?",
                "Ich habe nächste Woche ein Vorstellungsgespräch als {job}. Worauf sollte ich mich vorbereiten?"),
            List.of("Ich arbeite bei {company}.", "Wir wohnen seit einem Jahr in {city}.", "Es muss bis {month} fertig sein."),
            List.of("Danke! Kannst du es kürzer machen?", "Kannst du das etwas freundlicher formulieren?", "Und wenn ich nur {n} Tage habe?"),
            List.of("Warum funktioniert das nicht?", "Kannst du den Code prüfen?"),
            List.of("Gerne!", "Gute Frage.", "Hier ist ein Vorschlag:"),
            List.of(
                "Am wichtigsten ist meistens die Zeit, also fang mit dem Teil an, der eine Frist hat.",
                "In {city} ist die Altstadt klein, vieles erreichst du zu Fuß.",
                "Ein kurzer erster Absatz hilft dem Leser zu verstehen, worum es geht.",
                "Vergleiche die Angebote direkt miteinander, oft reicht die günstigere Variante.",
                "Viele machen den Fehler, alles auf einmal zu ändern; nimm dir erst eine Sache vor.",
                "Für ein Gespräch als {job} helfen konkrete Beispiele mit Zahlen.",
                "Das meiste kannst du am Vorabend vorbereiten und in zehn Minuten aufwärmen."),
            List.of("Viel Erfolg!", "Sag Bescheid, wenn ich etwas ändern soll."),
            Map.of(
                PERSON, List.of("Ich heiße übrigens {}.", "Unterschreib bitte mit {}."),
                EMAIL, List.of("Du kannst {} als Kontakt angeben.", "Meine E-Mail ist {}."),
                PHONE, List.of("Meine Handynummer ist {}.", "Ruf mich unter {} an."),
                STREET_ADDRESS, List.of("Die Lieferung soll an {} gehen.", "Ich wohne in {}."),
                CREDIT_CARD, List.of("Meine Karte {} wurde doppelt belastet."),
                IP_ADDRESS, List.of("Der Server {} antwortet nicht mehr."),
                IBAN, List.of("Bitte überweise die Kaution auf {}.", "Meine IBAN lautet {}."),
                US_SSN, List.of("Das US-Formular will meine SSN {}, ist das normal?")),
            List.of("Ich habe {} eingetragen.", "Notiert: {}."),
            List.of("Heizungsausfall", "Nebenkostenabrechnung", "Zinseszins", "Schlafrhythmus", "Steuererklärung")));
    PHRASES.put(
        Language.FRENCH,
        new Phrases(
            List.of(
                "Peux-tu m'aider à écrire un mail à mon propriétaire au sujet de {topic} ?",
                "Je pars à {city} en {month}. Que faut-il voir en {n} jours ?",
                "Explique-moi {topic} simplement, s'il te plaît.",
                "Qu'est-ce que je peux cuisiner avec un reste de {dish} ?",
                "J'ai un entretien pour un poste de {job} la semaine prochaine, comment me préparer ?"),
            List.of("Je travaille chez {company}.", "Nous habitons à {city} depuis peu.", "C'est pour le mois de {month}."),
            List.of("Merci ! Tu peux raccourcir ?", "Tu peux le rendre plus chaleureux ?", "Et si je n'ai que {n} jours ?"),
            List.of("Pourquoi ce code plante ?", "Tu peux relire ce code ?"),
            List.of("Bien sûr !", "Bonne question.", "Voici une proposition :"),
            List.of(
                "Le plus important, c'est de commencer par ce qui a une date limite.",
                "À {city}, le centre historique se visite facilement à pied.",
                "Un premier paragraphe court aide le lecteur à comprendre la demande.",
                "Compare les offres côte à côte, la moins chère suffit souvent.",
                "On fait souvent l'erreur de tout changer d'un coup ; commence par une seule habitude.",
                "Pour un poste de {job}, des exemples concrets avec des chiffres font la différence.",
                "Tu peux presque tout préparer la veille et le réchauffer en dix minutes."),
            List.of("Bon courage !", "Dis-moi si tu veux une autre version."),
            Map.of(
                PERSON, List.of("Au fait, je m'appelle {}.", "Signe avec mon nom, {}."),
                EMAIL, List.of("Tu peux mettre {} comme adresse de contact.", "Mon adresse mail est {}."),
                PHONE, List.of("Mon numéro est le {}.", "Appelle-moi au {}."),
                STREET_ADDRESS, List.of("Le colis doit arriver au {}.", "J'habite {}."),
                CREDIT_CARD, List.of("Ma carte {} a été débitée deux fois."),
                IP_ADDRESS, List.of("Le serveur {} ne répond plus."),
                IBAN, List.of("Merci de virer la caution sur {}.", "Mon IBAN est {}."),
                US_SSN, List.of("Le formulaire américain demande mon SSN, {}.")),
            List.of("J'ai ajouté {} au brouillon.", "Noté : {}."),
            List.of("le chauffage en panne", "les intérêts composés", "la déclaration d'impôts", "mon sommeil", "un potager")));
    PHRASES.put(
        Language.SPANISH,
        new Phrases(
            List.of(
                "¿Me ayudas a escribir un correo a mi casero sobre {topic}?",
                "Viajo a {city} en {month}. ¿Qué no me puedo perder en {n} días?",
                "Explícame {topic} de forma sencilla.",
                "¿Qué puedo cocinar rápido con {dish}?",
                "Tengo una entrevista para {job} la próxima semana, ¿cómo me preparo?"),
            List.of("Trabajo en {company}.", "Nos mudamos a {city} hace poco.", "Lo necesito para {month}."),
            List.of("¡Gracias! ¿Puedes acortarlo?", "¿Lo puedes hacer más amable?", "¿Y si solo tengo {n} días?"),
            List.of("¿Por qué falla esto?", "¿Puedes revisar este código?"),
            List.of("¡Claro!", "Buena pregunta.", "Aquí tienes una propuesta:"),
            List.of(
                "Lo más importante es empezar por lo que tiene fecha límite.",
                "En {city} el casco antiguo se recorre fácilmente a pie.",
                "Un primer párrafo corto ayuda a entender la petición.",
                "Compara las ofertas una al lado de la otra, muchas veces basta la más barata.",
                "Un error común es querer cambiarlo todo a la vez; empieza por un solo hábito.",
                "Para un puesto de {job} funcionan muy bien los ejemplos concretos con cifras.",
                "Puedes dejar casi todo listo la noche anterior y calentarlo en diez minutos."),
            List.of("¡Mucha suerte!", "Dime si quieres otra versión."),
            Map.of(
                PERSON, List.of("Por cierto, me llamo {}.", "Fírmalo con mi nombre, {}."),
                EMAIL, List.of("Pon {} como correo de contacto.", "Mi correo es {}."),
                PHONE, List.of("Mi móvil es {}.", "Llámame al {}."),
                STREET_ADDRESS, List.of("El paquete tiene que llegar a {}.", "Vivo en {}."),
                CREDIT_CARD, List.of("Me cobraron dos veces en la tarjeta {}."),
                IP_ADDRESS, List.of("El servidor {} ya no responde."),
                IBAN, List.of("Haz la transferencia a {}.", "Mi IBAN es {}."),
                US_SSN, List.of("El formulario de EE. UU. pide mi SSN, {}.")),
            List.of("He añadido {} al borrador.", "Anotado: {}."),
            List.of("la calefacción rota", "el interés compuesto", "la declaración de la renta", "mis horarios de sueño", "un huerto")));
    PHRASES.put(
        Language.PORTUGUESE,
        new Phrases(
            List.of(
                "Pode me ajudar a escrever um e-mail para o proprietário sobre {topic}?",
                "Vou para {city} em {month}. O que não posso perder em {n} dias?",
                "Me explica {topic} de um jeito simples.",
                "O que dá para cozinhar rápido com {dish}?",
                "Tenho uma entrevista para {job} semana que vem, como me preparo?"),
            List.of("Trabalho na {company}.", "Mudamos para {city} há pouco tempo.", "Preciso disso até {month}."),
            List.of("Valeu! Pode deixar mais curto?", "Pode deixar mais simpático?", "E se eu tiver só {n} dias?"),
            List.of("Por que isso dá erro?", "Pode revisar esse código?"),
            List.of("Claro!", "Boa pergunta.", "Aqui vai uma sugestão:"),
            List.of(
                "O mais importante é começar pelo que tem prazo.",
                "Em {city} o centro histórico dá para conhecer a pé.",
                "Um primeiro parágrafo curto ajuda o leitor a entender o pedido.",
                "Compare as ofertas lado a lado, muitas vezes a mais barata resolve.",
                "Um erro comum é querer mudar tudo de uma vez; comece por um hábito só.",
                "Para uma vaga de {job}, exemplos concretos com números ajudam muito.",
                "Dá para deixar quase tudo pronto na noite anterior e esquentar em dez minutos."),
            List.of("Boa sorte!", "Me avisa se quiser outra versão."),
            Map.of(
                PERSON, List.of("Aliás, meu nome é {}.", "Assina com o meu nome, {}."),
                EMAIL, List.of("Coloca {} como e-mail de contato.", "Meu e-mail é {}."),
                PHONE, List.of("Meu celular é {}.", "Me liga no {}."),
                STREET_ADDRESS, List.of("A entrega deve ir para {}.", "Eu moro na {}."),
                CREDIT_CARD, List.of("Cobraram duas vezes no meu cartão {}."),
                IP_ADDRESS, List.of("O servidor {} parou de responder."),
                IBAN, List.of("Faça a transferência para {}.", "Meu IBAN é {}."),
                US_SSN, List.of("O formulário americano pede meu SSN, {}.")),
            List.of("Coloquei {} no rascunho.", "Anotado: {}."),
            List.of("o aquecedor quebrado", "juros compostos", "o imposto de renda", "minha rotina de sono", "uma horta")));
    PHRASES.put(
        Language.HINDI_LATIN,
        new Phrases(
            List.of(
                "Mujhe {city} trip ke liye {n} din ka plan chahiye, kya aap help kar sakte ho?",
                "Yaar, {topic} samajh nahi aa raha, simple mein samjhao na.",
                "Ghar pe {dish} bacha hai, isse jaldi kya bana sakte hain?",
                "Agle hafte {job} ka interview hai, kya kya prepare karun?",
                "Landlord ko {topic} ke baare mein ek polite message likh do please."),
            List.of("Main {company} mein kaam karta hoon.", "Hum log abhi {city} shift hue hain.", "Ye {month} tak chahiye."),
            List.of("Thanks! Thoda chhota kar do.", "Thoda friendly tone mein likho na.", "Agar sirf {n} din hon toh?"),
            List.of("Ye code error kyun de raha hai?", "Is code ko check karo please:"),
            List.of("Bilkul!", "Achha sawaal hai.", "Ye raha ek draft:"),
            List.of(
                "Sabse pehle woh kaam karo jiski deadline sabse pass hai.",
                "{city} mein purana sheher paidal ghoom sakte ho.",
                "Pehla paragraph chhota rakho taaki padhne wala turant samajh jaaye.",
                "Dono options ko saath mein compare karo, aksar sasta wala kaafi hota hai.",
                "Ek saath sab kuch badalne ki koshish mat karo, pehle ek aadat pakdo.",
                "{job} ke interview mein numbers wale examples bahut kaam aate hain.",
                "Zyada tar cheezein raat ko hi ready kar lo, subah bas garam karna hai."),
            List.of("All the best!", "Aur kuch badalna ho toh batao."),
            Map.of(
                PERSON, List.of("Waise mera naam {} hai.", "Neeche mera naam {} likh dena."),
                EMAIL, List.of("Mera email {} hai.", "Contact ke liye {} daal do."),
                PHONE, List.of("Mera number {} hai, WhatsApp bhi chalega.", "Mujhe {} pe call karna."),
                STREET_ADDRESS, List.of("Parcel {} pe bhejna hai.", "Main {} mein rehta hoon."),
                CREDIT_CARD, List.of("Mere card {} se do baar paise kat gaye."),
                IP_ADDRESS, List.of("Server {} respond nahi kar raha."),
                IBAN, List.of("Paise {} pe transfer karne hain.", "Mera IBAN {} hai."),
                US_SSN, List.of("US form mera SSN maang raha hai, {}.")),
            List.of("Maine {} draft mein daal diya hai.", "Note kar liya: {}."),
            List.of("bijli ka bill", "compound interest", "income tax return", "meri neend ka schedule", "ghar ka garden")));
  }

  private Phrasebook() {}

  static Phrases of(Language language) {
    return PHRASES.get(language);
  }
}
