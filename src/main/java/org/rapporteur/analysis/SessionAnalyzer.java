package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Person;
import org.rapporteur.model.Question;
import org.rapporteur.model.Relation;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.AnnotatedSession;

/**
 * Turns an annotated session into its draft report: participation, questions, keyphrases and entities, key
 * takeaways, calls to action, positions, agreements and disagreements, the narrative, policy-question coverage
 * (made to agree with the narrative and takeaways) and gender reflection. Pure: no files, no framework; one instance may serve several threads.
 */
public final class SessionAnalyzer {

    public SessionReport analyse(AnnotatedSession annotated) {
        Session session = annotated.session();
        Discussion d = Discussion.of(annotated);
        List<KeyphraseExtractor.Keyphrase> keyphrases = d.keyphrases();
        SentenceScorer scorer = new SentenceScorer(d, KeyphraseExtractor.lemmaSet(keyphrases));
        RelationFinder.Relations relations = RelationFinder.find(d);
        List<Question> questions = QuestionFinder.find(d);
        List<String> phrases = keyphrases.stream().map(KeyphraseExtractor.Keyphrase::text).toList();
        List<StatedConclusions.Point> conclusions = StatedConclusions.find(d);
        List<TakeawaySelector.Takeaway> takeaways = TakeawaySelector.pick(d, scorer, conclusions, relations,
                questions);
        Set<Integer> quoted = new HashSet<>();
        takeaways.forEach(t -> quoted.addAll(t.sentences()));
        CallToActionFinder.Calls calls = CallToActionFinder.find(d, scorer);
        SessionFacts.Facts facts = SessionFacts.of(d);
        List<Claim> keyTakeaways = takeaways.stream().map(TakeawaySelector.Takeaway::claim).toList();
        List<Paragraph> narrative = NarrativeWriter.write(d, scorer, relations, questions, conclusions, quoted);
        List<Relation> views = new ArrayList<>(relations.agreements());
        views.addAll(relations.disagreements());
        CoverageCheck.Result coverage = CoverageCheck.reconcile(PolicyCoverageFinder.find(d), narrative,
                keyTakeaways, views);
        EntityExtractor.Entities entities = EntityExtractor.extract(d);
        ParticipantEstimate.Result estimate = ParticipantEstimate.of(d);
        List<String> warnings = new ArrayList<>(session.warnings());
        warnings.addAll(facts.warnings());
        warnings.addAll(estimate.warnings());
        d.temporaryChairs().forEach(span -> warnings.add(TemporaryChair.told(span)));
        warnings.addAll(inferredWarnings(d.people().all()));
        warnings.addAll(entities.warnings());
        warnings.addAll(coverage.warnings());
        return new SessionReport(SessionReport.SCHEMA_VERSION, facts.info(), HearingRoles.assign(d, d.people().all()),
                keyTakeaways, calls.form(), PositionFinder.find(d, scorer), relations.agreements(),
                relations.disagreements(), questions, session.polls(),
                ParticipationCounter.count(session, d.people()).withEstimate(estimate.estimate())
                        .withStatedGender(StatedGender.of(d)),
                narrative, phrases, entities.entities(), session.sources(), warnings, coverage.coverage(),
                GenderReflectionFinder.find(d), calls.further(), NextStepFinder.find(d, scorer));
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
            out.add(p.name() + ": " + String.join(", ", fields) + " taken from what they said of themselves"
                    + where + ", not from the session page: check it.");
        }
        return out;
    }
}
