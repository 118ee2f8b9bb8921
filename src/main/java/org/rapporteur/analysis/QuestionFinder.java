package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Question;
import org.rapporteur.model.Role;
import org.rapporteur.model.Text;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.Sentence;
import org.rapporteur.nlp.Token;

/**
 * Audience questions: asked in the room by participants, typed into the public chat, submitted through a Q&amp;A
 * tool, or read out from the chat by a moderator ({@code relayedBy}; the question stays its author's). A question
 * asked twice (typed, then read out) is kept once with both pieces of evidence. Not the audience's: the panel's
 * and the chairs' own questions, housekeeping, poll announcements, and a question its speaker answers at once.
 * Each question asked or read out in the room carries the answers that follow it: the turns of the panellists
 * (outside hearings), of the people it is put to (named in it or handed the floor), or that name its asker, and
 * else the first turn after it, until a new question or, once answered, a chair handing the floor to someone; else
 * a panellist taking it up later by its asker's name. A chat question answered aloud keeps the spoken answer; else
 * the panel's chat replies to it.
 */
public final class QuestionFinder {

    /** Share of shared words above which two questions are the same question. */
    private static final double SAME_QUESTION = 0.7;
    /**
     * Share of shared words above which two questions of one author are the same: a read-out adds the reader's
     * framing ("a question in the chat from Thabo, a member of ...") and drops the writer's asides.
     */
    private static final double SAME_AUTHOR_QUESTION = 0.5;
    /** Words a read-out naming its writer shares with the writer's only written question, at least, to be it. */
    private static final int REWORDED_SHARED = 2;
    private static final int MIN_WORDS = 5;
    /** Words of a reader's aside between the asking verb and the question ("asks, and I'm shortening it, whether"). */
    private static final int ASIDE_WORDS = 8;
    /** Turns after a question in which its answers are looked for. */
    private static final int ANSWER_REACH = 4;
    /** Turns after the exchange in which a question may still be taken up by its asker's name. */
    private static final int LATE_ANSWER_REACH = 12;
    /** Fewer words than this ("I like it very much") react to a question rather than answer it. */
    private static final int MIN_ANSWER_WORDS = 8;
    /** Sentences of an answering turn kept as the answer. */
    private static final int ANSWER_SENTENCES = 3;
    /** Words at the start of a sentence in which it turns to another asker's question. */
    private static final int OPENING_WORDS = 4;
    /** Words by which a moderator's chat link points back at the question before it ("covers this"). */
    private static final Cue LINK_REPLY = Lexicon.cue("link-reply");
    /** Public chat messages after a chat question in which an answer typed without the reply button is looked for. */
    private static final int CHAT_ANSWER_REACH = 2;
    /** A chair's question of this many words starts a new exchange: the answers to the one before have ended. */
    private static final int NEW_EXCHANGE_WORDS = 6;
    private static final Cue POLL_ANNOUNCEMENT = Lexicon.cue("poll-announcement");
    /** The colon or comma that ends a reader's lead-in ("She asks: ..."). */
    private static final Pattern LEAD_IN_END = Pattern.compile("\\s*[:,]\\s*");
    private static final Cue ANSWER_OPENING = Lexicon.cue("answer-opening");
    /** "On liability.", "To the nurse, first.": the start of the part of a turn that takes up one question. */
    private static final Cue ANSWER_PART = Lexicon.cue("answer-part");
    private static final Cue ANSWER_ADDRESS = Lexicon.cue("answer-address");
    /** The words of an addressed part's opening that say whom it is for ("To your first point, Grace"). */
    private static final int ADDRESS_WORDS = 7;
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’\\-]+");
    /** Ordinals in their order ("first", "second", ...), by which a chair hands out a round's questions. */
    private static final List<String> ORDINALS = Lexicon.phrases("question-ordinal");
    /** An ordinal standing for a question: "the second one", "the first question", "and Tendai the first?". */
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:" + String.join("|", ORDINALS)
            + ")\\b(?=\\s+(?:one|question)\\b|\\s*(?:[?.,!;]|$))");
    /**
     * A question opening on its place among the asker's ("First, for Mr Mbeki, …?", "And the second question is
     * for …?", "Secondly, …?"): the ordinal within the opening words.
     */
    private static final Pattern ENUMERATED = Pattern.compile("(?i)^\\W*+(?:\\p{L}+\\s+){0,3}?(?:" + String.join("|",
            ORDINALS) + ")(?:ly)?\\b");
    /** Words of a sentence that opens a part of an answer, at most ("To the nurse, first."). */
    private static final int PART_OPENER_WORDS = 6;
    /** Words of a part's opening naming its topic at more length ("On New York, and who reads the messages."). */
    private static final int LONG_PART_OPENER_WORDS = 8;
    /** Words of the topic a sentence opens on ("On the safeguards, …"), at most. */
    private static final int TOPIC_WORDS = 5;
    private static final Cue INDIRECT_QUESTION = Lexicon.cue("indirect-question");
    private static final Cue QUESTION_TAKING = Lexicon.cue("question-taking");
    private static final Cue TOGETHER = Lexicon.cue("question-taking-together");
    private static final Cue OWN_QUESTION = Lexicon.cue("own-question");
    private static final Cue PASSING_ON = Lexicon.cue("passing-on");
    private static final Cue RELAY = Lexicon.cue("relay");
    private static final Cue RELAY_ANONYMOUS = Lexicon.cue("relay-anonymous");
    private static final Cue ACKNOWLEDGEMENT = Lexicon.cue("acknowledgement");
    private static final Cue DEFLECTION = Lexicon.cue("deflection");
    private static final Cue DEFERRAL = Lexicon.cue("deferral");
    private static final Cue FLOOR = Lexicon.cue("channel-floor");
    /** A display name's note in parentheses ("(she/her)"); linear on unclosed ones. */
    private static final Pattern NOTE = Pattern.compile("\\([^()]*+\\)");
    private static final Pattern TRAILING_QUOTES = Pattern.compile("[\"\u201D\u2019')\\]]+$");

    private QuestionFinder() {
    }

    public static List<Question> find(Discussion d) {
        List<Question> kept = new ArrayList<>();
        List<Set<String>> keptTerms = new ArrayList<>();
        for (Question q : fromChat(d)) {
            add(q, kept, keptTerms);
        }
        for (Question q : d.session().submittedQuestions()) {
            // as in the chat, asking after the slides or the recording is logistics, not a question to the panel
            if (!courtesy(q.text()) && !SpokenText.isHousekeeping(q.text())) {
                add(q, kept, keptTerms);
            }
        }
        for (Question q : fromTranscript(d)) {
            add(q, kept, keptTerms);
        }
        kept.sort(Comparator.comparingInt(q -> q.source().ordinal()));
        return QuestionChannel.perVoice(kept);
    }

    /** A Q&amp;A entry that only thanks or greets ("Thanks for this session!") asks nothing. */
    private static boolean courtesy(String text) {
        if (text.contains("?")) {
            return false;
        }
        SentenceKind kind = SpokenText.classify(text, Wording.words(text), false, false);
        return kind == SentenceKind.THANKS || kind == SentenceKind.GREETING || kind == SentenceKind.FILLER;
    }

    /** Questions asked aloud by the audience, and those a moderator reads out, with the answers that follow. */
    static List<Question> fromTranscript(Discussion d) {
        List<Question> out = new ArrayList<>();
        int i = 0;
        // chat questions read out one after the other in one turn ("Thabo asks …? And the second, from Grace: …?"):
        // where each such run starts and ends in out
        List<int[]> readOut = new ArrayList<>();
        Turn readOutIn = null;
        while (i < d.size()) {
            ChatMessage repeated;
            if (d.relayed(i)) {
                int before = out.size();
                Turn turn = d.sentence(i).turn();
                i = relayed(d, i, out);
                // a read-out said as one ("And the second, from Grace: …") goes on the run of the turn's others
                if (out.size() > before && turn == readOutIn && readOut.get(readOut.size() - 1)[1] == before) {
                    readOut.get(readOut.size() - 1)[1] = out.size();
                }
            } else if ((repeated = repeatedChatQuestion(d, i)) != null) {
                Sentence s = d.sentence(i);
                if (s.turn() != readOutIn || readOut.get(readOut.size() - 1)[1] != out.size()) {
                    readOut.add(new int[] {out.size(), out.size()});
                    readOutIn = s.turn();
                }
                readOut.get(readOut.size() - 1)[1]++;
                List<Question.Answer> answers = answers(d, s, repeated.sender());
                out.add(new Question(Text.collapse(s.text()), writer(repeated), EvidenceSource.TRANSCRIPT,
                        answers.isEmpty() ? null : Boolean.TRUE, List.of(s.evidence()), null, s.speaker(), answers,
                        Question.Channel.CHAT));
                i++;
            } else if (isAudienceQuestion(d, i)) {
                i = asked(d, i, out);
            } else {
                i++;
            }
        }
        readOut.forEach(run -> shareOutAnswers(d, out.subList(run[0], run[1]), true));
        answerRounds(d, out);
        return out;
    }

    /**
     * Questions taken in a round ("We will take three questions, and then the panel answers"): asked one after the
     * other with no panellist speaking between them, the last of them and those no answer was found for are
     * answered in the panel's turns after the round, where a turn does not start on an answer found for another
     * question of the round (by its asker's name); several such questions share those answers out by the words
     * they have in common ({@link #shareOutAnswers}).
     */
    private static void answerRounds(Discussion d, List<Question> out) {
        if (d.readsAsHearing()) {
            // members put their questions in turn, each answered before the next is asked
            return;
        }
        int start = 0;
        while (start < out.size()) {
            int end = start + 1;
            while (end < out.size() && noPanellistBetween(d, out.get(end - 1), out.get(end))) {
                end++;
            }
            List<Evidence> lastAsked = out.get(end - 1).evidence();
            int at = RelationFinder.indexOf(d, lastAsked.get(lastAsked.size() - 1));
            if (end - start >= 2 && at >= 0) {
                List<Question> round = out.subList(start, end);
                // the last question's answers are the round's; the others' were found for them by name
                Set<Evidence> given = new HashSet<>();
                round.subList(0, round.size() - 1)
                        .forEach(q -> q.answers().forEach(a -> given.add(a.evidence().get(0))));
                List<Integer> open = new ArrayList<>();
                for (int k = 0; k < round.size(); k++) {
                    Question q = round.get(k);
                    if (!q.answers().isEmpty() && k < round.size() - 1) {
                        continue;
                    }
                    Set<Question.Answer> all = new LinkedHashSet<>(q.answers());
                    int askedAt = RelationFinder.indexOf(d, q.evidence().get(0));
                    // a read-out's own words: the turn reading it out may read others too
                    Set<String> asked = q.relayedBy() != null ? quotedTerms(q)
                            : askedAt >= 0 ? turnTerms(d, askedAt) : Terms.ofPlainText(q.text());
                    List<Question.Answer> byPanel = answers(d, d.sentence(at), q.asker(), true, asked);
                    if (!byPanel.isEmpty()) {
                        // where the panel answers the round, a voice from the floor after the question was none
                        all.removeIf(a -> !d.people().onPanel(a.speaker()));
                    }
                    all.addAll(byPanel);
                    List<Question.Answer> found = all.stream().filter(a -> !given.contains(a.evidence().get(0)))
                            .toList();
                    round.set(k, q.withAnswersOnly(found));
                    open.add(k);
                }
                List<Question> unanswered = new ArrayList<>(open.stream().map(round::get).toList());
                shareOutAnswers(d, unanswered);
                for (int k = 0; k < open.size(); k++) {
                    round.set(open.get(k), unanswered.get(k));
                }
                answersByOrdinal(d, round, at);
                answeredTogether(d, round, at);
                answersByAddress(d, round);
            }
            start = end;
        }
    }

    /**
     * A round's questions handed out by their order ("Chikondi, can you take the second one, and Tendai the
     * first?"): in the chair's words right after the last question, a panellist's given name and the ordinal
     * (lexicon {@code question-ordinal}) after it before anyone else is named; that panellist's answers in the
     * round go to that question alone.
     */
    private static void answersByOrdinal(Discussion d, List<Question> round, int lastAsked) {
        Map<String, Integer> taking = new LinkedHashMap<>();
        List<Person> panel = d.people().all().stream()
                .filter(p -> d.people().onPanel(p.name()) && !d.people().chairs(p.name())).toList();
        int from = lastAsked + 1;
        // past the rest of the asker's words ("… whose identity is it? I would like the panel to say …")
        while (from < d.size() && d.sentence(from).speaker().equals(d.sentence(lastAsked).speaker())) {
            from++;
        }
        List<Pattern> givenNames = panel.stream()
                .map(p -> Pattern.compile("\\b" + Pattern.quote(SessionPeople.givenName(p.name())) + "\\b"))
                .toList();
        for (int i = from; i < d.size() && d.people().chairs(d.sentence(i).speaker()); i++) {
            String text = d.sentence(i).text();
            List<int[]> named = new ArrayList<>();
            for (int k = 0; k < panel.size(); k++) {
                Matcher m = givenNames.get(k).matcher(text);
                if (m.find()) {
                    named.add(new int[] {m.end(), k});
                }
            }
            named.sort(Comparator.comparingInt(n -> n[0]));
            for (int n = 0; n < named.size(); n++) {
                int to = n + 1 < named.size() ? named.get(n + 1)[0] : text.length();
                Matcher ordinal = ORDINAL.matcher(text.substring(named.get(n)[0], to));
                if (ordinal.find()) {
                    int which = ORDINALS.indexOf(ordinal.group().toLowerCase(Locale.ROOT));
                    if (which < round.size()) {
                        taking.putIfAbsent(panel.get(named.get(n)[1]).name(), which);
                    }
                }
            }
        }
        taking.forEach((speaker, which) -> {
            List<Question.Answer> theirs = new ArrayList<>();
            for (int k = 0; k < round.size(); k++) {
                Question q = round.get(k);
                q.answers().stream().filter(a -> a.speaker().equals(speaker) && !theirs.contains(a))
                        .forEach(theirs::add);
                round.set(k, q.withAnswersOnly(
                        q.answers().stream().filter(a -> !a.speaker().equals(speaker)).toList()));
            }
            Question q = round.get(which);
            List<Question.Answer> all = new ArrayList<>(q.answers());
            all.addAll(theirs);
            round.set(which, q.withAnswersOnly(all));
        });
    }

    /**
     * A round's questions handed to one panellist together ("Dr. Hirut, can you take them both?"), or taken so ("I
     * will take the two questions together"): a question of the round left without an answer takes the answers the
     * others were given.
     */
    private static void answeredTogether(Discussion d, List<Question> round, int lastAsked) {
        int i = lastAsked + 1;
        while (i < d.size() && d.sentence(i).speaker().equals(d.sentence(lastAsked).speaker())) {
            i++;
        }
        boolean together = false;
        // the chair's hand-over, then the first words of whoever answers
        for (; i < d.size() && !together; i++) {
            together = TOGETHER.find(d.sentence(i).text());
            if (!d.people().chairs(d.sentence(i).speaker())) {
                break;
            }
        }
        if (!together) {
            return;
        }
        List<Question.Answer> all = new ArrayList<>();
        round.forEach(q -> q.answers().stream().filter(a -> !all.contains(a)).forEach(all::add));
        for (int k = 0; k < round.size(); k++) {
            Question q = round.get(k);
            if (q.answers().isEmpty() && !all.isEmpty()) {
                round.set(k, q.withAnswersOnly(all));
            }
        }
    }

    /**
     * A panellist's answer to a round in parts addressed to its askers ("To your first point, Grace, … To the
     * colleague from Fiji, …", "To the Honourable Member from Poland: … To the Senator: …"; lexicon
     * {@code answer-address}): each part goes to the question of the asker it addresses, by the asker's name, by a
     * capitalised word of the asking turn or of the hand-over right before it ("Litia, from Fiji", "Senator,
     * please."), or by a country of the asker's regional group; a part several askers could be is the one left once
     * the others are placed. Only a turn with two parts or more so placed is split.
     */
    private static void answersByAddress(Discussion d, List<Question> round) {
        // each answering turn by its first sentence
        Set<Integer> answering = new LinkedHashSet<>();
        round.forEach(q -> q.answers().forEach(a -> {
            int at = RelationFinder.indexOf(d, a.evidence().get(0));
            if (at >= 0) {
                answering.add(at - d.sentence(at).indexInTurn());
            }
        }));
        for (int from : answering) {
            Turn turn = d.sentence(from).turn();
            int to = from;
            while (to < d.size() && d.sentence(to).turn() == turn) {
                to++;
            }
            Map<Integer, Question> placed = placedParts(d, round, from, to);
            if (placed.size() < 2) {
                continue;
            }
            List<Integer> starts = new ArrayList<>(placed.keySet());
            // this turn's words leave every question of the round; each part goes back to the one it addresses
            List<Integer> addressed = placed.values().stream().map(round::indexOf).toList();
            for (int k = 0; k < round.size(); k++) {
                Question q = round.get(k);
                round.set(k, q.withAnswersOnly(q.answers().stream().filter(a -> !inTurn(d, a, turn)).toList()));
            }
            String speaker = d.sentence(from).speaker();
            for (int n = 0; n < starts.size(); n++) {
                int end = n + 1 < starts.size() ? starts.get(n + 1) : to;
                Question.Answer part = answer(d, starts.get(n), end, Set.of(), null);
                Question q = round.get(addressed.get(n));
                // the part addressed to the asker is that panellist's answer to them, not their words elsewhere
                List<Question.Answer> kept = new ArrayList<>(q.answers().stream()
                        .filter(a -> !a.speaker().equals(speaker)).toList());
                if (part != null) {
                    kept.add(part);
                }
                round.set(addressed.get(n), q.withAnswersOnly(kept));
            }
        }
    }

    /** The addressed parts of the turn [from, to) by their first sentence, each with the question it answers. */
    private static Map<Integer, Question> placedParts(Discussion d, List<Question> round, int from, int to) {
        Map<Integer, List<Question>> candidates = new TreeMap<>();
        for (int k = from; k < to; k++) {
            String text = d.sentence(k).text().strip();
            if (!ANSWER_ADDRESS.find(text)) {
                continue;
            }
            String[] words = text.split("\\s+", ADDRESS_WORDS + 1);
            String address = String.join(" ", Arrays.asList(words)
                    .subList(1, Math.min(ADDRESS_WORDS, words.length)));
            List<Question> whom = round.stream().filter(q -> q.asker() != null && addresses(d, address, q)).toList();
            if (!whom.isEmpty()) {
                candidates.put(k, whom);
            }
        }
        Map<Integer, Question> placed = new TreeMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<Integer, List<Question>> c : candidates.entrySet()) {
                List<Question> open = c.getValue().stream().filter(q -> !placed.containsValue(q)).toList();
                if (!placed.containsKey(c.getKey()) && open.size() == 1) {
                    placed.put(c.getKey(), open.get(0));
                    progress = true;
                }
            }
        }
        return placed;
    }

    /** Whether an answer's opening words address the asker of {@code q}. */
    private static boolean addresses(Discussion d, String address, Question q) {
        Set<String> askerWords = new HashSet<>();
        for (String part : q.asker().split("\\s+")) {
            askerWords.add(part.toLowerCase(Locale.ROOT));
        }
        int asked = RelationFinder.indexOf(d, q.evidence().get(0));
        String around = "";
        if (asked >= 0) {
            Turn turn = d.sentence(asked).turn();
            int before = asked;
            while (before >= 0 && d.sentence(before).turn() == turn) {
                before--;
            }
            around = turn.text() + " " + (before >= 0 ? d.sentence(before).turn().text() : "");
        }
        Set<String> aroundWords = new HashSet<>();
        Matcher said = CAPITALISED.matcher(around);
        while (said.find()) {
            aroundWords.add(said.group().toLowerCase(Locale.ROOT));
        }
        Matcher m = CAPITALISED.matcher(address);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (askerWords.contains(word) || aroundWords.contains(word)) {
                return true;
            }
        }
        Person asker = d.people().person(q.asker());
        String region = SelfIntroductions.REGIONS.first(address);
        return region != null && asker != null && region.equals(asker.region());
    }

    private static boolean inTurn(Discussion d, Question.Answer a, Turn turn) {
        int at = RelationFinder.indexOf(d, a.evidence().get(0));
        return at >= 0 && d.sentence(at).turn() == turn;
    }

    /**
     * Whether no panellist spoke between two questions (the chair, the audience or no one at all did) and the first
     * was not answered before the second was asked.
     */
    private static boolean noPanellistBetween(Discussion d, Question first, Question next) {
        int from = RelationFinder.indexOf(d, first.evidence().get(first.evidence().size() - 1));
        int to = RelationFinder.indexOf(d, next.evidence().get(0));
        if (from < 0 || to <= from || first.answers().stream()
                .anyMatch(a -> RelationFinder.indexOf(d, a.evidence().get(0)) < to)) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            String speaker = d.sentence(i).speaker();
            // a member asking is no panellist answering: their own words around their questions
            if (d.people().onPanel(speaker) && !d.people().chairs(speaker) && !speaker.equals(first.asker())
                    && !speaker.equals(next.asker())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAudienceQuestion(Discussion d, int i) {
        Sentence s = d.sentence(i);
        // "What should I do?" is short but asks, where "Really?" does not: a question word, then the auxiliary
        return (d.kind(i) == SentenceKind.QUESTION || shortAnnounced(d, i))
                && (s.wordCount() >= MIN_WORDS || announcedBefore(d, i)
                        || s.wordCount() >= MIN_WORDS - 1 && SpokenText.asksAfterQuestionWord(s))
                && (!d.people().onPanel(s.speaker()) || asksAPanellist(d, i)) && !d.chairsAt(i)
                && !POLL_ANNOUNCEMENT.find(s.text()) && !answersItself(d, i);
    }

    /**
     * A panellist putting a question to another, as members put theirs to a regulator at a parliamentary
     * roundtable: their turn says whom it is for ("My question is for Dr. Hirut"), or the chair hands it on as a
     * question right after ("Two questions to the regulator. Dr. Hirut, can you take them both?"). A panellist's
     * question the chair does not take up so is part of the discussion.
     */
    private static boolean asksAPanellist(Discussion d, int i) {
        Sentence s = d.sentence(i);
        if (d.people().chairs(s.speaker())) {
            return false;
        }
        Turn turn = s.turn();
        String other = d.people().mentioned(turn.text(), s.speaker());
        if (OWN_QUESTION.find(turn.text()) && other != null && d.people().onPanel(other)
                && !d.people().chairs(other)) {
            return true;
        }
        int next = i;
        while (next < d.size() && d.sentence(next).turn() == turn) {
            next++;
        }
        return next < d.size() && d.chairsAt(next) && QUESTION_TAKING.find(d.sentence(next).turn().text());
    }

    /**
     * A question too short to pass for one on its own ("How long afterwards?" reads like "Really?"), asked where the
     * speaker announced a question earlier in the turn.
     */
    private static boolean shortAnnounced(Discussion d, int i) {
        Sentence s = d.sentence(i);
        return d.kind(i) == SentenceKind.FILLER && s.wordCount() >= 2 && asks(s) && announcedBefore(d, i);
    }

    /** A short question ("Is there a plan?") the speaker announced earlier in the turn ("My question is for Kofi."). */
    private static boolean announcedBefore(Discussion d, int i) {
        for (int k = i - 1; k >= 0 && d.sentence(k).turn() == d.sentence(i).turn(); k--) {
            if (OWN_QUESTION.find(d.sentence(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chair's question that repeats an audience member's chat question, and names them, reads it out, whatever
     * the words around it ("And there is one for Noémie, from Oluwaseun: ..."): the chat message, or null.
     */
    private static ChatMessage repeatedChatQuestion(Discussion d, int i) {
        Sentence s = d.sentence(i);
        if (d.kind(i) != SentenceKind.QUESTION || !d.people().chairs(s.speaker())) {
            return null;
        }
        String author = chatAuthor(d, s.text(), s.speaker());
        if (author == null) {
            return null;
        }
        Set<String> terms = Terms.ofPlainText(s.text());
        for (ChatMessage m : d.session().chat()) {
            if (!m.direct() && m.text().contains("?") && author.equals(writer(m))
                    && same(terms, Terms.ofPlainText(m.text()))) {
                return m;
            }
        }
        return null;
    }

    /** A rhetorical question: the speaker's next sentence answers it ("The answer is ..."). */
    private static boolean answersItself(Discussion d, int i) {
        return i + 1 < d.size() && d.sentence(i + 1).turn() == d.sentence(i).turn()
                && ANSWER_OPENING.find(d.sentence(i + 1).text());
    }

    /** The questions of one turn are one question, with the context between them left out. */
    private static int asked(Discussion d, int from, List<Question> out) {
        Sentence s = d.sentence(from);
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        // a short question leans on the sentence that sets it up: "… not possible at the top level. Is there a plan?"
        if (s.wordCount() < MIN_WORDS && from > 0 && d.sentence(from - 1).turn() == s.turn()
                && !OWN_QUESTION.find(d.sentence(from - 1).text())) {
            evidence.add(d.sentence(from - 1).evidence());
            text.append(d.sentence(from - 1).text());
        }
        int i = from;
        List<Integer> asking = new ArrayList<>();
        while (i < d.size() && d.sentence(i).turn() == s.turn()) {
            if (i == from || d.kind(i) == SentenceKind.QUESTION) {
                asking.add(i);
            }
            i++;
        }
        // questions asked by their order ("First, for Mr Mbeki, …? And the second question is for …?") are each
        // their own, the words before the second going with the first
        List<Integer> opens = asking.stream().filter(k -> ENUMERATED.matcher(d.sentence(k).text()).find()).toList();
        List<Question.Answer> answers = answers(d, s, s.speaker());
        int first = out.size();
        for (int k = 0; k < asking.size(); k++) {
            int at = asking.get(k);
            if (k > 0 && opens.size() >= 2 && opens.contains(at) && !evidence.isEmpty()) {
                addQuestion(d, s, text, evidence, answers, out);
                text.setLength(0);
                evidence = new ArrayList<>();
            }
            evidence.add(d.sentence(at).evidence());
            text.append(text.length() == 0 ? "" : " ").append(d.sentence(at).text());
        }
        addQuestion(d, s, text, evidence, answers, out);
        // the answers that follow them all go to the one whose words they share
        shareOutAnswers(d, out.subList(first, out.size()));
        return i;
    }

    private static void addQuestion(Discussion d, Sentence s, StringBuilder text, List<Evidence> evidence,
                            List<Question.Answer> answers, List<Question> out) {
        out.add(new Question(Text.collapse(text.toString()), s.speaker(), EvidenceSource.TRANSCRIPT,
                answers.isEmpty() ? null : Boolean.TRUE, evidence, null, null, answers,
                QuestionChannel.spoken(d, s.turn())));
    }

    /**
     * A stretch read out from the chat: each relay cue in it opens an item, whose question sentences make one
     * question of the author the cue (or the first sentence of the item naming one) names. A relayed comment
     * without a question is no question.
     */
    private static int relayed(Discussion d, int from, List<Question> out) {
        Sentence first = d.sentence(from);
        int i = from;
        int before = out.size();
        while (i < d.size() && d.relayed(i) && d.sentence(i).turn() == first.turn()) {
            int itemStart = i;
            List<Evidence> evidence = new ArrayList<>(List.of(d.sentence(i).evidence()));
            StringBuilder text = new StringBuilder();
            // "Two questions from the chat. The first one is from Arjun, who says: ...": named after the cue
            String asker = author(d, d.sentence(i), first.speaker());
            // "A last one, from Lucía Méndez in Bogotá. She writes: …": the writer the reader named just before
            boolean leadIn = asker == null && itemStart == from && from > 0
                    && d.sentence(from - 1).turn() == first.turn() && d.kind(from - 1) != SentenceKind.THANKS;
            if (leadIn) {
                asker = chatAuthor(d, d.sentence(from - 1).text(), first.speaker());
                asker = asker != null ? asker : namedWriter(d, d.sentence(from - 1));
            }
            i++;
            while (i < d.size() && d.relayed(i) && d.sentence(i).turn() == first.turn()
                    && !opensItem(d, i, asker)) {
                if (asker == null) {
                    asker = author(d, d.sentence(i), first.speaker());
                }
                collect(d.sentence(i), evidence, text);
                i++;
            }
            if (text.length() == 0) {
                collect(d.sentence(itemStart), new ArrayList<>(), text);
            }
            if (text.length() > 0) {
                // a turn answering the items in parts gives each the part on its own words
                Set<String> itemWords = new HashSet<>();
                evidence.forEach(e -> itemWords.addAll(Terms.ofPlainText(e.quote())));
                List<Question.Answer> answers = answers(d, first, asker, false, itemWords);
                Sentence read = d.sentence(itemStart);
                // the channel as the reading names it, in its lead-in too ("a question on Slido from …")
                Question.Channel channel = QuestionChannel.readOut(d, (leadIn ? d.sentence(from - 1).text() + " "
                        : "") + read.text(), first.speaker());
                List<ReadOut> further = furtherWriters(d, read, asker, first.speaker());
                if (!further.isEmpty()) {
                    // one sentence reading several writers' questions out: each cites its own words of it
                    evidence.set(0, read.evidence(0, further.get(0).from()));
                }
                out.add(new Question(Text.collapse(text.toString()), asker, EvidenceSource.TRANSCRIPT,
                        answers.isEmpty() ? null : Boolean.TRUE, evidence, null, first.speaker(), answers, channel));
                for (int k = 0; k < further.size(); k++) {
                    ReadOut item = further.get(k);
                    int end = k + 1 < further.size() ? further.get(k + 1).from() : read.text().length();
                    String words = read.text().substring(item.from(), end);
                    List<Question.Answer> theirs = answers(d, first, item.writer(), false,
                            Terms.ofPlainText(words));
                    out.add(new Question(Text.collapse(words), item.writer(), EvidenceSource.TRANSCRIPT,
                            theirs.isEmpty() ? null : Boolean.TRUE, List.of(read.evidence(item.from(), end)), null,
                            first.speaker(), theirs, channel));
                }
            }
        }
        shareOutAnswers(d, out.subList(before, out.size()), true);
        return i;
    }

    /**
     * Questions read out together are answered in the turns that follow them all: a turn that several could claim
     * answers the one whose words it (with the chair's hand-over before it, "Dmitri, on capacity?") shares most;
     * on a tie, the one answered least so far, as a panel takes such questions in turn.
     */
    private static void shareOutAnswers(Discussion d, List<Question> together) {
        shareOutAnswers(d, together, false);
    }

    /**
     * As above; where the questions were read out one after the other ({@code readOut}), an answer found for any of
     * them may answer another ("… and the second, from Grace: what about refugees?" answered "On refugees, …").
     */
    private static void shareOutAnswers(Discussion d, List<Question> together, boolean readOut) {
        if (together.size() < 2) {
            return;
        }
        List<Set<String>> asked = together.stream().map(q -> Terms.ofPlainText(q.text())).toList();
        List<List<Question.Answer>> kept = new ArrayList<>();
        together.forEach(q -> kept.add(new ArrayList<>()));
        Set<Question.Answer> claimed = new LinkedHashSet<>();
        together.forEach(q -> claimed.addAll(q.answers()));
        Set<Evidence> asking = new HashSet<>();
        together.forEach(q -> asking.addAll(q.evidence()));
        for (Question.Answer a : claimed) {
            Set<String> said = Terms.ofPlainText(handOver(d, a, asking) + " " + a.text());
            int best = -1;
            for (int j = 0; j < together.size(); j++) {
                if (!readOut && !together.get(j).answers().contains(a)) {
                    continue;
                }
                int shared = Terms.shared(asked.get(j), said);
                int bestShared = best < 0 ? -1 : Terms.shared(asked.get(best), said);
                if (shared > bestShared || shared == bestShared && kept.get(j).size() < kept.get(best).size()) {
                    best = j;
                }
            }
            kept.get(best).add(a);
        }
        for (int k = 0; k < together.size(); k++) {
            Question q = together.get(k);
            together.set(k, q.withAnswersOnly(kept.get(k)));
        }
    }

    /**
     * The chair's turn right before an answer, where a chair gave the floor for it; else nothing, as where that
     * turn reads out the questions themselves ({@code asking}), which would favour the longest.
     */
    private static String handOver(Discussion d, Question.Answer a, Set<Evidence> asking) {
        int i = RelationFinder.indexOf(d, a.evidence().get(0));
        if (i <= 0) {
            return "";
        }
        int k = i - 1;
        while (k > 0 && d.sentence(k).turn() == d.sentence(i).turn()) {
            k--;
        }
        Sentence previous = d.sentence(k);
        for (int j = k; j >= 0 && d.sentence(j).turn() == previous.turn(); j--) {
            if (asking.contains(d.sentence(j).evidence())) {
                return "";
            }
        }
        return previous.turn() != d.sentence(i).turn() && d.people().chairs(previous.speaker())
                ? previous.turn().text() : "";
    }

    private static void collect(Sentence s, List<Evidence> evidence, StringBuilder text) {
        // a sound check ("Hello, can you hear us?") is nobody's question
        if ((asks(s) || INDIRECT_QUESTION.find(s.text()) || asksAfterAside(s.text())) && s.wordCount() >= MIN_WORDS
                && SpokenText.classify(s.text(), s.wordCount(), true, false) != SentenceKind.HOUSEKEEPING) {
            evidence.add(s.evidence());
            text.append(text.length() == 0 ? "" : " ").append(withoutLeadIn(unquoted(s.text())));
        }
    }

    /**
     * "Ifeoma Eze asks, and I'm shortening it a bit, whether …": an indirect question after the reader's aside
     * between commas (of up to {@link #ASIDE_WORDS} words).
     */
    private static boolean asksAfterAside(String text) {
        Matcher m = RELAY.matcher(text);
        while (RELAY.mayHold(text) && m.find()) {
            int close = text.indexOf(',', m.end());
            if (m.end() > 0 && text.charAt(m.end() - 1) == ',' && close > 0
                    && Wording.words(text.substring(m.end(), close)) <= ASIDE_WORDS
                    && INDIRECT_QUESTION.find(text.substring(m.start(), m.end() - 1) + text.substring(close + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question read out without the reader's lead-in and the colon or comma after it ("They ask: have archives
     * …?" is "Have archives …?"); "They asked us to wait, but why …?" keeps its words.
     */
    private static String withoutLeadIn(String text) {
        int end = Lexicon.openingEnd("relay-lead-in", text);
        Matcher after = LEAD_IN_END.matcher(text).region(end, text.length());
        if (end == 0 || !after.lookingAt() || after.end() == text.length()) {
            return text;
        }
        return Character.toUpperCase(text.charAt(after.end())) + text.substring(after.end() + 1);
    }

    /** A question, also when read out in quotation marks ("... she asks: "Why ...?""). */
    private static boolean asks(Sentence s) {
        return TRAILING_QUOTES.matcher(s.text().strip()).replaceAll("").endsWith("?");
    }

    /**
     * A sentence of the stretch naming another chat author starts the next item ("And the second, from Olivia"),
     * also when it reads out that author's question itself ("And the second from Lars: should …?"); so does one
     * naming no author after a named author's item ("And a second one, from an anonymous attendee: …"); an author
     * is one the chat lists, else one the sentence names in full.
     */
    private static boolean opensItem(Discussion d, int i, String asker) {
        Sentence s = d.sentence(i);
        // a writer no chat export lists is known by the full name the read-out gives ("from Samuel Owusu, who asks")
        String listed = chatAuthor(d, s.text(), s.speaker());
        String named = listed != null ? listed : namedWriter(d, s);
        return named != null && (!asks(s) || asker != null && !named.equals(asker))
                || named == null && asker != null && RELAY_ANONYMOUS.find(s.text());
    }

    /**
     * Whose words sentence {@code i} reads out: the author the nearest sentence of its turn up to it names, the
     * reader's lead-in included ("So the question is from Lucas Pereira, … He asks Pieter: …"); null where none does.
     */
    static String relayAuthor(Discussion d, int i) {
        Sentence read = d.sentence(i);
        for (int j = i; j >= 0 && d.sentence(j).turn() == read.turn(); j--) {
            String author = author(d, d.sentence(j), read.speaker());
            if (author != null) {
                return author;
            }
        }
        return null;
    }

    /**
     * The author a relay cue names: a chat sender (full name, or a first name only one sender has), else a
     * person of the session other than the reader.
     */
    private static String author(Discussion d, Sentence read, String reader) {
        String cue = read.text();
        String sender = chatAuthor(d, cue, reader);
        if (sender != null) {
            return sender;
        }
        // "a question for Claire" names whom it is put to: the panel and the chairs do not ask the audience's questions
        String known = d.people().mentionedAll(cue).stream()
                .filter(n -> !n.equals(reader) && !d.people().onPanel(n) && !d.people().chairs(n))
                .findFirst().orElse(null);
        return known != null ? known : namedWriter(d, read);
    }

    /**
     * A writer nobody of the session is and no export lists ("Amal Haddad writes in the chat, she is with …"): the
     * first full name the tagger finds in the words reading it out, where it is nobody of the panel.
     */
    private static String namedWriter(Discussion d, Sentence read) {
        List<String> name = new ArrayList<>();
        for (Token t : read.tokens()) {
            if ("PERSON".equals(t.ner())) {
                name.add(t.word());
            } else if (name.size() >= 2) {
                break;
            } else {
                name.clear();
            }
        }
        String full = name.size() >= 2 ? String.join(" ", name) : null;
        return full == null || d.people().isSessionPerson(full) ? null : full;
    }

    /** A further writer's question in a sentence read out, from where its words start. */
    private record ReadOut(String writer, int from) {
    }

    /**
     * The writers of the further questions one sentence reads out after its first ("Lina Haddad asks whether …, and
     * Samuel Otieno asks how …"): for each later relay cue, the chat's writer named between the cue before and it,
     * other than {@code first}, with the words from that name on.
     */
    private static List<ReadOut> furtherWriters(Discussion d, Sentence read, String first, String reader) {
        List<ReadOut> out = new ArrayList<>();
        String text = read.text();
        List<int[]> cues = OwnWords.namedRelays(text);
        for (int k = 1; k < cues.size() && first != null; k++) {
            int from = cues.get(k - 1)[1];
            String between = text.substring(from, cues.get(k)[0]);
            String writer = chatAuthor(d, between, reader);
            if (writer != null && !writer.equals(first) && out.stream().noneMatch(o -> o.writer().equals(writer))) {
                int at = Math.max(0, between.indexOf(writer.split("\\s+")[0]));
                out.add(new ReadOut(writer, from + at));
            }
        }
        return out;
    }

    /**
     * The writer of the audience (a chat sender or a Q&A asker) a text names: the full name, or a first name only one
     * writer has; null if none. A panellist named ("a question for Claire") is whom it is put to, not its author.
     */
    private static String chatAuthor(Discussion d, String cue, String reader) {
        Set<String> senders = new LinkedHashSet<>();
        List<String> writers = new ArrayList<>();
        d.session().chat().forEach(m -> writers.add(m.sender()));
        d.session().submittedQuestions().stream().map(Question::asker).filter(java.util.Objects::nonNull)
                .forEach(writers::add);
        for (String writer : writers) {
            String name = NOTE.matcher(writer).replaceAll(" ").strip();
            if (!name.isEmpty() && !name.equals(reader) && !d.people().onPanel(name) && !d.people().chairs(name)) {
                senders.add(name);
            }
        }
        for (String name : senders) {
            if (names(cue, name)) {
                return name;
            }
        }
        // an account's acronym ("IGF NRIs Webinar") is no given name
        List<String> byFirstName = senders.stream().filter(n -> {
            String first = n.split("\\s+")[0];
            return first.length() >= 3 && !first.equals(first.toUpperCase(Locale.ROOT)) && names(cue, first);
        }).toList();
        return byFirstName.size() == 1 ? byFirstName.get(0) : null;
    }

    /** Whether a text names someone: the name as whole words, capitalised as written. */
    private static boolean names(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The question as read out, without the quotation marks around it. */
    private static String unquoted(String text) {
        return text.replaceAll("[\"\u201C\u201D]", "").strip();
    }

    /**
     * The answers to a question asked (or read out) in {@code at}'s turn: in the turns that follow, until a new
     * question, the turns of the panellists, of the people it is put to (named in it or handed the floor by a
     * chair), or that name its asker; else the first substantive turn after it. Chairs' turns are hand-overs, not
     * answers, unless the question was put to them by name; a turn opening on another asker's name answers that
     * one.
     */
    private static List<Question.Answer> answers(Discussion d, Sentence at, String asker) {
        return answers(d, at, asker, false, turnTerms(d, at.index()));
    }

    /** The content words of the turn of sentence {@code i}. */
    private static Set<String> turnTerms(Discussion d, int i) {
        Set<String> terms = new HashSet<>();
        int k = i;
        while (k > 0 && d.sentence(k - 1).turn() == d.sentence(i).turn()) {
            k--;
        }
        for (; k < d.size() && d.sentence(k).turn() == d.sentence(i).turn(); k++) {
            terms.addAll(d.terms(k));
        }
        return terms;
    }

    /**
     * The answers to a question, as above; in a round of questions ({@code round}) the audience's further questions
     * before the first answer are the round's, not a new exchange. {@code askedWords}: the words of the turn that asked
     * it, by which a turn answering in parts ("To the nurse, first. … On liability. …") gives it its part.
     */
    private static List<Question.Answer> answers(Discussion d, Sentence at, String asker, boolean round,
            Set<String> askedWords) {
        Set<String> addressed = new LinkedHashSet<>(d.people().mentionedAll(at.turn().text()));
        // the question's own words: a read-out's are its item's, a question asked aloud its sentence's
        Set<String> topic = d.relayed(at.index()) ? askedWords : d.terms(at.index());
        String askerFirst = asker == null ? null : asker.split("\\s+")[0];
        List<Question.Answer> answers = new ArrayList<>();
        Question.Answer firstAnswer = null;
        Set<String> answeringOthers = new HashSet<>();
        boolean hearing = d.readsAsHearing();
        Set<String> audience = audienceFirstNames(d);
        boolean hasPanel = round && d.people().all().stream()
                .anyMatch(p -> d.people().onPanel(p.name()) && !d.people().chairs(p.name()));
        int turns = 0;
        boolean deferred = false;
        int i = at.index() + 1;
        while (i < d.size() && d.sentence(i).turn() == at.turn()) {
            i++;
        }
        int nextTurn = i;
        // the one reading a question out answering it on the spot, after the question, to its asker by name ("I'll
        // answer that one myself: not yet, Renata, but …"); a sentence reading out another item is none
        boolean asked = at.text().strip().endsWith("?");
        for (int k = at.index() + 1; k < nextTurn && askerFirst != null && askerFirst.length() >= 3
                && !at.speaker().equals(asker); k++) {
            String said = d.sentence(k).text().strip();
            if (asked && names(said, askerFirst) && !said.endsWith("?") && !RELAY.find(said)) {
                ownAnswer(d, k, nextTurn).ifPresent(answers::add);
                break;
            }
            asked |= said.endsWith("?");
        }
        while (i < d.size() && turns < ANSWER_REACH) {
            // once answered, or after a round of questions, the closing round ("a last word from each of you") ends
            // the questions
            if (d.inClosingRound(i) && !d.inClosingRound(at.index())
                    && (round || !answers.isEmpty() || firstAnswer != null)) {
                break;
            }
            Sentence s = d.sentence(i);
            int turnEnd = i;
            while (turnEnd < d.size() && d.sentence(turnEnd).turn() == s.turn()) {
                turnEnd++;
            }
            // right after the question, a chair asking a panellist about what it raised hands it on ("A very good
            // point. Siosaia, does radio have a place in your plan?")
            boolean roundGoesOn = round && answers.isEmpty() && firstAnswer == null
                    && !(d.people().onPanel(s.speaker()) && !d.people().chairs(s.speaker()));
            if (opensQuestion(d, i, turnEnd) && !(i == nextTurn && handsOn(d, i, turnEnd, at.turn().text()))
                    && !roundGoesOn) {
                break;
            }
            String speaker = s.speaker();
            if (roundGoesOn && !d.people().chairs(speaker) && hasPanel && floorGiven(d, i)) {
                // another voice the chair gave the floor in the round ("The gentleman with the hat." - "Just a
                // comment, …") before the panel answers it is none of the answers
                i = turnEnd;
                continue;
            }
            // a question put to the chair by name as its turn ends ("I think that is for you, Ana María") is theirs
            // to answer in the turn right after; a chair thanked as the turn opens ("Thank you, Lucien.") only
            // gave the floor
            boolean putToChair = !hearing && i == nextTurn && !speaker.equals(at.speaker())
                    && d.people().mentionedAll(d.sentence(nextTurn - 1).text()).contains(speaker);
            if (d.people().chairs(speaker) && !putToChair || speaker.equals(asker)) {
                // a chair keeping the question for later ("Let's keep Zainab's question in mind") moves on: what
                // follows answers the next thing, and the question waits for someone to take it up by name
                if (answers.isEmpty() && firstAnswer == null && d.people().chairs(speaker)
                        && IntStream.range(i, turnEnd).anyMatch(k -> DEFERRAL.find(d.sentence(k).text()))) {
                    deferred = true;
                    break;
                }
                // a chair taking a question read out by another on themselves, to its asker by name ("I can take
                // that one myself. Joseph, the short answer is …"), answers it
                Optional<Question.Answer> own = answers.isEmpty() && firstAnswer == null && !speaker.equals(asker)
                        && !speaker.equals(at.speaker()) ? chairsOwnAnswer(d, i, turnEnd, askerFirst, audience)
                        : Optional.empty();
                if (own.isPresent()) {
                    answers.add(own.get());
                    i = turnEnd;
                    continue;
                }
                Set<String> named = new LinkedHashSet<>(d.people().mentionedAll(s.turn().text()));
                named.remove(asker);
                // once answered (by anyone, an unidentified voice too), a chair handing the floor to someone is the
                // next exchange; only a brief hand-over to a panellist ("Adjoa, please.") keeps this one going, never
                // in a hearing, where the listed speakers named are members with questions of their own
                boolean passesOn = !hearing && Text.wordCount(s.turn().text()) < NEW_EXCHANGE_WORDS
                        && named.stream().allMatch(n -> d.people().onPanel(n) && !d.people().chairs(n));
                // nor, once answered, one giving the room the floor ("One more from the floor. Yes, at the back.")
                if ((!answers.isEmpty() || firstAnswer != null)
                        && (!named.isEmpty() && !passesOn || FLOOR.find(s.turn().text()))) {
                    break;
                }
                addressed.addAll(named);
            } else {
                int part = partFor(d, i, turnEnd, audience, askerFirst, askedWords, topic);
                Question.Answer answer = answer(d, part, turnEnd, audience, askerFirst);
                boolean namesAsker = askerFirst != null && askerFirst.length() >= 3
                        && names(s.turn().text(), askerFirst);
                // a turn opening on another asker's question ("Maybe I start with Amara's question") answers that
                // one, unless a later part of it is on this question's words, or it first acknowledges this one
                // ("This is the real question, thank you. …, which answers also what Valeria said.")
                String first = s.text();
                boolean answersAnother = !namesAsker && part == i
                        && namesOtherAsker(audience, opening(d, i, turnEnd), askerFirst)
                        && !(ACKNOWLEDGEMENT.find(first) && !namesOtherAsker(audience, first, askerFirst));
                if (answersAnother) {
                    answeringOthers.add(speaker);
                }
                if (answer != null && !answersAnother) {
                    turns++;
                    boolean answeredBefore = answers.stream().anyMatch(a -> a.speaker().equals(speaker));
                    // a panellist speaking in the exchange replies to it, whether or not the question named them,
                    // unless they took up another asker's question and go on with it; in a hearing the listed
                    // speakers are members too, whose turns lead up to their own questions
                    boolean panellist = !hearing && d.people().onPanel(speaker) && !answeringOthers.contains(speaker);
                    if (!answeredBefore && (addressed.contains(speaker) || namesAsker || panellist)) {
                        answers.add(answer);
                    } else if (firstAnswer == null && answers.isEmpty()) {
                        firstAnswer = answer;
                    }
                }
            }
            i = turnEnd;
        }
        if (answers.isEmpty() && firstAnswer != null && addressed.stream().noneMatch(d.people()::onPanel)) {
            answers.add(firstAnswer);
        }
        if (answers.isEmpty()) {
            answers.addAll(lateAnswers(d, i, askerFirst, audience, deferred ? d.size() : LATE_ANSWER_REACH, topic));
        }
        return answers;
    }

    /**
     * Whether the turn before sentence {@code i} is a chair's giving the floor to the room ("The gentleman with the
     * hat."): naming no panellist and reading nothing out.
     */
    private static boolean floorGiven(Discussion d, int i) {
        if (i == 0) {
            return false;
        }
        Sentence before = d.sentence(i - 1);
        return d.people().chairs(before.speaker()) && !d.relayed(i - 1)
                && d.people().mentionedAll(before.turn().text()).stream().noneMatch(d.people()::onPanel);
    }

    /**
     * A chair's answer to the asker by name: from a sentence of the turn that names the asker, states something and
     * names nobody of the panel (not "Joseph, good question, Paulo?") nor another asker.
     */
    private static Optional<Question.Answer> chairsOwnAnswer(Discussion d, int from, int to, String askerFirst,
                                                            Set<String> audience) {
        if (askerFirst == null || askerFirst.length() < 3) {
            return Optional.empty();
        }
        for (int k = from; k < to; k++) {
            String said = d.sentence(k).text();
            // naming other askers too ("Hannelore on whether …, and Rubén on …") recaps the round's questions
            if (names(said, askerFirst) && d.substantive(k) && !said.strip().endsWith("?")
                    && d.people().mentionedAll(said).stream().noneMatch(n -> d.people().onPanel(n)
                    && !d.people().chairs(n)) && !namesOtherAsker(audience, said, askerFirst)) {
                return ownAnswer(d, k, to);
            }
        }
        return Optional.empty();
    }

    /**
     * The reader's own answer from the sentence at {@code from} (still part of the read-out, so not substantive) to
     * where the reader hands the floor to someone ("Carolina, back to you.").
     */
    private static Optional<Question.Answer> ownAnswer(Discussion d, int from, int to) {
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to && evidence.size() < ANSWER_SENTENCES; k++) {
            String said = d.sentence(k).text();
            if (k > from && !d.people().mentionedAll(said).isEmpty() || PASSING_ON.find(said)) {
                break;
            }
            evidence.add(d.sentence(k).evidence());
            text.append(text.length() == 0 ? "" : " ").append(SpokenText.tidy(said));
        }
        return evidence.isEmpty() || Text.wordCount(text.toString()) < MIN_ANSWER_WORDS ? Optional.empty()
                : Optional.of(new Question.Answer(d.sentence(from).speaker(), text.toString(), evidence));
    }

    /**
     * The panel turns soon after (within {@code reach} turns) that take the question up by its asker's name ("Maybe I
     * start with Amara's question"), in the part on the question's {@code topic} where they take up several, or that
     * panellist's next substantive turn when the naming turn only takes the floor; after the first, the others of
     * the same exchange that name the asker ("On Wanjiku's question, …").
     */
    private static List<Question.Answer> lateAnswers(Discussion d, int from, String askerFirst,
                                                     Set<String> audience, int reach, Set<String> topic) {
        List<Question.Answer> found = new ArrayList<>();
        if (askerFirst == null || askerFirst.length() < 3) {
            return found;
        }
        int turns = 0;
        int i = from;
        String taker = null;
        while (i < d.size() && turns < reach) {
            Sentence s = d.sentence(i);
            int turnEnd = i;
            while (turnEnd < d.size() && d.sentence(turnEnd).turn() == s.turn()) {
                turnEnd++;
            }
            turns++;
            // once taken up, the exchange ends where the next question opens
            if (!found.isEmpty() && opensQuestion(d, i, turnEnd)) {
                break;
            }
            boolean panellist = d.people().onPanel(s.speaker()) && !d.people().chairs(s.speaker());
            boolean answeredBefore = found.stream().anyMatch(a -> a.speaker().equals(s.speaker()));
            if (panellist && !answeredBefore
                    && (s.speaker().equals(taker) || taker == null && names(s.turn().text(), askerFirst))) {
                int part = partFor(d, i, turnEnd, audience, askerFirst, null, topic);
                Question.Answer answer = answer(d, part, turnEnd, audience, askerFirst);
                if (answer != null) {
                    found.add(answer);
                    taker = null;
                } else if (!PASSING_ON.find(d.sentence(part).text())) {
                    // "Can I take Yonas's question?" takes it up; the answer is that panellist's next substantive
                    // turn, while "On Grace's question, I am not the right person" leaves it to whoever takes it next
                    taker = s.speaker();
                }
            }
            i = turnEnd;
        }
        return found;
    }

    /** The first words of a sentence, where it turns to someone ("On Grace's question, …", "Tom, yes, …"). */
    private static String opening(String sentence) {
        String[] words = sentence.strip().split("\\s+", OPENING_WORDS + 1);
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(OPENING_WORDS, words.length)));
    }

    /** The first sentences of a turn, where a speaker says which question they take up. */
    private static String opening(Discussion d, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < Math.min(to, from + 2); k++) {
            text.append(d.sentence(k).text()).append(' ');
        }
        return text.toString();
    }

    /**
     * The first names of the audience: chat senders, people and speakers who neither sit on the panel nor chair. A
     * panellist named ("I share Tendai's view") is agreed with, not answered, also where they wrote in the chat.
     */
    private static Set<String> audienceFirstNames(Discussion d) {
        Set<String> audience = new LinkedHashSet<>();
        d.session().chat().stream().map(QuestionFinder::writer)
                .filter(n -> !n.isEmpty() && !d.people().onPanel(n) && !d.people().chairs(n))
                .forEach(n -> audience.add(n.split("\\s+")[0]));
        d.people().all().stream().filter(p -> !d.people().onPanel(p.name()) && !d.people().chairs(p.name()))
                .forEach(p -> audience.add(p.name().split("\\s+")[0]));
        d.session().turns().stream().map(Turn::speaker)
                .filter(n -> !d.people().onPanel(n) && !d.people().chairs(n))
                .forEach(n -> audience.add(n.split("\\s+")[0]));
        d.session().submittedQuestions().stream().map(Question::asker).filter(java.util.Objects::nonNull)
                .forEach(n -> audience.add(n.split("\\s+")[0]));
        audience.removeIf(n -> n.length() < 3);
        return audience;
    }

    /** Whether a turn names someone of the audience other than the asker: it answers that person instead. */
    private static boolean namesOtherAsker(Set<String> audience, String text, String askerFirst) {
        return audience.stream().anyMatch(n -> !n.equals(askerFirst) && names(text, n));
    }

    /** Whether a chair's turn puts to a panellist it names a question on something the asked turn raised. */
    private static boolean handsOn(Discussion d, int from, int to, String asked) {
        Sentence s = d.sentence(from);
        if (!d.people().chairs(s.speaker())
                || d.people().mentionedAll(s.turn().text()).stream().noneMatch(d.people()::onPanel)) {
            return false;
        }
        Set<String> raised = Terms.ofPlainText(asked);
        for (int k = from; k < to; k++) {
            if (d.kind(k) == SentenceKind.QUESTION && Terms.shared(Terms.ofPlainText(d.sentence(k).text()), raised) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A turn that opens the next exchange: an audience question, a relay, or a chair's own question (not one
     * handing the question on: "do you want to take the question on repair?").
     */
    private static boolean opensQuestion(Discussion d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.relayed(k) || isAudienceQuestion(d, k) || d.people().chairs(d.sentence(k).speaker())
                    && d.kind(k) == SentenceKind.QUESTION && d.sentence(k).wordCount() >= NEW_EXCHANGE_WORDS
                    && !QUESTION_TAKING.find(d.sentence(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a turn takes up the asker's question: the sentence naming the asker when that comes after the turn's
     * opening ("... On insurance, Olivia, yes, ..." in a turn that answers Arjun first); else the turn's start. A
     * turn that names the asker only in its last sentence, and nobody else of the audience before, closes its
     * answer on them ("... Lucía, Uruguay has good people who know this well."): it answers from its start. A turn
     * opening on another asker ("Bakary, on appeals, … Hamid, on Dari, …") takes this one up where it names its asker.
     * A turn naming no asker but answering in parts takes it up in the part on its words ({@link #partOn}). Before
     * all this, a turn taking up several things by their topics ("On Kenya, … On the safeguards, …") takes the
     * question up in the one part whose topic the question ({@code topic}, its own words) names ({@link #topicPart}).
     */
    private static int partFor(Discussion d, int from, int to, Set<String> audience, String askerFirst,
            Set<String> asked, Set<String> topic) {
        int onTopic = topicPart(d, from, to, topic);
        if (onTopic >= 0) {
            return onTopic;
        }
        if (askerFirst == null || askerFirst.length() < 3) {
            return partOn(d, from, to, asked);
        }
        for (int k = from; k < to; k++) {
            if (names(d.sentence(k).text(), askerFirst)) {
                boolean othersBefore = IntStream.range(from, k)
                        .anyMatch(j -> namesOtherAsker(audience, d.sentence(j).text(), askerFirst));
                boolean openedOnOther = IntStream.range(from, k)
                        .anyMatch(j -> namesOtherAsker(audience, opening(d.sentence(j).text()), askerFirst));
                boolean closing = k == to - 1 && !othersBefore;
                return (k < from + 2 && !openedOnOther) || closing ? from : k;
            }
        }
        return partOn(d, from, to, asked);
    }

    /**
     * In a turn taking up two things or more by their topics, each a sentence opening on one ("On Kenya, I hear …",
     * "On the safeguards, for us …"; lexicon {@code answer-part}, the topic up to the first comma), the one sentence
     * whose topic shares a word with the question's own words; -1 where there is no such turn or no single such
     * sentence.
     */
    private static int topicPart(Discussion d, int from, int to, Set<String> topic) {
        if (topic == null) {
            return -1;
        }
        int opened = 0;
        int found = -1;
        int matches = 0;
        for (int k = from; k < to; k++) {
            String text = d.sentence(k).text().strip();
            if (!ANSWER_PART.find(text)) {
                continue;
            }
            int comma = text.indexOf(',');
            String clause = comma > 0 ? text.substring(0, comma) : text;
            if (Text.wordCount(clause) > TOPIC_WORDS) {
                continue;
            }
            opened++;
            if (Terms.shared(Terms.ofPlainText(clause), topic) > 0) {
                found = k;
                matches++;
            }
        }
        return opened >= 2 && matches == 1 ? found : -1;
    }

    /**
     * Where a turn in parts ("To the nurse, first. … On liability. …") takes up the question whose asking turn said
     * {@code asked}: the part whose opening sentences share most of its words; where none does, no part ({@code to});
     * a turn not in parts, from its start.
     */
    private static int partOn(Discussion d, int from, int to, Set<String> asked) {
        List<Integer> starts = IntStream.range(from, to).filter(k -> k == from || opensPart(d.sentence(k)))
                .boxed().toList();
        if (asked == null || starts.size() < 2) {
            return from;
        }
        // a turn in parts none of which is on the question's words answers other questions, not this one
        int best = to;
        int bestShared = 0;
        for (int start : starts) {
            Set<String> said = new HashSet<>();
            for (int k = start; k < to && k <= start + ANSWER_SENTENCES && (k == start || !opensPart(d.sentence(k)));
                    k++) {
                said.addAll(d.terms(k));
            }
            int shared = Terms.shared(asked, said);
            if (shared > bestShared) {
                best = start;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * "On liability.", "To the nurse, first.", "On New York, and who reads the messages.": a short sentence opening
     * the part of a turn on one question.
     */
    private static boolean opensPart(Sentence s) {
        // a longer one speaking in a person's voice states something ("For a bank account, you can argue.")
        boolean topicOnly = s.wordCount() <= PART_OPENER_WORDS || s.wordCount() <= LONG_PART_OPENER_WORDS
                && !Wording.speaksAsSpeaker(s.text());
        return topicOnly && !asks(s) && ANSWER_PART.find(s.text());
    }

    /**
     * A turn's first substantive sentences from {@code from} as an answer; null when it has none. Passing the
     * question on ("I am not the right person, maybe Abena") answers nothing, and a sentence turning to another
     * asker's question ends the answer.
     */
    private static Question.Answer answer(Discussion d, int from, int to, Set<String> audience, String askerFirst) {
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to && evidence.size() < ANSWER_SENTENCES; k++) {
            String said = d.sentence(k).text();
            // a sentence turning to another asker's question, or opening another part ("On liability."), ends it
            if (k > from && (askerFirst != null && namesOtherAsker(audience, opening(said), askerFirst)
                    || opensPart(d.sentence(k)))) {
                break;
            }
            if (d.substantive(k) && !PASSING_ON.find(said)) {
                evidence.add(d.sentence(k).evidence());
                text.append(text.length() == 0 ? "" : " ").append(SpokenText.tidy(said));
            }
        }
        return evidence.isEmpty() || Text.wordCount(text.toString()) < MIN_ANSWER_WORDS ? null
                : new Question.Answer(d.sentence(from).speaker(), text.toString(), evidence);
    }


    /**
     * Public chat questions of the audience, with the chat replies to them as answers. Not questions: the
     * panel's own messages, housekeeping and poll announcements.
     */
    static List<Question> fromChat(Discussion d) {
        List<ChatMessage> chat = d.session().chat();
        boolean hasPanel = d.people().all().stream().anyMatch(p -> d.people().onPanel(p.name()));
        List<Question> out = new ArrayList<>();
        for (int k = 0; k < chat.size(); k++) {
            ChatMessage m = chat.get(k);
            String sender = d.people().writer(m.sender());
            if (m.direct() || !m.text().contains("?") || Text.wordCount(m.text()) < 3
                    || SpokenText.isHousekeeping(m.text()) || POLL_ANNOUNCEMENT.find(m.text())
                    || d.people().onPanel(sender) || d.people().chairs(sender)) {
                continue;
            }
            List<Question.Answer> answers = new ArrayList<>();
            for (ChatMessage reply : chat) {
                if (!reply.direct() && reply.replyTo() != null && reply.replyTo() == m.index()
                        && !reply.sender().equals(m.sender()) && answers(d, reply, hasPanel)) {
                    answers.add(chatAnswer(d, reply));
                }
            }
            if (answers.isEmpty()) {
                addressedAnswer(d, m, chat.subList(k + 1, chat.size()), hasPanel).ifPresent(answers::add);
            }
            if (answers.isEmpty()) {
                nextMessageAnswer(d, m, chat.subList(k + 1, chat.size())).ifPresent(answers::add);
            }
            out.add(new Question(Text.collapse(m.text()), writer(m), EvidenceSource.CHAT,
                    answers.isEmpty() ? null : Boolean.TRUE, List.of(evidence(m)), null, null, answers));
        }
        return out;
    }

    /**
     * Whether a chat reply to a question answers it: a moderator's reply that acknowledges it ("good question, we
     * will put it to the panel") passes it on, one that gives what was asked ("Yes, the link is in the Q&amp;A")
     * answers it; where a panel is listed, another participant's reply ("+1, ...") comments on it.
     */
    private static boolean answers(Discussion d, ChatMessage reply, boolean hasPanel) {
        String sender = d.people().writer(reply.sender());
        return d.people().chairs(sender) ? !passesOn(reply.text()) : !hasPanel || d.people().onPanel(sender);
    }

    private static Question.Answer chatAnswer(Discussion d, ChatMessage reply) {
        return new Question.Answer(d.people().writer(reply.sender()), Text.collapse(reply.text()),
                List.of(evidence(reply)));
    }

    /**
     * A later message that opens by addressing the question's writer by name ("@Carla yes, …", "Carla, the link is
     * …"), before the writer asks again, and that answers as a reply would; a question back, or passing it on
     * ("Laila, I will pass this on to Seun"), is none.
     */
    private static Optional<Question.Answer> addressedAnswer(Discussion d, ChatMessage question,
                                                             List<ChatMessage> after, boolean hasPanel) {
        // by full name, or by a first name of three letters or more
        String full = writer(question);
        String first = full.split("\\s+")[0];
        if (full.isEmpty() || !Character.isUpperCase(full.charAt(0))) {
            return Optional.empty();
        }
        String name = "(?:" + Pattern.quote(full) + (first.length() >= 3 ? "|" + Pattern.quote(first) : "") + ")";
        Pattern addressing = Pattern.compile("\\s*+(?:@\\s?" + name + "\\b|" + name + "\\s*+[,:])");
        for (ChatMessage m : after) {
            if (m.direct() || !m.file().equals(question.file())) {
                continue;
            }
            if (m.sender().equals(question.sender())) {
                if (m.text().contains("?")) {
                    break;
                }
                continue;
            }
            if (addressing.matcher(m.text()).lookingAt() && !m.text().contains("?") && !passesOn(m.text())
                    && answers(d, m, hasPanel)) {
                return Optional.of(chatAnswer(d, m));
            }
        }
        return Optional.empty();
    }

    /** A moderator's chat reply that acknowledges a question or hands it to the panel rather than answering it. */
    private static boolean passesOn(String reply) {
        return ACKNOWLEDGEMENT.find(reply) || DEFLECTION.find(reply) || PASSING_ON.find(reply);
    }

    /**
     * A chat question answered in the chat without the reply button: one of the next public messages, from a
     * panellist speaking to what was asked (a word of the question in it), the rapporteur aside, or from anyone
     * chairing with a link to what was asked for. Not an answer: another question, or the asker's own message.
     */
    private static Optional<Question.Answer> nextMessageAnswer(Discussion d, ChatMessage question,
                                                              List<ChatMessage> after) {
        Set<String> asked = Terms.ofPlainText(question.text());
        int seen = 0;
        for (ChatMessage m : after) {
            if (m.direct() || !m.file().equals(question.file())) {
                continue;
            }
            if (seen++ == CHAT_ANSWER_REACH || m.sender().equals(question.sender()) || m.text().contains("?")) {
                break;
            }
            // the rapporteur writing about the report answers nobody
            String sender = d.people().writer(m.sender());
            boolean panellist = d.people().onPanel(sender) && !d.people().has(sender, Role.RAPPORTEUR)
                    && Terms.ofPlainText(m.text()).stream().anyMatch(asked::contains);
            // a link answers where its message points back at the question or shares a word with it; one only
            // announced ("Report: https://…") answers nothing asked
            boolean resource = d.people().chairs(sender) && ParticipationCounter.LINK.matcher(m.text()).find()
                    && (LINK_REPLY.find(ParticipationCounter.LINK.matcher(m.text()).replaceAll(" "))
                    || Terms.ofPlainText(m.text()).stream().anyMatch(asked::contains));
            if (panellist || resource) {
                return Optional.of(chatAnswer(d, m));
            }
        }
        return Optional.empty();
    }

    /**
     * Who wrote a message, by name: the display name without its notes ("Maria Silva (she/her)", "Ana Ruiz
     * (Guest)"); the evidence keeps the display name as written.
     */
    private static String writer(ChatMessage m) {
        return withoutNotes(m.sender());
    }

    /** A display name without its notes in parentheses; as written where nothing else is left. */
    private static String withoutNotes(String displayName) {
        String name = NOTE.matcher(displayName).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? displayName : name;
    }

    private static Evidence evidence(ChatMessage m) {
        return new Evidence(EvidenceSource.CHAT, m.file(), m.sender(), m.line(), m.time(), m.text());
    }

    /**
     * Adds a question, or merges it into a near-identical one already kept (typed, then read out), or, a read-out,
     * into the same author's written one that shares half its words, or into the author's only written one.
     */
    private static void add(Question q, List<Question> kept, List<Set<String>> keptTerms) {
        Set<String> terms = Terms.ofPlainText(q.text());
        List<Integer> writersOwn = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            boolean writers = sameAuthor(q, kept.get(k));
            if (same(terms, keptTerms.get(k)) || writers && same(terms, keptTerms.get(k), SAME_AUTHOR_QUESTION)) {
                kept.set(k, merged(kept.get(k), q));
                return;
            }
            if (writers) {
                writersOwn.add(k);
            }
        }
        // read out in other words ("if you were never registered at birth, …" for "never given a birth
        // certificate") or translated, with what the reader said around it ("she writes in French: the European
        // Accessibility Act …"): the writer's only written question, where the two share some words
        if (writersOwn.size() == 1
                && Terms.shared(quotedTerms(q), quotedTerms(kept.get(writersOwn.get(0)))) >= REWORDED_SHARED) {
            kept.set(writersOwn.get(0), merged(kept.get(writersOwn.get(0)), q));
            return;
        }
        kept.add(q);
        keptTerms.add(terms);
    }

    /** The words of a question and of all its quotes: a read-out with what the reader said around it. */
    private static Set<String> quotedTerms(Question q) {
        Set<String> terms = new LinkedHashSet<>(Terms.ofPlainText(q.text()));
        q.evidence().forEach(e -> terms.addAll(Terms.ofPlainText(e.quote())));
        return terms;
    }

    private static Question merged(Question old, Question q) {
        List<Evidence> evidence = new ArrayList<>(old.evidence());
        evidence.addAll(q.evidence());
        // a panellist's spoken answer is the answer; a chat reply stands in only where nobody answered aloud
        List<Question.Answer> spoken = new ArrayList<>();
        List<Question.Answer> written = new ArrayList<>();
        for (Question.Answer a : concat(old.answers(), q.answers())) {
            (a.evidence().get(0).source() == EvidenceSource.TRANSCRIPT ? spoken : written).add(a);
        }
        List<Question.Answer> answers = spoken.isEmpty() ? written : spoken;
        Boolean answered = !answers.isEmpty() || Boolean.TRUE.equals(old.answered())
                || Boolean.TRUE.equals(q.answered()) ? Boolean.TRUE
                : old.answered() != null ? old.answered() : q.answered();
        return new Question(old.text(), old.asker() != null ? old.asker() : q.asker(), old.source(), answered,
                evidence, old.upvotes() != null ? old.upvotes() : q.upvotes(),
                old.relayedBy() != null ? old.relayedBy() : q.relayedBy(), answers, old.channel());
    }

    private static List<Question.Answer> concat(List<Question.Answer> a, List<Question.Answer> b) {
        List<Question.Answer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean same(Set<String> a, Set<String> b) {
        return same(a, b, SAME_QUESTION);
    }

    private static boolean same(Set<String> a, Set<String> b, double share) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = Terms.shared(a, b);
        return (double) shared / Math.min(a.size(), b.size()) >= share && shared >= 3 || a.equals(b);
    }

    /**
     * Whether one question is written (chat, Q&amp;A) and the other a read-out, naming one author, a display name's
     * note aside ("Thabo Mokoena (Parliament of …)"). Two questions a member asks aloud are two, however close.
     */
    private static boolean sameAuthor(Question a, Question b) {
        return a.source() != b.source() && (a.relayedBy() != null || b.relayedBy() != null)
                && a.asker() != null && b.asker() != null && withoutNotes(a.asker()).equals(withoutNotes(b.asker()));
    }
}
