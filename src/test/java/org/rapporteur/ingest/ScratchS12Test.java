package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.model.Turn;

class ScratchS12Test {
    @Test
    void show() throws Exception {
        SessionReader r = new SessionReader();
        var s = r.read("x", java.nio.file.Path.of("/work/notes/unseen/s12-openforum"));
        for (Turn t : s.turns()) System.out.println("T " + t.index() + " [" + t.label() + "] -> " + t.speaker() + ": " + t.text().substring(0, Math.min(70, t.text().length())));
        s.warnings().forEach(w -> System.out.println("W " + w));
    }
}
