package org.rapporteur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.report.HandMadeReports.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.messages.IgfMessages.AddresseeCalls;
import org.rapporteur.messages.IgfMessages.Citation;
import org.rapporteur.messages.IgfMessages.Message;
import org.rapporteur.messages.IgfMessages.Theme;
import org.rapporteur.model.SessionReport;
import org.rapporteur.report.HandMadeReports;

class MessageDrafterTest {

    private final SessionReport ws12 = session("ws12", "IGF 2023 WS #12", "Financing community networks in rural areas")
            .keyphrases("community networks", "universal service funds", "rural connectivity")
            .takeaway("Grace", "Universal service funds should finance community networks in rural areas.")
            .takeaway("Tendai", "Community networks survive when the community owns and maintains them.")
            .takeaway("Ibrahim", "Spectrum fees keep small rural operators out of the market.")
            .position("Lena", "Private Sector", "Satellite backhaul gives rural networks bargaining power.")
            .call("Grace", "Governments", "Governments should open universal service funds to community networks.")
            .call("Ibrahim", null, "Universities should train rural technicians.")
            .disagreement("Grace", "Ibrahim", "I disagree that the universal service funds have failed.")
            .build();
    private final SessionReport of3 = session("of3", "IGF 2023 Open Forum #3", "Community networks and local content")
            .keyphrases("community networks", "local content", "rural women")
            .takeaway("Priya", "Community networks in rural areas need universal service funds to finance them.")
            .takeaway("Priya", "Local content in local languages makes connectivity meaningful.")
            .call("Priya", "the government", "The government must open universal service funds to community networks.")
            .call("Priya", "regulators", "Regulators should license community networks simply.")
            .build();
    private final SessionReport ws530 = session("ws530", "IGF 2022 WS #530", "Security of connected devices")
            .keyphrases("device", "IoT security", "default passwords", "Cyber Resilience Act")
            .takeaway("Rayna", "Manufacturers must carry the burden of IoT security, not users.")
            .position("Claire", "Civil Society", "Security by design and human rights by default must go together.")
            .call("Lucien", "Regulators", "Regulators should talk to each other before they legislate.")
            .build();

    @Test
    void sessionsWhosePagesNameNoThemeAreGroupedUnderTheIgfThemeTheirWordsName() {
        IgfMessages messages = MessageDrafter.draft(List.of(ws530, ws12, of3));

        assertThat(messages.themes()).extracting(Theme::name, Theme::basis, Theme::sessions).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Digital Divides & Inclusion", Theme.IGF_THEME,
                        List.of("of3", "ws12")),
                org.assertj.core.groups.Tuple.tuple("Cybersecurity, Cybercrime & Online Safety", Theme.IGF_THEME,
                        List.of("ws530")));
        assertThat(messages.sessions()).extracting(IgfMessages.SessionRef::id, IgfMessages.SessionRef::label,
                IgfMessages.SessionRef::theme).containsExactly(
                org.assertj.core.groups.Tuple.tuple("of3", "Open Forum #3", "Digital Divides & Inclusion"),
                org.assertj.core.groups.Tuple.tuple("ws12", "WS #12", "Digital Divides & Inclusion"),
                org.assertj.core.groups.Tuple.tuple("ws530", "WS #530", "Cybersecurity, Cybercrime & Online Safety"));
    }

    @Test
    void sessionsOnNoIgfThemeThatShareTheirTermsFormOneThemeNamedByTheirSharedKeyphrase() {
        SessionReport a = session("t1", null, "Music streaming and artists' pay")
                .keyphrases("music streaming", "royalty rates")
                .takeaway("Ana", "Music streaming pays most artists royalty rates below a living wage.").build();
        SessionReport b = session("t2", null, "Royalties in the age of streaming")
                .keyphrases("royalty rates", "music streaming", "collecting societies")
                .takeaway("Ben", "Collecting societies should publish the royalty rates music streaming pays.").build();
        SessionReport c = session("t3", null, "Football broadcasting piracy")
                .keyphrases("football broadcasting")
                .takeaway("Cat", "Football broadcasting piracy grows when matches are expensive to watch.").build();

        IgfMessages messages = MessageDrafter.draft(List.of(c, a, b));

        assertThat(messages.themes()).extracting(Theme::name, Theme::basis, Theme::sessions).containsExactly(
                org.assertj.core.groups.Tuple.tuple("music streaming", Theme.SHARED_TERMS, List.of("t1", "t2")),
                org.assertj.core.groups.Tuple.tuple("football broadcasting", Theme.SINGLE_SESSION, List.of("t3")));
    }

    @Test
    void twoThemesAreNeverHeadedAlike() {
        SessionReport a = session("t1", null, "Reopening after lockdown")
                .keyphrases("local authorities", "staggered starts")
                .takeaway("Ana", "Schools reopened in September with staggered start times.").build();
        SessionReport b = session("t2", null, "Teacher supply across Wales")
                .keyphrases("local authorities", "supply teachers")
                .takeaway("Ben", "Supply teachers are scarce in the valleys.").build();
        SessionReport c = session("t3", null, "Football broadcasting piracy")
                .keyphrases("football broadcasting")
                .takeaway("Cat", "Football broadcasting piracy grows when matches are expensive to watch.").build();

        List<Theme> themes = MessageDrafter.draft(List.of(a, b, c)).themes();

        assertThat(themes).extracting(Theme::sessions, Theme::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("t3"), "football broadcasting"),
                org.assertj.core.groups.Tuple.tuple(List.of("t1"), "local authorities"),
                org.assertj.core.groups.Tuple.tuple(List.of("t2"), "supply teachers"));
    }

    @Test
    void sixSessionsOnThreeTopicsFormThreeThemesWhateverTheirOrder() {
        List<SessionReport> reports = List.of(
                topic("a1", "music streaming royalties", "Music streaming royalties are too low."),
                topic("b1", "football broadcasting piracy", "Football broadcasting piracy follows prices."),
                topic("c1", "tourism booking commissions", "Tourism booking commissions squeeze hotels."),
                topic("a2", "royalties music streaming", "Streaming royalties for music need transparency."),
                topic("b2", "piracy football", "Piracy of football broadcasting hurts small leagues."),
                topic("c2", "hotels tourism booking", "Hotels pay tourism booking commissions."));

        List<Theme> themes = MessageDrafter.draft(reports).themes();

        assertThat(themes).extracting(Theme::sessions).containsExactlyInAnyOrder(
                List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1", "c2"));
        assertThat(themes).allSatisfy(t -> assertThat(t.basis()).isEqualTo(Theme.SHARED_TERMS));
    }

    @Test
    void theWordingEveryTakeawayIsFramedInDoesNotJoinUnrelatedSessions() {
        String framing = "Ana Ruiz (Civil Society) argued that stakeholders in the government concluded ";
        List<SessionReport> reports = List.of(
                topic("a1", "music royalties", framing + "music royalties suit streaming artists."),
                topic("b1", "football piracy", framing + "leagues must fight football piracy."),
                topic("c1", "tourism booking", framing + "tourism booking needs fair commissions."),
                topic("a2", "music streaming", framing + "music streaming needs fair royalties."),
                topic("b2", "broadcast piracy", framing + "football piracy is a duty of leagues."),
                topic("c2", "hotel commissions", framing + "hotel commissions of tourism booking matter."));

        assertThat(MessageDrafter.draft(reports).themes()).extracting(Theme::sessions).containsExactlyInAnyOrder(
                List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1", "c2"));
    }

    private static SessionReport topic(String id, String keyphrase, String takeaway) {
        return session(id, null, keyphrase).keyphrases(keyphrase).takeaway("X", takeaway).build();
    }

    @Test
    void aPointMadeInTwoSessionsComesFirstAndCitesBothWithTheirEvidence() {
        Theme networks = MessageDrafter.draft(List.of(ws530, ws12, of3)).themes().get(0);

        Message first = networks.messages().get(0);
        assertThat(first.citedIn()).extracting(Citation::label).containsExactlyInAnyOrder("WS #12", "Open Forum #3");
        assertThat(first.citedIn()).allSatisfy(c -> assertThat(c.evidence()).isNotEmpty());
        assertThat(networks.messages().subList(1, networks.messages().size()))
                .allSatisfy(m -> assertThat(m.weight()).isEqualTo(1));
        // the other session's like takeaway is cited, not repeated as a message of its own
        assertThat(networks.messages()).extracting(Message::text)
                .doesNotHaveDuplicates()
                .containsOnlyOnce(first.text())
                .hasSize(4);
    }

    @Test
    void everyMessageIsOneCitedFindingWordForWord() {
        IgfMessages messages = MessageDrafter.draft(List.of(ws530, ws12, of3));
        List<SessionReport> reports = List.of(ws530, ws12, of3);

        for (Theme theme : messages.themes()) {
            for (Message m : theme.messages()) {
                assertThat(m.citedIn()).extracting(Citation::text).contains(m.text());
                m.citedIn().forEach(c -> assertThat(findingTexts(reports, c.session())).contains(c.text()));
            }
        }
        messages.callsToAction().forEach(a -> a.calls().forEach(m ->
                assertThat(m.citedIn()).extracting(Citation::text).contains(m.text())));
    }

    @Test
    void aThemeWithFewTakeawaysIsCompletedToThreeWithPositionsAndNeverPassesSix() {
        SessionReport thin = session("ws1", null, "Thin session").keyphrases("quantum")
                .takeaway("A", "Quantum computing threatens current encryption.")
                .position("B", "Academia", "Post-quantum algorithms need years of testing.")
                .position("C", "Government", "Agencies should inventory where encryption is used.")
                .position("D", "Private Sector", "Vendors will ship hybrid key exchange this year.")
                .build();
        HandMadeReports many = session("ws2", null, "Many takeaways");
        for (int i = 0; i < 9; i++) {
            many.takeaway("E", "Distinct point number " + i + " about " + List.of("water", "forests", "oceans",
                    "deserts", "glaciers", "rivers", "soils", "cities", "farms").get(i) + ".");
        }

        List<Theme> themes = MessageDrafter.draft(List.of(thin, many.build())).themes();

        Theme thinTheme = themes.stream().filter(t -> t.sessions().equals(List.of("ws1"))).findFirst().orElseThrow();
        assertThat(thinTheme.messages()).hasSize(3).extracting(m -> m.citedIn().get(0).kind())
                .containsExactly("takeaway", "position", "position");
        Theme manyTheme = themes.stream().filter(t -> t.sessions().equals(List.of("ws2"))).findFirst().orElseThrow();
        assertThat(manyTheme.messages()).hasSize(MessageDrafter.MOST);
        assertThat(thinTheme.name()).isEqualTo("quantum");
        assertThat(manyTheme.name()).isEqualTo("Many takeaways");
    }

    @Test
    void themesTheSessionPagesGiveGroupSessionsWhateverTheirWords() {
        SessionReport ws12OnPage = session("ws12", "IGF 2023 WS #12", "Financing community networks")
                .theme("Cybersecurity and trust").keyphrases("community networks")
                .takeaway("Grace", "Universal service funds should finance community networks in rural areas.").build();
        SessionReport ws530OnPage = session("ws530", "IGF 2022 WS #530", "Security of connected devices")
                .theme("cybersecurity and trust ").keyphrases("IoT security")
                .takeaway("Rayna", "Manufacturers must carry the burden of IoT security, not users.").build();

        List<Theme> themes = MessageDrafter.draft(List.of(ws530OnPage, ws12OnPage, of3)).themes();

        assertThat(themes.get(0).name()).isEqualTo("Cybersecurity and trust");
        assertThat(themes.get(0).basis()).isEqualTo(Theme.SESSION_PAGE);
        assertThat(themes.get(0).sessions()).containsExactly("ws12", "ws530");
        assertThat(themes.get(1).sessions()).containsExactly("of3");
    }

    @Test
    void callsToActionAreGroupedByAddresseeAcrossSessionsWithLikeCallsMerged() {
        List<AddresseeCalls> calls = MessageDrafter.draft(List.of(ws530, ws12, of3)).callsToAction();

        assertThat(calls).extracting(AddresseeCalls::addressee)
                .containsExactly("government", "regulators", null);
        AddresseeCalls governments = calls.get(0);
        assertThat(governments.calls()).hasSize(1);
        assertThat(governments.calls().get(0).citedIn()).extracting(Citation::label)
                .containsExactly("Open Forum #3", "WS #12");
        AddresseeCalls regulators = calls.get(1);
        assertThat(regulators.calls()).hasSize(2);
        assertThat(MessageDrafter.addresseeKey("The Governments")).isEqualTo(MessageDrafter.addresseeKey("government"));
    }

    @Test
    void divergencesAreTheDisagreementsOfTheThemesSessions() {
        Theme networks = MessageDrafter.draft(List.of(ws530, ws12, of3)).themes().get(0);

        assertThat(networks.divergences()).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("WS #12");
            assertThat(d.speaker()).isEqualTo("Grace");
            assertThat(d.with()).isEqualTo("Ibrahim");
            assertThat(d.evidence()).isNotEmpty();
        });
    }

    @Test
    void oneSessionInTwoFoldersIsDraftedOnceWithAWarning() {
        SessionReport again = session("ws12-export2", "IGF 2023  WS #12", "Financing community networks in rural areas")
                .keyphrases("community networks")
                .takeaway("Grace", "Universal service funds should finance community networks in rural areas.")
                .build();
        SessionReport otherYear = session("ws12-2024", "IGF 2024 WS #12", "Financing community networks in rural areas")
                .keyphrases("community networks")
                .takeaway("Grace", "Universal service funds should finance community networks in rural areas.")
                .build();

        IgfMessages messages = MessageDrafter.draft(List.of(again, ws12, of3));
        IgfMessages twoYears = MessageDrafter.draft(List.of(otherYear, ws12));

        assertThat(messages.sessions()).extracting(IgfMessages.SessionRef::id).containsExactly("of3", "ws12");
        assertThat(messages.themes().get(0).messages().get(0).citedIn()).extracting(Citation::session)
                .containsExactlyInAnyOrder("of3", "ws12");
        assertThat(messages.warnings()).singleElement().asString()
                .contains("WS #12", "2 folders (ws12, ws12-export2)", "draw on ws12 only");
        assertThat(twoYears.sessions()).hasSize(2);
        assertThat(twoYears.warnings()).isEmpty();
    }

    /** Two different sessions whose pages give one code: both are drafted, and the secretariat is told. */
    @Test
    void twoSessionsUnderOneCodeAreBothDraftedWithAWarning() {
        SessionReport other = session("ws12-flood", "IGF 2023 WS #12", "Flood maps nobody can open")
                .keyphrases("flood maps")
                .takeaway("Wanjiru", "Donor-funded flood data should be delivered to the city with an open licence.")
                .build();

        IgfMessages messages = MessageDrafter.draft(List.of(other, ws12));

        assertThat(messages.sessions()).extracting(IgfMessages.SessionRef::id).containsExactly("ws12", "ws12-flood");
        assertThat(messages.warnings()).singleElement().asString()
                .startsWith("2 different sessions give the code WS #12")
                .contains("ws12-flood \u201cFlood maps nobody can open\u201d", "check their session pages");
    }

    @Test
    void noSessionsNoMessages() {
        IgfMessages none = MessageDrafter.draft(List.of());
        assertThat(none.themes()).isEmpty();
        assertThat(none.callsToAction()).isEmpty();
    }

    private static List<String> findingTexts(List<SessionReport> reports, String id) {
        SessionReport r = reports.stream().filter(x -> x.session().id().equals(id)).findFirst().orElseThrow();
        List<String> texts = new java.util.ArrayList<>();
        r.keyTakeaways().forEach(t -> texts.add(t.text()));
        r.callsToAction().forEach(t -> texts.add(t.text()));
        r.positions().forEach(p -> p.points().forEach(c -> texts.add(c.text())));
        return texts;
    }
}
