package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;

/**
 * Counts individual answers to one poll question, for exports that list responses rather than totals (Zoom,
 * Forms, Mentimeter, per-response Slido). Each respondent counts once, with their last submission; an anonymous
 * respondent (null) is always a new one. Options are listed in the order they first appear among the counted
 * submissions (a respondent keeps the place of their first submission). {@code responses} is the
 * number of respondents who chose something and {@code percent} is votes / responses * 100, one decimal.
 */
final class PollTally {

    private final String title;
    private final String question;
    private final String type;
    private final Map<String, List<String>> answers = new LinkedHashMap<>();
    private int anonymous;

    /** A question naming a numbered scale: "1 = not at all", "1-5", "1 to 10". */
    private static final Pattern SCALE = Pattern.compile(
            "\\b\\d{1,2}\\s*(?:=|[-–]\\s*\\d{1,2}\\b|to\\s+\\d{1,2}\\b)");
    /** A point of such a scale. */
    private static final Pattern SCALE_POINT = Pattern.compile("\\d{1,2}");
    /** Names that stand for nobody in particular. */
    private static final Set<String> ANONYMOUS = Set.of("anonymous attendee", "anonymous", "anonymous user", "--");

    PollTally(String title, String question, String type) {
        this.title = title;
        this.question = question;
        this.type = type;
    }

    /**
     * Records a respondent's choices (blank ones dropped); returns true when it replaced an earlier submission of
     * the same respondent.
     */
    boolean answer(String respondent, List<String> choices) {
        List<String> chosen = choices.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (respondent == null || respondent.isBlank()) {
            answers.put("\u0000anonymous " + anonymous++, chosen);
            return false;
        }
        String key = respondent.strip().toLowerCase(Locale.ROOT);
        return answers.put(key, chosen) != null;
    }

    boolean isEmpty() {
        return answers.values().stream().allMatch(List::isEmpty);
    }

    Poll poll(String source) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int responses = 0;
        for (List<String> chosen : answers.values()) {
            if (!chosen.isEmpty()) {
                responses++;
            }
            for (String choice : new LinkedHashSet<>(chosen)) {
                votes.merge(choice, 1, Integer::sum);
            }
        }
        boolean rating = type == null && ratedOnAScale(votes.keySet());
        List<Map.Entry<String, Integer>> counted = new ArrayList<>(votes.entrySet());
        if (rating) {
            counted.sort(Comparator.comparingInt(o -> Integer.parseInt(o.getKey().strip())));
        }
        List<PollOption> options = new ArrayList<>();
        for (Map.Entry<String, Integer> option : counted) {
            options.add(new PollOption(option.getKey(), option.getValue(), percent(option.getValue(), responses)));
        }
        return new Poll(title, question, rating ? "rating" : type, responses, options, source);
    }

    /**
     * Whether an untyped question (a form's) is a rating: its question names a numbered scale ("1 = not at all
     * ready, 5 = fully ready", "from 1 to 5", "(1-10)"), every respondent gave one answer and every answer is a
     * whole number of that size. "How many staff does your team have?" answered in numbers is no rating.
     */
    private boolean ratedOnAScale(Set<String> labels) {
        return question != null && SCALE.matcher(question).find() && !labels.isEmpty()
                && answers.values().stream().allMatch(chosen -> chosen.size() <= 1)
                && labels.stream().allMatch(l -> SCALE_POINT.matcher(l.strip()).matches());
    }

    /**
     * The poll with the mean rating of a rating poll whose options are numbers ("1" .. "5"), weighted by votes;
     * other polls as they are.
     */
    static Poll withMean(Poll poll) {
        if (!"rating".equals(poll.type()) || poll.mean() != null) {
            return poll;
        }
        double sum = 0;
        int votes = 0;
        for (PollOption o : poll.options()) {
            Double value = rating(o.label());
            if (value == null) {
                return poll;
            }
            sum += value * o.votes();
            votes += o.votes();
        }
        return votes == 0 ? poll : new Poll(poll.title(), poll.question(), poll.type(), poll.responses(),
                poll.options(), poll.source(), Math.round(sum / votes * 100) / 100.0);
    }

    private static Double rating(String label) {
        try {
            return Double.valueOf(label.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A respondent's key: the e-mail where given, else the name; null for an anonymous respondent. */
    static String respondent(String name, String email) {
        if (!email.isBlank() && !ANONYMOUS.contains(email.strip().toLowerCase(Locale.ROOT))) {
            return email;
        }
        return name.isBlank() || ANONYMOUS.contains(name.strip().toLowerCase(Locale.ROOT)) ? null : name;
    }

    /** The choices of a multi-select answer joined with {@code ;} (Zoom, Microsoft Forms). */
    static List<String> choices(String answer) {
        return Arrays.asList(answer.split(";"));
    }

    static Double percent(int votes, int responses) {
        return responses == 0 ? null : Math.round(votes * 1000.0 / responses) / 10.0;
    }
}
