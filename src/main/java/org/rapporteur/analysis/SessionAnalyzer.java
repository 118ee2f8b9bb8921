package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.GenderReflection;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Person;
import org.rapporteur.model.PolicyQuestionCoverage;
import org.rapporteur.model.Position;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.AnnotatedSession;
import org.rapporteur.parallel.Fork;

/**
 * Turns an annotated session into its draft report: participation, questions, keyphrases and entities, key
 * takeaways, calls to action, positions, agreements and disagreements, the narrative, policy-question coverage
 * (made to agree with the narrative and takeaways) and gender reflection. Pure: no files, no framework; one instance may serve several threads.
 */
public final class SessionAnalyzer {

    /** The report, every finder on the calling thread. */
    public SessionReport analyse(AnnotatedSession annotated) {
        return analyse(annotated, Runnable::run);
    }

    /**
     * The report, the finders that do not wait on one another run as tasks on {@code helpers} beside the calling
     * thread, which does any a helper has not begun when it needs the result. The report is the same whatever
     * the helpers: each finder is a pure function of the discussion and of what it is handed.
     */
    public SessionReport analyse(AnnotatedSession annotated, Executor helpers) {
        Session session = annotated.session();
        Discussion d = Discussion.of(annotated);
        List<KeyphraseExtractor.Keyphrase> keyphrases = d.keyphrases();
        SentenceScorer scorer = new SentenceScorer(d, KeyphraseExtractor.lemmaSet(keyphrases));
        // Queued first what the takeaways wait for, then the rest, the dearest first; this thread meanwhile
        // follows the chain from the relations through the takeaways to the narrative and its coverage check.
        Fork<List<Question>> questions = Fork.of(() -> QuestionFinder.find(d), helpers);
        Fork<List<StatedConclusions.Point>> conclusions = Fork.of(() -> StatedConclusions.find(d), helpers);
        Fork<List<Position>> positions = Fork.of(() -> PositionFinder.find(d, scorer, conclusions.join()),
                helpers);
        Fork<CallToActionFinder.Calls> calls = Fork.of(() -> CallToActionFinder.find(d, scorer), helpers);
        Fork<EntityExtractor.Entities> entities = Fork.of(() -> EntityExtractor.extract(d), helpers);
        Fork<List<Claim>> nextSteps = Fork.of(() -> NextStepFinder.find(d, scorer), helpers);
        Fork<ParticipantEstimate.Result> estimate = Fork.of(() -> ParticipantEstimate.of(d), helpers);
        Fork<SessionFacts.Facts> facts = Fork.of(() -> SessionFacts.of(d), helpers);
        // staff running the session with the chair are no participants
        Fork<List<Person>> roles = Fork.of(() -> HearingRoles.assign(d, d.people().all().stream()
                .filter(p -> !d.people().official(p.name())).toList()), helpers);
        Fork<Participation> participation = Fork.of(() -> ParticipationCounter.count(session, d.people()),
                helpers);
        Fork<Participation.StatedGender> statedGender = Fork.of(() -> StatedGender.of(d), helpers);
        Fork<GenderReflection> genderReflection = Fork.of(() -> GenderReflectionFinder.find(d), helpers);
        Fork<List<PolicyQuestionCoverage>> coverageFound = Fork.of(() -> PolicyCoverageFinder.find(d), helpers);

        RelationFinder.Relations relations = RelationFinder.find(d, conclusions.join());
        List<String> phrases = keyphrases.stream().map(KeyphraseExtractor.Keyphrase::text).toList();
        List<TakeawaySelector.Takeaway> takeaways = TakeawaySelector.pick(d, scorer, conclusions.join(), relations,
                questions.join());
        Set<Integer> quoted = new HashSet<>();
        takeaways.forEach(t -> quoted.addAll(t.sentences()));
        List<Claim> keyTakeaways = takeaways.stream().map(TakeawaySelector.Takeaway::claim).toList();
        List<Paragraph> narrative = NarrativeWriter.write(d, scorer, relations, questions.join(),
                conclusions.join(), quoted);
        List<Relation> views = new ArrayList<>(relations.agreements());
        views.addAll(relations.disagreements());
        CoverageCheck.Result coverage = CoverageCheck.reconcile(coverageFound.join(), narrative, keyTakeaways,
                views);
        List<String> warnings = new ArrayList<>(session.warnings());
        warnings.addAll(facts.join().warnings());
        warnings.addAll(estimate.join().warnings());
        d.temporaryChairs().forEach(span -> warnings.add(TemporaryChair.told(span)));
        warnings.addAll(inferredWarnings(d.people().all().stream().filter(p -> !d.people().official(p.name()))
                .toList()));
        d.people().officials().forEach(name -> warnings.add(name
                + " ran the session with the chair (the clerk or the room's host): staff, left out of the people and"
                + " of the speakers' share; their words are procedure, never positions."));
        warnings.addAll(SelfIntroductions.pressWarnings(d.people().all(), d.sentences()));
        warnings.addAll(entities.join().warnings());
        warnings.addAll(coverage.warnings());
        return new SessionReport(SessionReport.SCHEMA_VERSION, facts.join().info(), roles.join(), keyTakeaways,
                calls.join().form(), positions.join(), relations.agreements(), relations.disagreements(),
                questions.join(), session.polls(),
                participation.join().withEstimate(estimate.join().estimate()).withStatedGender(statedGender.join()),
                narrative, phrases, entities.join().entities(), session.sources(), warnings, coverage.coverage(),
                genderReflection.join(), calls.join().further(), nextSteps.join());
    }

    /** Every field taken from what someone said rather than from the session page, for the rapporteur to check. */
    private static List<String> inferredWarnings(List<Person> people) {
        List<String> out = new ArrayList<>();
        for (Person p : people) {
            if (p.inferred().isEmpty()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : p.inferred()) {
                fields.add(switch (f) {
                    case "name" -> "the name";
                    case "stakeholderGroup" -> "the stakeholder group (" + p.stakeholderGroup() + ")";
                    case "region" -> "the UN regional group (" + p.region() + ")";
                    default -> "the " + f + " (" + p.affiliation() + ")";
                });
            }
            String where = p.evidence().isEmpty() ? "" : " (" + p.evidence().get(0).file() + ", line "
                    + p.evidence().get(0).line() + ")";
            // the chair's introduction may give what the speaker did not say of themselves, and the label they spoke
            // under what neither did ("DAWN BOWDEN AM")
            List<String> sources = new ArrayList<>();
            if (p.evidence().isEmpty() || p.evidence().stream().anyMatch(e -> p.name().equals(e.speaker())
                    && !isLabel(p, e))) {
                sources.add("what they said of themselves");
            }
            if (p.evidence().stream().anyMatch(e -> !p.name().equals(e.speaker()))) {
                sources.add("how they were introduced");
            }
            p.evidence().stream().filter(e -> isLabel(p, e)).findFirst()
                    .ifPresent(e -> sources.add("the label they spoke under (\"" + e.quote() + "\")"));
            out.add(p.name() + ": " + String.join(", ", fields) + " taken from " + String.join(" and ", sources) + where
                    + ", not from the session page: check it.");
        }
        return out;
    }

    /** Whether the evidence quotes a label the person was resolved from, not words they said. */
    private static boolean isLabel(Person p, Evidence e) {
        return p.aliases().contains(e.quote());
    }
}
