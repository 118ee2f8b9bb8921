package org.rapporteur.analysis;

/** What a spoken sentence does in the session; only {@link #SUBSTANCE} may become a takeaway, position or call. */
public enum SentenceKind {
    /** A statement with content. */
    SUBSTANCE,
    /** A question that is not housekeeping or procedure. */
    QUESTION,
    GREETING,
    THANKS,
    /** Technical and meeting housekeeping: "can you hear me", "next slide", "you're on mute". */
    HOUSEKEEPING,
    /** Chairing: introducing the next speaker, time-keeping, opening and closing items. */
    PROCEDURE,
    /** Fillers, backchannels and fragments too short to carry a point. */
    FILLER,
    /** "(Applause)", "[ Laughter ]" and the like. */
    STAGE_DIRECTION,
    /** Someone else's words read out (a chat question relayed by the online moderator): the author's, not the reader's. */
    RELAY
}
