package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.CallToAction;
import org.rapporteur.model.Role;
import org.rapporteur.model.SessionReport;

/**
 * Calls made in the shapes a roundtable's prepared statements take: a pseudo-cleft ("What regulators should ask for
 * instead is …"), a short call on us all, and a call done to what the sentence before said. Each with its negative.
 */
class CallShapesTest {

    private static final String CHAIR = "Lucia Ferrante";
    private static final String CIVIL = "Ana Ruiz";
    private static final String INDUSTRY = "Tomas Berg";
    private static final String GOVERNMENT = "Mei Tanaka";

    private static Fixture roundtable() {
        return Fixture.session().format("Roundtable - 60 Min")
                .person(CHAIR, Role.MODERATOR, "Government")
                .person(CIVIL, Role.SPEAKER, "Civil Society")
                .person(INDUSTRY, Role.SPEAKER, "Private Sector")
                .person(GOVERNMENT, Role.SPEAKER, "Government");
    }

    private static List<CallToAction> calls(SessionReport r) {
        List<CallToAction> all = new ArrayList<>(r.callsToAction());
        all.addAll(r.furtherCallsToAction());
        return all;
    }

    /** "What regulators should ask for instead is …" calls on regulators; "what the law says is …" calls on no one. */
    @Test
    void aPseudoCleftCallsOnWhomItNames() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(GOVERNMENT, "Regulators can do a lot without new laws.",
                        "What regulators should ask for instead is a common fault reporting format across countries.")
                .turn(INDUSTRY, "What the licence should say instead is that repair ships get their permits in a day.")
                .annotate());

        assertThat(calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(tuple(
                "regulators", "Regulators should ask for a common fault reporting format across countries instead."));
    }

    /** "We should fund …" calls on all stakeholders, however short; "We should do likewise." asks nothing alone. */
    @Test
    void aShortCallOnUsAllIsACall() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(CIVIL, "Community networks are cheap compared to a cable, and nobody funds them.",
                        "We should fund the local backups first.",
                        "Two islands in the north already run a satellite terminal at the clinic.",
                        "We should all do likewise.")
                .annotate());

        assertThat(calls(r)).extracting(CallToAction::addressee, CallToAction::text).containsExactly(
                tuple(CallWording.ALL_STAKEHOLDERS, "All stakeholders should fund the local backups first."));
    }

    /** "Other regulators should use the same format." points back at the format; "the same format as …" says it. */
    @Test
    void aCallDoneToWhatTheSentenceBeforeSaidIsLeftOut() {
        SessionReport r = new SessionAnalyzer().analyse(roundtable()
                .turn(CHAIR, "Welcome to this roundtable on cable repair and the resilience of island networks.")
                .turn(GOVERNMENT, "We publish a resilience assessment every year, without the locations of the stations.",
                        "Other regulators should use the same format.")
                .turn(INDUSTRY, "Every operator should report faults in the same format as the regional registry.")
                .annotate());

        assertThat(calls(r)).extracting(CallToAction::text).containsExactly(
                "Every operator should report faults in the same format as the regional registry.");
    }
}
