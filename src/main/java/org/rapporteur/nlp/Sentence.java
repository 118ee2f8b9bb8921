package org.rapporteur.nlp;

import java.util.List;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Turn;

/**
 * One annotated sentence of a turn. {@code text} is verbatim from the source (a substring of the turn's passages,
 * lines joined by single spaces) and {@code line} the 1-based line where it starts, so evidence points back at it.
 * {@code index} is the position in the whole session, {@code indexInTurn} within its turn. {@code dependencies}
 * are filled by the {@link Quality#DEEP} tier only. {@code seconds}: when it was said, as closely as the source times
 * it (its cue or timed word, else its turn's start); null where the transcript has no timings.
 */
public record Sentence(int index, int indexInTurn, Turn turn, String text, int line, Double seconds,
                       List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The relations whose governor is the token at {@code head}; empty without the dependency parser. */
    public List<Dependency> dependentsOf(int head) {
        return dependencies.stream().filter(d -> d.governor() == head).toList();
    }

    public String speaker() {
        return turn.speaker();
    }

    public Evidence evidence() {
        return new Evidence(EvidenceSource.TRANSCRIPT, turn.file(), turn.speaker(), line,
                Clock.format(seconds), text);
    }

    /**
     * Evidence for the words of this sentence from {@code from} to {@code to} (one of several questions read out in
     * one breath): the quote those words, the line where they start.
     */
    public Evidence evidence(int from, int to) {
        String part = text.substring(from, to);
        int lead = part.length() - part.stripLeading().length();
        int at = turn.text().indexOf(text);
        int partLine = at < 0 ? line : turn.lineAt(at + from + lead);
        return new Evidence(EvidenceSource.TRANSCRIPT, turn.file(), turn.speaker(), partLine, Clock.format(seconds),
                part.strip());
    }

    public int wordCount() {
        // a loop, not a stream: the analysis asks this of every sentence many times
        int words = 0;
        for (Token t : tokens) {
            if (Character.isLetterOrDigit(t.word().charAt(0))) {
                words++;
            }
        }
        return words;
    }

    /**
     * Whether it has a finite verb: "Security updates, and telling the consumer how long." states nothing. A base
     * form right after a noun or pronoun counts too: the tagger often tags a present tense so ("Open licences
     * make ...").
     */
    public boolean hasFiniteVerb() {
        for (int i = 0; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")) {
                return true;
            }
            if (pos.equals("VB") && i > 0 && (tokens.get(i - 1).pos().startsWith("NN")
                    || tokens.get(i - 1).pos().equals("PRP"))) {
                return true;
            }
        }
        return false;
    }

    public boolean isQuestion() {
        return text.stripTrailing().endsWith("?");
    }
}
