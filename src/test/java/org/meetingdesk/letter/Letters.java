package org.meetingdesk.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test letters under {@code src/test/resources/letters/}. */
public final class Letters {

    private Letters() {
    }

    public static String read(String name) {
        try (InputStream in = Letters.class.getResourceAsStream("/letters/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test letter " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LetterDraft parse(String name) {
        return new LetterParser().parse(read(name), null);
    }
}
