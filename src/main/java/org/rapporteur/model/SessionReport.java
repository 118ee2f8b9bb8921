package org.rapporteur.model;

import java.util.List;

/** The draft report of one session: the shape of report.json. */
public record SessionReport(String schemaVersion, SessionInfo session, List<Person> people,
                            List<Claim> keyTakeaways, List<CallToAction> callsToAction, List<Position> positions,
                            List<Relation> agreements, List<Relation> disagreements, List<Question> questions,
                            List<Poll> polls, Participation participation, List<Paragraph> narrative,
                            List<String> keyphrases, List<Entity> entities, List<SourceFile> sources,
                            List<String> warnings, List<PolicyQuestionCoverage> policyQuestionCoverage,
                            GenderReflection genderReflection, List<CallToAction> furtherCallsToAction,
                            List<Claim> nextSteps) {

    public static final String SCHEMA_VERSION = "2";

    public SessionReport {
        people = List.copyOf(people);
        keyTakeaways = List.copyOf(keyTakeaways);
        callsToAction = List.copyOf(callsToAction);
        positions = List.copyOf(positions);
        agreements = List.copyOf(agreements);
        disagreements = List.copyOf(disagreements);
        questions = List.copyOf(questions);
        polls = List.copyOf(polls);
        narrative = List.copyOf(narrative);
        keyphrases = List.copyOf(keyphrases);
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
        policyQuestionCoverage = List.copyOf(policyQuestionCoverage);
        furtherCallsToAction = List.copyOf(furtherCallsToAction);
        nextSteps = List.copyOf(nextSteps);
    }
}
