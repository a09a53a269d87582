package org.meetingdesk.letter;

import java.util.List;

/**
 * One item of the draft agenda (Annex B) as the letter numbers it.
 *
 * @param number   as printed, with its parent's number in front of a lettered sub-item ("1", "1.4", "1.4 a)")
 * @param children sub-items, in letter order
 */
public record DraftAgendaItem(String number, String title, List<DraftAgendaItem> children) {
}
