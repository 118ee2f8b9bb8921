package org.rapporteur.nlp;

import java.util.List;
import org.rapporteur.model.Session;

/** A session with every spoken sentence annotated, in order: what analysis works on. */
public record AnnotatedSession(Session session, List<Sentence> sentences) {

    public AnnotatedSession {
        sentences = List.copyOf(sentences);
    }
}
