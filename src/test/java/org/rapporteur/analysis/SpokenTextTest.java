package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.Text;
import org.rapporteur.model.Turn;
import org.rapporteur.nlp.NlpPipeline;
import org.rapporteur.nlp.Sentence;

class SpokenTextTest {

    private static SentenceKind kind(String text, boolean chairing) {
        return SpokenText.classify(text, Text.wordCount(text), text.strip().endsWith("?"), chairing);
    }

    /** Asking for the floor in the chat and leaving early for another session are housekeeping; a question is not. */
    @Test
    void aFloorRequestInTheChatAndLeavingEarlyAreHousekeeping() {
        assertThat(SpokenText.isHousekeeping("raised my hand, can I speak?")).isTrue();
        assertThat(SpokenText.isHousekeeping("Ngozi, I am so sorry, I have to go to the high‑level session.")).isTrue();
        assertThat(SpokenText.isHousekeeping("Can you share the country data with researchers?")).isFalse();
        assertThat(SpokenText.isHousekeeping("Who should pay for the collection of old phones?")).isFalse();
        assertThat(SpokenText.isHousekeeping("We have to go further than the session page suggests.")).isFalse();
    }

    /**
     * Sound trouble in the chat is housekeeping with a word between ("Can you check the room microphone?", "We can
     * barely hear the panel"); a question on checking or hearing someone is not.
     */
    @Test
    void soundTroubleWithAWordBetweenIsHousekeeping() {
        assertThat(SpokenText.isHousekeeping("Can you check the room microphone?")).isTrue();
        assertThat(SpokenText.isHousekeeping("We can barely hear the panel in the room")).isTrue();
        assertThat(SpokenText.isHousekeeping("Who will check the vendor's accessibility report?")).isFalse();
        assertThat(SpokenText.isHousekeeping("Can governments hear the deaf community before they design?"))
                .isFalse();
    }

    /** Asking leave to comment is turn-taking, not a question put to anyone; the comment itself is kept. */
    @Test
    void askingLeaveToCommentIsHousekeeping() {
        assertThat(kind("Can I just make a further comment?", true)).isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("May I make one quick point?", true)).isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Can I make the data public without their consent?", true))
                .isNotEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Could we make a comment period mandatory for every new rule?", true))
                .isNotEqualTo(SentenceKind.HOUSEKEEPING);
    }

    /** Leaving at a time said, or early, is housekeeping however much else the sentence announces. */
    @Test
    void leavingAtATimeSaidIsHousekeeping() {
        assertThat(SpokenText.isHousekeeping("Yes, briefly on permits, and then security, because I have to leave at "
                + "half past, I apologise to everybody.")).isTrue();
        assertThat(SpokenText.isHousekeeping("I need to leave in ten minutes, so let me be quick.")).isTrue();
        assertThat(SpokenText.isHousekeeping("I have to leave early, my flight is at six.")).isTrue();
        assertThat(SpokenText.isHousekeeping("We have to leave at least some room for the market to work.")).isFalse();
        assertThat(SpokenText.isHousekeeping("Operators need to leave in place the old routes until the new one "
                + "is tested.")).isFalse();
    }

    @Test
    void theInternetAndTechnicalProblemsDiscussedAreNoHousekeeping() {
        for (String substance : List.of(
                "Universal acceptance is no longer a technical problem: the standards exist.",
                "The Internet is fragmenting along national lines, and that worries me.",
                "The connection is what rural schools lack most, far more than devices.",
                "Security is a technical issue but also a political one.",
                "The camera was sold with the same password as a million others.",
                "The slide from democracy into digital authoritarianism is real.")) {
            assertThat(kind(substance, false)).as(substance).isEqualTo(SentenceKind.SUBSTANCE);
        }
        // the negative cases: the call's own sound and line
        for (String housekeeping : List.of("Sorry, we have a technical problem with the room.",
                "The audio is very low, can you speak up?", "My connection is unstable today.",
                "Apologies for the technical difficulties.", "Your microphone is muted.",
                "Can we go back to the previous slide?", "As you see on this slide, the numbers went up.")) {
            assertThat(kind(housekeeping, false)).as(housekeeping).isEqualTo(SentenceKind.HOUSEKEEPING);
        }
    }

    /**
     * Where the room's microphone is, what a voice is connected on and asking for the slides in the chat are logistics;
     * microphones, phones or sharing the talk is about are not.
     */
    @Test
    void theRoomsMicrophoneAndAVoiceOnItsPhoneAreHousekeeping() {
        assertThat(kind("We have a microphone in the middle of the room.", true)).isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Sorry, I'm on my phone, the laptop decided to update itself, which is very appropriate.",
                false)).isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Cheap phones stop receiving security updates after two years in most markets.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
        assertThat(kind("Smart speakers with a microphone should never ship with a default password.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
        assertThat(kind("The slides are a bit small on the stream, could you share them in the chat?", true))
                .isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Platforms should share the takedown figures with researchers every quarter.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
    }

    /** Where the session's own papers are is logistics; a page the talk is about is not. */
    @Test
    void theSessionPagesWhereaboutsAreHousekeeping() {
        assertThat(kind("The two policy questions we worked on, they are on the session page.", false))
                .isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Platforms should publish the response times on the page where users report abuse.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
        assertThat(kind("Every national IGF should publish who paid on its website, every year.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
    }

    @Test
    void housekeepingIsRecognised() {
        assertThat(kind("Can you hear me now?", false)).isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Next slide, please.", false)).isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("I think you're on mute, Tomas.", true)).isEqualTo(SentenceKind.HOUSEKEEPING);
        // a request to the room's technician is no question from the audience
        assertThat(kind("Could the technician put the speakers on the screen, please?", false))
                .isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("We trained women as technicians in every village we worked in.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
        // a speaker warning that their line may fail
        assertThat(kind("I'm on the solar power at the community centre, so if I disappear, it's the clouds.", false))
                .isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("Villages disappear from the operators' maps when the subsidy ends.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
        // a link named by its tool is still a link; a link between networks is substance
        assertThat(kind("Samuel has put the Slido link in the chat for everyone online.", false))
                .isEqualTo(SentenceKind.HOUSEKEEPING);
        assertThat(kind("The operators put the new fibre link into service last year.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
    }

    @Test
    void greetingsAndThanksAreNotSubstance() {
        assertThat(kind("Good morning, everyone, and welcome to this round table.", true))
                .isEqualTo(SentenceKind.GREETING);
        assertThat(kind("Thank you very much for inviting me to this important panel.", false))
                .isEqualTo(SentenceKind.THANKS);
        assertThat(kind("Thank you, next speaker please.", true)).isEqualTo(SentenceKind.THANKS);
    }

    @Test
    void chairingIsProcedure() {
        assertThat(kind("We will now go to our next speaker, Mei Tanaka from the industry association.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("You have two minutes left.", true)).isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("I'm very pleased to welcome Julie Morgan, Deputy Minister, and her officials from the "
                + "department, who will take us through the new scheme and its first year of delivery.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("Mei, over to you.", true)).isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("If you're happy, Minister, we'll go straight to questions.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("Please note that we will suspend the proceedings every 45 minutes for a short break.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("Moving on to item 2, which is our evidence session on school funding.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("We know this is a difficult time for everyone, and we appreciate your attendance.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("We're going to go on now to some questions about mental health from Sian.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("The next questions, then, are from Dawn Bowden on safeguarding and child protection.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("So, thank you all for attending, and we're looking forward to hearing from you.", true))
                .isEqualTo(SentenceKind.THANKS);
        assertThat(kind("The meeting is bilingual, and simultaneous translation from Welsh to English is available.",
                true)).isEqualTo(SentenceKind.HOUSEKEEPING);
    }

    /**
     * A panellist letting another speak first ("Let Alain go first, …") gives up the floor; "let the market go" does
     * not.
     */
    @Test
    void lettingAnotherSpeakFirstIsProcedure() {
        assertThat(kind("Let Alain go first, because I think he has a view on the machinery.", false))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("Let the market go where the money is, and the villages stay dark.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
    }

    @Test
    void launchingAPollAndTakingOneMoreQuestionIsProcedure() {
        assertThat(kind("Let's launch the second poll, and then I'll take one more question from the room.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        assertThat(kind("And then just one more question about the waiting lists in rural districts.", true))
                .isEqualTo(SentenceKind.PROCEDURE);
        // a survey announced for after the session is a step, not chairing
        assertThat(kind("We will launch a survey of all the national initiatives in January to map their funding.",
                true)).isEqualTo(SentenceKind.SUBSTANCE);
    }

    @Test
    void stageDirectionsAndFillersAreRecognised() {
        assertThat(kind("(Applause)", false)).isEqualTo(SentenceKind.STAGE_DIRECTION);
        assertThat(kind("[ Laughter ]", false)).isEqualTo(SentenceKind.STAGE_DIRECTION);
        assertThat(kind("Okay, yeah, right.", false)).isEqualTo(SentenceKind.FILLER);
    }

    @Test
    void substanceAndQuestionsAreKept() {
        assertThat(kind("Thank you, and I think the real problem is that devices ship without any security "
                + "updates at all, which leaves users exposed for years.", false)).isEqualTo(SentenceKind.SUBSTANCE);
        assertThat(kind("Security by design must be a legal duty for manufacturers.", false))
                .isEqualTo(SentenceKind.SUBSTANCE);
        assertThat(kind("How will the act protect people who buy devices abroad?", false))
                .isEqualTo(SentenceKind.QUESTION);
    }

    @Test
    void tidyDropsHesitationsButKeepsWords() {
        assertThat(SpokenText.tidy("So, um, the the label is, uh, not enough."))
                .isEqualTo("So, the label is, not enough.");
    }

    /**
     * A filler set apart by commas goes, and a false start said again after a comma is said once; a list of
     * different words, "like" as a verb or a preposition and a number said twice stay.
     */
    @Test
    void tidyDropsFillersSetApartAndFalseStarts() {
        assertThat(SpokenText.tidy("It's, it's not one new law, it's mutual recognition."))
                .isEqualTo("It's not one new law, it's mutual recognition.");
        assertThat(SpokenText.tidy("We will, we will publish it, not as a, you know, a side project."))
                .isEqualTo("We will publish it, not as a side project.");
        assertThat(SpokenText.tidy("So, yes, but, like, a ban doesn't keep anyone safe."))
                .isEqualTo("So, yes, but, a ban doesn't keep anyone safe.");
        assertThat(SpokenText.tidy("Schools, parents, teachers like it, like maths, in March, 2026, 2026."))
                .isEqualTo("Schools, parents, teachers like it, like maths, in March, 2026, 2026.");
        assertThat(SpokenText.tidy("Anti-black racism, racism and discrimination, a bill, Bill S-204, very, very."))
                .isEqualTo("Anti-black racism, racism and discrimination, a bill, Bill S-204, very, very.");
        assertThat(SpokenText.tidy("But where they grew, they grew because if you are doing that, that is a failure."))
                .isEqualTo("But where they grew, they grew because if you are doing that, that is a failure.");
        assertThat(SpokenText.tidy("So we need, we need to fix the, the problem with, with the law, which, which "
                + "Ramon committed to."))
                .isEqualTo("So we need to fix the problem with the law, which Ramon committed to.");
    }

    /** A number said twice is a number ("since twenty twenty"), not a stutter. */
    @Test
    void tidyKeepsANumberSaidTwice() {
        assertThat(SpokenText.tidy("we have an open data policy since twenty twenty"))
                .isEqualTo("we have an open data policy since twenty twenty");
        assertThat(SpokenText.tidy("we we have had it since 2020 2020")).isEqualTo("we have had it since 2020 2020");
    }

    /**
     * Captions without their question marks: a question word with the auxiliary before its subject asks, also after
     * "how long", and "who" as the subject asks; a free relative ("what worked for us was ...") and a clause after
     * "who" ("who we are") do not.
     */
    @Test
    void questionsWithoutTheirMarkAskByTheirWords() {
        List<String> said = List.of("so who pays for high resolution imagery for poor cities",
                "how long should a funder commit to maintenance", "what worked for us was sms alerts in swahili",
                "who we are matters less than what we publish");
        List<Passage> passages = new ArrayList<>();
        for (int k = 0; k < said.size(); k++) {
            passages.add(new Passage(k + 1, said.get(k), k > 0));
        }
        Session session = new Session(SessionInfo.untitled("asks"), List.of(), List.of(new Turn(0, "", "Unidentified"
                + " speaker", "auto.vtt", passages, 0.0, 30.0)), List.of(), List.of(), List.of(), null, List.of(),
                List.of());

        List<Sentence> sentences = NlpPipeline.shared().annotate(session).sentences();

        assertThat(sentences).extracting(Sentence::text).containsExactlyElementsOf(said);
        assertThat(sentences).extracting(SpokenText::asksAfterQuestionWord).containsExactly(true, true, false, false);
    }

    /** An interpreter's or captioner's note is no one's words; a speaker's own parenthesis stays. */
    @Test
    void tidyDropsCaptionersNotes() {
        assertThat(SpokenText.tidy("[Interpretation from Spanish] Data protection authorities should share logs."))
                .isEqualTo("Data protection authorities should share logs.");
        assertThat(SpokenText.tidy("(inaudible) so the label is not enough [ Laughter ]."))
                .isEqualTo("so the label is not enough.");
        assertThat(SpokenText.tidy("The Budapest Convention (2001) has a protocol."))
                .isEqualTo("The Budapest Convention (2001) has a protocol.");
    }
}
