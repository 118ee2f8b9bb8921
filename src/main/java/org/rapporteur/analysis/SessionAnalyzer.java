package org.rapporteur.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.Question;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionReport;
import org.rapporteur.nlp.AnnotatedSession;

/**
 * Turns an annotated session into its draft report: participation, questions, keyphrases and entities, key
 * takeaways, calls to action, positions, agreements and disagreements, the narrative, policy-question coverage
 * and gender reflection. Pure: no files, no framework; one instance may serve several threads.
 */
public final class SessionAnalyzer {

    public SessionReport analyse(AnnotatedSession annotated) {
        Session session = annotated.session();
        Discussion d = Discussion.of(annotated);
        List<KeyphraseExtractor.Keyphrase> keyphrases = KeyphraseExtractor.extract(d);
        SentenceScorer scorer = new SentenceScorer(d, KeyphraseExtractor.lemmaSet(keyphrases));
        RelationFinder.Relations relations = RelationFinder.find(d);
        List<Question> questions = QuestionFinder.find(d);
        List<String> phrases = keyphrases.stream().map(KeyphraseExtractor.Keyphrase::text).toList();
        List<StatedConclusions.Point> conclusions = StatedConclusions.find(d);
        List<TakeawaySelector.Takeaway> takeaways = TakeawaySelector.pick(d, scorer, conclusions,
                relations.disagreements());
        Set<Integer> quoted = new HashSet<>();
        takeaways.forEach(t -> quoted.addAll(t.sentences()));
        CallToActionFinder.Calls calls = CallToActionFinder.find(d, scorer);
        return new SessionReport(SessionReport.SCHEMA_VERSION, session.info(), session.people(),
                takeaways.stream().map(TakeawaySelector.Takeaway::claim).toList(), calls.form(),
                PositionFinder.find(d, scorer), relations.agreements(), relations.disagreements(), questions,
                session.polls(), ParticipationCounter.count(session),
                NarrativeWriter.write(d, scorer, relations, questions, conclusions, quoted), phrases,
                EntityExtractor.extract(d), session.sources(), session.warnings(), PolicyCoverageFinder.find(d),
                GenderReflectionFinder.find(d), calls.further(), NextStepFinder.find(d, scorer));
    }
}
