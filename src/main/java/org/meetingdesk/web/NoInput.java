package org.meetingdesk.web;

/**
 * The input of a function that takes none. Funqy refuses any body for a parameterless function,
 * but clients naturally POST {@code {}}; with this type an empty object (or no body, or a GET)
 * is accepted and any field is still a 400 naming it.
 */
public class NoInput {
}
