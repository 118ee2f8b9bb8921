package org.rapporteur.analysis;

import org.rapporteur.model.Role;
import org.rapporteur.nlp.AnnotatedSession;

/** A short round table on connected-device security, written for these tests, annotated once per JVM. */
final class Workshop {

    static final String MODERATOR = "Lucia Ferrante";
    static final String CIVIL = "Rayna Okafor";
    static final String GOVERNMENT = "Tomas Brandt";
    static final String INDUSTRY = "Mei Tanaka";
    static final String ONLINE = "Jonas Weber";
    static final String ATTENDEE = "Amara Diallo";

    private static AnnotatedSession annotated;

    private Workshop() {
    }

    static Fixture fixture() {
        return Fixture.session()
                .person(MODERATOR, Role.MODERATOR, "Technical Community")
                .person(CIVIL, Role.SPEAKER, "Civil Society")
                .person(GOVERNMENT, Role.SPEAKER, "Government")
                .person(INDUSTRY, Role.SPEAKER, "Private Sector")
                .person(ONLINE, Role.ONLINE_MODERATOR, "Technical Community")
                .person(ATTENDEE, Role.PARTICIPANT, null)
                .policyQuestion("How can security by design become the norm for connected devices?")
                .policyQuestion("What role should regulation such as the Cyber Resilience Act play?")
                .turn(MODERATOR, "Good morning, everyone, and welcome to this round table.",
                        "Can everyone hear me?",
                        "Today we ask how security by design can become the norm for connected devices, "
                        + "and what role regulation should play.",
                        "Rayna, the floor is yours.")
                .turn(CIVIL, "Thank you, Lucia.",
                        "Millions of connected devices still ship with default passwords and no security updates.",
                        "Insecure devices put the privacy and safety of their users at risk, and the people who "
                        + "suffer most are those who cannot afford to replace them.",
                        "Security by design must be a legal duty for manufacturers, not a marketing promise.")
                .turn(MODERATOR, "Thank you, Rayna.", "Tomas, over to you.")
                .turn(GOVERNMENT, "Thanks.",
                        "The Cyber Resilience Act will make security updates mandatory for the support period of a "
                        + "product.",
                        "We also looked closely at the NIST IR 8259 baseline and the ETSI EN 303 645 standard when "
                        + "we drafted our national labelling scheme.",
                        "I agree with Rayna that default passwords have to disappear from connected devices.",
                        "Should we require labels on every device sold in our market?")
                .turn(MODERATOR, "Mei, you have three minutes.")
                .turn(INDUSTRY, "Thank you very much.",
                        "I would push back on what Tomas said about labels, because a label on the box tells "
                        + "consumers very little about security updates.",
                        "Small manufacturers need clear and harmonised security requirements, otherwise compliance "
                        + "costs will push them out of the market.",
                        "Security updates for connected devices are expensive, and the support period should be "
                        + "realistic for small manufacturers.")
                .turn(CIVIL, "Building on what Mei said, security updates only help when users actually install "
                        + "them, so automatic updates should be the default on connected devices.")
                .turn(MODERATOR, "We have a few minutes for questions from the room.")
                .turn(ATTENDEE, "My name is Amara Diallo and I work for a consumer group.",
                        "How will the Cyber Resilience Act protect people who buy connected devices from sellers "
                        + "outside Europe?")
                .turn(ONLINE, "We have a question from the chat.",
                        "How do small manufacturers in developing countries afford security updates for ten years?")
                .turn(GOVERNMENT, "Market surveillance authorities will check connected devices at the border, and "
                        + "online marketplaces will share responsibility for what they sell.")
                .turn(MODERATOR, "We are running out of time, so a last word from each of you.")
                .turn(CIVIL, "We call on governments to make security updates a legal right of every user of "
                        + "connected devices.")
                .turn(GOVERNMENT, "Regulators should publish a common baseline of security requirements so that "
                        + "manufacturers know what security by design means in practice.")
                .turn(INDUSTRY, "Security by design works when manufacturers, regulators and users share the "
                        + "responsibility for security updates.")
                .turn(MODERATOR, "Thank you all, and thank you to our audience.", "(Applause)");
    }

    static synchronized AnnotatedSession annotated() {
        if (annotated == null) {
            annotated = fixture()
                    .chat("Priya Nair", "How do small manufacturers in developing countries afford security "
                            + "updates for ten years?", false, null)
                    .chat("Jonas Weber", "Good question, we will put it to the panel.", false, 0)
                    .chat("Priya Nair", "Slides are here: https://example.org/iot-slides.", false, null)
                    .chat("Ken Ito", "Is there a recording of the first session?", false, null)
                    .chat("Ken Ito", "Can you send me the list of speakers?", true, null)
                    .annotate();
        }
        return annotated;
    }

    static Discussion discussion() {
        return Discussion.of(annotated());
    }
}
