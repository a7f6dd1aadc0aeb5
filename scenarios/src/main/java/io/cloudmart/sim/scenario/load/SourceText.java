package io.cloudmart.sim.scenario.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns file bytes into text, refusing what is not UTF-8 text (images, archives, UTF-16 …). */
final class SourceText {
    /** The bytes are not UTF-8 text; the message completes "… is " ("not a text file (…)"). */
    static final class NotText extends Exception {
        private static final long serialVersionUID = 1L;

        NotText(String message) {
            super(message);
        }
    }

    private SourceText() {
    }

    /** The text of UTF-8 {@code bytes}, without a leading byte-order mark. */
    static String decode(byte[] bytes) throws NotText {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotText("not a text file (it contains NUL bytes, at byte " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return stripBom(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new NotText("not a text file (it is not valid UTF-8)");
        }
    }

    /** {@code text} without a leading byte-order mark, if it has one. */
    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Checks text handed over as a string (catalog resources) for the NUL bytes of a binary file. */
    static void requireText(String text) throws NotText {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new NotText("not a text file (it contains NUL characters, at character " + nul + ")");
        }
    }
}
