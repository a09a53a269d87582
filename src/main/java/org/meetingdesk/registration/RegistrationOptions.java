package org.meetingdesk.registration;

/** What a delegate asks for beyond a seat; each only where the meeting offers it. */
public record RegistrationOptions(boolean remoteParticipation, boolean interpretation, boolean fellowship,
        boolean visaLetter, boolean headOfDelegation) {

    public static final RegistrationOptions NONE = new RegistrationOptions(false, false, false, false, false);
}
