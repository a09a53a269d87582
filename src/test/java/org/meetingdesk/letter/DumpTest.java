package org.meetingdesk.letter;

import org.junit.jupiter.api.Test;

class DumpTest {
    @Test
    void dump() {
        for (String n : System.getProperty("letters", "sg13-2020-12-07.zh.txt,sg2-2020-09-07.zh.txt").split(",")) {
            LetterDraft d = Letters.parse(n);
            System.out.println("==== " + n + " " + d.language());
            System.out.println(d.meeting());
            d.deadlines().forEach(System.out::println);
            print(d.agenda(), "");
            d.warnings().forEach(w -> System.out.println("WARN " + w));
        }
    }

    static void print(java.util.List<DraftAgendaItem> items, String indent) {
        for (DraftAgendaItem i : items) {
            System.out.println(indent + i.number() + " | " + i.title());
            print(i.children(), indent + "   ");
        }
    }
}
