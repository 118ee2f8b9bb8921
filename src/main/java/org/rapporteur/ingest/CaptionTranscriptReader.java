package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Passage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;

/**
 * Live-caption (CART) transcripts of the IGF ("igf-cart") and of UN meetings captioned by Caption First
 * ("un-cart"), as .txt, .html, .docx or .pdf. Layout assumed:
 * <pre>
 * IGF 2022 Day 4 Town Hall #110 Title - RAW        header: title, disclaimer, "***" (UN: RAW COPY, Caption
 * The following are the outputs of the captioning   First address, CART disclaimer, a second "***")
 * ***
 * >> LUCIEN CASTEX:  Good morning.                 a turn: ">> LABEL:" (also ">>LABEL:", mixed case, roles)
 *      Continuation paragraph, maybe indented.     continuation lines and hard-wrapped lines: same turn
 * (Applause).                                      stage direction on its own line: dropped
 * >> Thank you.                                    bare ">>": unknown speaker, label ""
 * </pre>
 * Everything before the first marker is header or housekeeping and is dropped, but for the session code of the
 * title line, kept in {@link SessionParts#sessionCodes} (a workshop may run under another number). Each non-blank line of a turn is
 * one {@link Passage}: its 1-based line number and its text stripped of the marker and of surrounding whitespace,
 * otherwise verbatim (inline stage directions and U+2011 dashes stay). Captions have no timings.
 * <p>For .html, .docx and .pdf files the turn's file is still the original file, and line numbers count the lines
 * of the extracted text as {@link DocumentText} defines them.
 */
public final class CaptionTranscriptReader implements InputReader {

    public static final String IGF = "igf-cart";
    public static final String UN = "un-cart";

    private static final Pattern MARKER = Pattern.compile("^\\s*>>\\s*(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^([^:]{0,60}):(.*)$");
    private static final Pattern NOISE = Pattern.compile(
            "^(?:[^\\p{L}\\p{N}]*|(?:[(\\[][^()\\[\\]]{0,80}[)\\]][\\s.…,;:!]*)+)$");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:totally verbatim record"
            + "|^this text,? document,? or file is|outputs of the captioning taken|^(?:raw|roughly edited) copy$)");
    private static final Pattern CAPTION_HEADER = Pattern.compile("(?i)(?:outputs of the captioning"
            + "|caption first|roughly edited copy|raw copy|communication access realtime translation)");
    private static final Pattern UN_HEADER = Pattern.compile("(?i)(?:caption first|roughly edited copy|raw copy)");
    private static final Pattern TIMED = Pattern.compile("^\\s*(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?|WEBVTT)");
    /** isLabel runs on every timed line of subtitle and timestamped transcripts too: its patterns are compiled once. */
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_MARK = Pattern.compile(".*[?!;\"“”].*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A word that sets a display name apart from what follows it ("Ana Ruiz | UNDP", "Ana Ruiz - UNDP"). */
    static final Pattern SEPARATOR = Pattern.compile("[|\u2013\u2014\u00b7\u2022-]");
    /** A phone dialling in, its number masked by the meeting tool ("+254 *** *** 417", "1646****56"). */
    static final Pattern PHONE = Pattern.compile("\\+?[\\d*\u2022]{1,4}(?:[\\s.\\-]?[\\d*\u2022()]{1,6}){2,5}");
    private static final Pattern ELIDED_PARTICLE = Pattern.compile("\\p{Ll}{1,3}['’]\\p{Lu}.*");
    /** A device's brand written in camel case, as meeting tools show it: "iPhone de Ana", "iPad (2)". */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\p{Ll}\\p{Lu}\\p{L}*");
    /** An account's user name as a meeting tool shows it ("j.mbeki.office", "ana_ruiz"); "e.g" is none. */
    static final Pattern ACCOUNT_HANDLE = Pattern.compile("(?=.*\\p{Ll}{3})[\\p{Ll}\\d]++(?:[._][\\p{Ll}\\d]++)+");
    /** Lower-case words that may stand in a speaker label ("Maria de la Cruz", "Ramon dela Cruz", "Minister of"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "dela", "della", "das", "des", "di", "do",
            "dos", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "of", "the", "and",
            "for", "on", "mic");

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        List<String> head = file.content().head(400);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        boolean header = head.stream().limit(15).anyMatch(l -> CAPTION_HEADER.matcher(l).find());
        long markers = head.stream().filter(l -> MARKER.matcher(l).matches()).count();
        long timed = head.stream().filter(l -> TIMED.matcher(l).find()).count();
        boolean captions = header || markers > timed && (markers >= 2 || head.size() < 50 && markers == 1);
        return captions ? Optional.of(format(head)) : Optional.empty();
    }

    private static String format(List<String> head) {
        for (String line : head) {
            if (MARKER.matcher(line).matches()) {
                break;
            }
            if (UN_HEADER.matcher(line).find()) {
                return UN;
            }
        }
        return IGF;
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws InputException, IOException {
        SourceText text = file.content();
        if (text.isBlank()) {
            throw new InputException(file.name(), "the transcript is empty");
        }
        List<String> lines = text.lines();
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        boolean boilerplate = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher marker = MARKER.matcher(line);
            if (drafts.isEmpty() && parts.sessionCodes.isEmpty() && !marker.matches()) {
                ProposalReader.sessionCode(line).ifPresent(parts.sessionCodes::add);
                ProposalReader.titleAfterCode(line).ifPresent(parts.sessionTitles::add);
            }
            if (marker.matches()) {
                current = turn(marker.group(1));
                drafts.add(current);
                line = current.firstText;
            }
            // A captioner's disclaimer runs to the end of its paragraph, hard-wrapped or not.
            boilerplate = !line.isEmpty() && (boilerplate && !marker.matches() || BOILERPLATE.matcher(line).find());
            if (current != null && !boilerplate && !NOISE.matcher(line).matches()) {
                current.passages.add(new Passage(i + 1, line));
            }
        }
        if (drafts.isEmpty()) {
            throw new InputException(file.name(), "no speaker marker (\">>\") found: not a caption transcript");
        }
        List<Turn> turns = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.passages.isEmpty()) {
                String speaker = d.label.isEmpty() ? SpeakerResolver.UNIDENTIFIED : d.label;
                turns.add(new Turn(turns.size(), d.label, speaker, file.name(), d.passages, null, null));
            }
        }
        if (turns.isEmpty()) {
            throw new InputException(file.name(), "speaker markers but no spoken text");
        }
        parts.turns.addAll(turns);
        parts.sources.add(new SourceFile(file.name(), SourceKind.TRANSCRIPT, format, turns.size()));
    }

    /** A turn opened by a marker line: "NAME: words", or a bare marker followed by words. */
    private static Draft turn(String afterMarker) {
        Matcher m = LABELLED.matcher(afterMarker);
        // "At 10:30 we start" is speech, not a label "At 10".
        if (m.matches() && isLabel(m.group(1).strip()) && !m.group(2).matches("^\\d.*")) {
            return new Draft(m.group(1).strip(), m.group(2).strip());
        }
        return new Draft("", afterMarker.strip());
    }

    /**
     * Whether the words before a colon are a speaker label rather than the start of a sentence ("So the point
     * is: ..."): up to eight words, each capitalised, a name particle, a brand in camel case ("iPhone") or a
     * separator before an organisation ("Marek Nowak | HostPol"), no sentence punctuation; or a masked phone
     * number, or an account's user name.
     */
    static boolean isLabel(String label) {
        if (label.isEmpty()) {
            return true;
        }
        if (PHONE.matcher(label).matches() || ACCOUNT_HANDLE.matcher(label).matches()) {
            return true;
        }
        String[] words = WORD_BREAK.split(label);
        if (words.length > 8 || SENTENCE_MARK.matcher(label).matches()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "Marek Nowak | HostPol": a display name and its organisation, set apart
            boolean ok = SEPARATOR.matcher(w).matches() && i > 0 && i < words.length - 1
                    || w.startsWith("(")
                    // a number closing a label ("Speaker 7") or inside a room's account ("IGF Room 3 Hybrid"), not
                    // two numbers in a row ("In 2024 2025")
                    || NUMBER.matcher(w).matches() && i > 0 && (i == words.length - 1
                            || !NUMBER.matcher(words[i + 1]).matches() && !NUMBER.matcher(words[i - 1]).matches())
                    || Character.isUpperCase(w.charAt(0))
                    || PARTICLES.contains(w)
                    || ELIDED_PARTICLE.matcher(w).matches()
                    || CAMEL_CASE.matcher(w).matches();
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static final class Draft {
        final String label;
        final String firstText;
        final List<Passage> passages = new ArrayList<>();

        Draft(String label, String firstText) {
            this.label = label;
            this.firstText = firstText;
        }
    }
}
