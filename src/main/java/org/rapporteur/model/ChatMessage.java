package org.rapporteur.model;

/**
 * One chat message. {@code recipient} is null for messages to everyone; {@code direct} marks a private or direct
 * message, which is kept but never counted or quoted as public chat. {@code replyTo} is the index of the message
 * answered, {@code reactions} the reactions it received. {@code time} is HH:MM:SS as written.
 */
public record ChatMessage(int index, String time, String sender, String recipient, boolean direct, String text,
                          String file, int line, Integer replyTo, int reactions) {

    public ChatMessage withReactions(int count) {
        return new ChatMessage(index, time, sender, recipient, direct, text, file, line, replyTo, count);
    }
}
