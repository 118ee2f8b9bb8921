package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/**
 * Zoom chat logs. Format names and the layout each one reads:
 * <ul>
 *   <li>{@code zoom-chat-2020}: local, up to 2020: {@code HH:MM:SS<TAB> From  Name : msg}; private
 *       {@code From  A   to   B(Privately) : msg}. Lines without a header continue the message above.</li>
 *   <li>{@code zoom-chat-2021}: local, early 2021: {@code HH:MM:SS<TAB> From  A  to  Everyone : msg}.</li>
 *   <li>{@code zoom-chat-mid2021}: local, mid-2021 on: {@code HH:MM:SS From  A  to  Everyone:} and then body
 *       lines that each start with a TAB; direct messages {@code to  B(Direct Message):}.</li>
 *   <li>{@code zoom-chat-cloud}: {@code HH:MM:SS<TAB>Name:<TAB>msg}, continuation lines without prefix, blank
 *       lines inside a message.</li>
 * </ul>
 * A message's {@code text} is its body lines joined with "\n" (blank lines at either end dropped) and its
 * {@code line} is the file line of the first body line, so that line holds the start of the text verbatim.
 * {@code index} is the message's position in {@link SessionParts#chat}. Sender and recipient are split at the
 * last spaced {@code to} whose right side is {@code Everyone} or ends with a direct marker, so names may contain
 * " to ", ":" or pronouns. {@code Replying to "<snippet>"} links the reply to the latest earlier message whose
 * text starts with the snippet (text = the reply only); {@code Reacted to "<snippet>" with 👍} and
 * {@code Removed a 👍 reaction from "<snippet>"} change the target's reaction count and are not messages.
 * Times are kept as written (they may wrap past midnight); order is file order.
 */
public final class ZoomChatReader implements InputReader {

    public static final String LOCAL_2020 = "zoom-chat-2020";
    public static final String LOCAL_2021 = "zoom-chat-2021";
    public static final String LOCAL_MID_2021 = "zoom-chat-mid2021";
    public static final String CLOUD = "zoom-chat-cloud";

    private static final String TIME = "(\\d{1,2}:\\d{2}:\\d{2})";
    private static final Pattern LOCAL_LINE = Pattern.compile("^" + TIME + "\\t From\\s+(.*)$");
    private static final Pattern LOCAL_BLOCK = Pattern.compile("^" + TIME + " From\\s++(.+):\\s*+$");
    private static final Pattern CLOUD_LINE = Pattern.compile("^" + TIME + "\\t([^\\t]+?):(?:\\t(.*))?$");
    private static final Pattern TIMED = Pattern.compile("^\\d{1,2}:\\d{2}:\\d{2}(?:\\s|$)");
    private static final Pattern TO_EVERYONE = Pattern.compile("(?<!\\s)\\s{2,}+to\\s{2,}+Everyone\\s*+:");

    private static final Pattern SPACED_TO = Pattern.compile("(?<!\\s)\\s{2,}+to\\s{2,}+");
    private static final Pattern SINGLE_TO = Pattern.compile("\\sto\\s");
    private static final Pattern DIRECT_MARK =
            Pattern.compile("\\((?:Privately|Direct Message)\\)\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.\\.\\.|…)$");
    private static final Pattern REPLYING = Pattern.compile("^Replying to \"(.*)\"\\s*$");
    private static final Pattern REACTED = Pattern.compile("^Reacted to \"(.*)\" with (\\S+)\\s*$");
    private static final Pattern REMOVED = Pattern.compile("^Removed an? (\\S+) reaction from \"(.*)\"\\s*$");

    /** Files are sniffed on their first few non-blank lines, and 2020 told from 2021 on this many lines. */
    private static final int SNIFF_LINES = 3;
    private static final int VARIANT_LINES = 200;

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (!file.isText()) {
            return Optional.empty();
        }
        SourceText text = file.text();
        for (String line : text.head(SNIFF_LINES)) {
            if (LOCAL_BLOCK.matcher(line).matches()) {
                return Optional.of(LOCAL_MID_2021);
            }
            if (Grammar.LOCAL_LINE.header(line) != null) {
                boolean toEveryone = text.lines().stream().limit(VARIANT_LINES)
                        .anyMatch(l -> LOCAL_LINE.matcher(l).matches() && TO_EVERYONE.matcher(l).find());
                return Optional.of(toEveryone ? LOCAL_2021 : LOCAL_2020);
            }
            if (CLOUD_LINE.matcher(line).matches()) {
                return Optional.of(CLOUD);
            }
        }
        return Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws IOException {
        SourceText text = file.text();
        if (text.warning() != null) {
            parts.warn(text.warning());
        }
        Grammar grammar = Grammar.of(format);
        Chat chat = new Chat(file.name(), parts);
        Pending pending = null;
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            Header header = grammar.header(line);
            if (header != null) {
                chat.add(pending);
                pending = new Pending(header, lineNo);
                if (header.body() != null) {
                    pending.body.add(new BodyLine(lineNo, header.body()));
                }
            } else if (pending == null) {
                if (!line.isBlank()) {
                    chat.warn(lineNo, "text before the first chat message; skipped");
                }
            } else if (TIMED.matcher(line).find()) {
                chat.warn(lineNo, "starts with a time but is not a " + format + " message header; skipped");
            } else if (grammar != Grammar.LOCAL_BLOCK) {
                pending.body.add(new BodyLine(lineNo, line));
            } else if (line.startsWith("\t")) {
                pending.body.add(new BodyLine(lineNo, line.substring(1)));
            } else if (line.isBlank()) {
                pending.body.add(new BodyLine(lineNo, ""));
            } else {
                chat.warn(lineNo, "message line without the leading TAB of " + format + "; skipped");
            }
        }
        chat.add(pending);
        parts.sources.add(new SourceFile(file.name(), SourceKind.CHAT, format, chat.count));
    }

    /** Who wrote to whom; {@code recipient} null for everyone. */
    record Addressing(String sender, String recipient, boolean direct) {

        /** Splits {@code A  to  B(Direct Message)} at the last spaced "to" whose right side is a recipient. */
        static Addressing of(String addressing) {
            String s = addressing.strip();
            Addressing split = split(s, SPACED_TO);
            if (split == null) {
                split = split(s, SINGLE_TO);
            }
            return split != null ? split : new Addressing(s, null, false);
        }

        private static Addressing split(String s, Pattern to) {
            Matcher m = to.matcher(s);
            List<int[]> cuts = new ArrayList<>();
            while (m.find()) {
                cuts.add(new int[] {m.start(), m.end()});
            }
            for (int k = cuts.size() - 1; k >= 0; k--) {
                String sender = s.substring(0, cuts.get(k)[0]).strip();
                String right = s.substring(cuts.get(k)[1]).strip();
                if (sender.isEmpty()) {
                    continue;
                }
                if (right.equalsIgnoreCase("Everyone")) {
                    return new Addressing(sender, null, false);
                }
                Matcher mark = DIRECT_MARK.matcher(right);
                if (mark.find()) {
                    return new Addressing(sender, right.substring(0, mark.start()).strip(), true);
                }
            }
            return null;
        }
    }

    /** A message header; {@code body} is the text on the header line, null where the body follows below it. */
    record Header(String time, Addressing who, String body) {
    }

    private enum Grammar {
        LOCAL_LINE {
            @Override
            Header header(String line) {
                Matcher m = ZoomChatReader.LOCAL_LINE.matcher(line);
                if (!m.matches()) {
                    return null;
                }
                String rest = m.group(2);
                int close = closingColon(rest);
                if (close < 0) {
                    return null;
                }
                String body = rest.substring(close + 2);
                return new Header(m.group(1), Addressing.of(rest.substring(0, close)),
                        body.startsWith(" ") ? body.substring(1) : body);
            }
        },
        LOCAL_BLOCK {
            @Override
            Header header(String line) {
                Matcher m = ZoomChatReader.LOCAL_BLOCK.matcher(line);
                return m.matches() ? new Header(m.group(1), Addressing.of(m.group(2)), null) : null;
            }
        },
        CLOUD {
            @Override
            Header header(String line) {
                Matcher m = CLOUD_LINE.matcher(line);
                if (!m.matches()) {
                    return null;
                }
                String body = m.group(3) == null ? "" : m.group(3);
                return new Header(m.group(1), new Addressing(m.group(2).strip(), null, false), body);
            }
        };

        abstract Header header(String line);

        static Grammar of(String format) {
            return switch (format) {
                case LOCAL_2020, LOCAL_2021 -> LOCAL_LINE;
                case LOCAL_MID_2021 -> LOCAL_BLOCK;
                case ZoomChatReader.CLOUD -> CLOUD;
                default -> throw new IllegalArgumentException("not a Zoom chat format: " + format);
            };
        }

        /** The colon that closes {@code Name : } on a local line: the first one with a space before it. */
        private static int closingColon(String rest) {
            for (int i = rest.indexOf(" :"); i >= 0; i = rest.indexOf(" :", i + 1)) {
                if (i + 2 == rest.length() || rest.charAt(i + 2) == ' ') {
                    return i;
                }
            }
            return -1;
        }
    }

    private record BodyLine(int line, String text) {
    }

    /** A message of the file and its text as snippets are matched against it. */
    private record Known(int index, String key) {
    }

    /** A message whose header has been read and whose body lines are being collected. */
    private static final class Pending {
        final Header header;
        final int line;
        final List<BodyLine> body = new ArrayList<>();

        Pending(Header header, int line) {
            this.header = header;
            this.line = line;
        }
    }

    /** The messages of one file: turns pending messages into messages, replies into links, reactions into counts. */
    private static final class Chat {
        /** Messages are found by the first characters of their text, so linking stays linear on long chats. */
        private static final int KEY = 12;

        final String file;
        final SessionParts parts;
        final List<Known> messages = new ArrayList<>();
        final Map<String, List<Known>> byPrefix = new HashMap<>();
        int count;

        Chat(String file, SessionParts parts) {
            this.file = file;
            this.parts = parts;
        }

        void warn(int line, String what) {
            parts.warn(InputWarning.at(file, line, what));
        }

        void add(Pending pending) {
            if (pending == null) {
                return;
            }
            List<BodyLine> body = trim(pending.body);
            if (body.isEmpty()) {
                warn(pending.line, "chat message without text; skipped");
                return;
            }
            String first = body.get(0).text().strip();
            Matcher m = REACTED.matcher(first);
            if (m.matches()) {
                react(body.get(0).line(), m.group(1), 1);
                return;
            }
            m = REMOVED.matcher(first);
            if (m.matches()) {
                react(body.get(0).line(), m.group(2), -1);
                return;
            }
            Integer replyTo = null;
            m = REPLYING.matcher(first);
            if (m.matches()) {
                replyTo = target(m.group(1));
                if (replyTo == null) {
                    warn(body.get(0).line(), "reply to \"" + m.group(1) + "\" matches no earlier message; kept unlinked");
                }
                body = trim(body.subList(1, body.size()));
                if (body.isEmpty()) {
                    warn(pending.line, "reply without text; skipped");
                    return;
                }
            }
            String text = body.stream().map(BodyLine::text).collect(Collectors.joining("\n")).strip();
            Header h = pending.header;
            int index = parts.chat.size();
            parts.chat.add(new ChatMessage(index, h.time(), h.who().sender(), h.who().recipient(), h.who().direct(),
                    text, file, body.get(0).line(), replyTo, 0));
            Known known = new Known(index, normalize(text));
            messages.add(known);
            if (known.key().length() >= KEY) {
                byPrefix.computeIfAbsent(known.key().substring(0, KEY), k -> new ArrayList<>()).add(known);
            }
            count++;
        }

        private void react(int line, String snippet, int change) {
            Integer target = target(snippet);
            if (target == null) {
                warn(line, "reaction to \"" + snippet + "\" matches no earlier message; skipped");
                return;
            }
            ChatMessage message = parts.chat.get(target);
            parts.chat.set(target, message.withReactions(Math.max(0, message.reactions() + change)));
        }

        /** The latest earlier message of this file whose text starts with the (truncated) snippet. */
        private Integer target(String snippet) {
            // A space before the ellipsis is kept: "Question for Claire ..." must not match "Question for Claire:".
            String prefix = normalize(ELLIPSIS.matcher(snippet.strip()).replaceFirst(""));
            if (prefix.isBlank()) {
                return null;
            }
            List<Known> candidates = prefix.length() >= KEY
                    ? byPrefix.getOrDefault(prefix.substring(0, KEY), List.of())
                    : messages;
            for (int k = candidates.size() - 1; k >= 0; k--) {
                if (candidates.get(k).key().startsWith(prefix)) {
                    return candidates.get(k).index();
                }
            }
            return null;
        }

        private static String normalize(String s) {
            return WHITESPACE.matcher(s).replaceAll(" ").stripLeading().toLowerCase(Locale.ROOT);
        }

        private static List<BodyLine> trim(List<BodyLine> body) {
            int from = 0;
            int to = body.size();
            while (from < to && body.get(from).text().isBlank()) {
                from++;
            }
            while (to > from && body.get(to - 1).text().isBlank()) {
                to--;
            }
            return body.subList(from, to);
        }
    }
}
