package org.meetingdesk.contribution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.meetingdesk.problem.DeskException;

/**
 * A submitted file after its checks: at most {@link #MAX_BYTES}, and of an accepted document type
 * by both its extension and its first bytes, so a renamed executable or image is refused.
 *
 * @param type the accepted type, which decides the stored content type and the download name
 */
public record DocumentFile(String fileName, Type type, byte[] bytes, String sha256) {

    /** 5 MB (binary megabytes), the largest document accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

    /** Accepted document types: extension, content type, and the signature the bytes must start with. */
    public enum Type {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP_MAGIC),
        DOC("doc", "application/msword", OLE_MAGIC),
        PDF("pdf", "application/pdf", PDF_MAGIC),
        PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP_MAGIC),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP_MAGIC),
        ZIP("zip", "application/zip", ZIP_MAGIC);

        public final String extension;
        public final String contentType;
        private final byte[] magic;

        Type(String extension, String contentType, byte[] magic) {
            this.extension = extension;
            this.contentType = contentType;
            this.magic = magic;
        }

        static Type ofExtension(String extension) {
            for (Type t : values()) {
                if (t.extension.equals(extension)) {
                    return t;
                }
            }
            return null;
        }

        boolean matches(byte[] bytes) {
            return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
        }
    }

    /**
     * Decodes and checks a file as a client sends it.
     *
     * @throws DeskException INVALID naming {@code fileName} or {@code content}
     */
    public static DocumentFile of(String fileName, String base64) {
        int dot = fileName.lastIndexOf('.');
        Type type = dot < 0 ? null : Type.ofExtension(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw DeskException.invalid("fileName", "must end in .docx, .doc, .pdf, .pptx, .xlsx or .zip");
        }
        // Refuse before decoding: 4 base64 characters carry 3 bytes.
        if ((long) base64.length() > 4L * ((MAX_BYTES + 2) / 3)) {
            throw DeskException.invalid("content", "is larger than 5 MB");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("content", "is not base64 (RFC 4648, without line breaks)");
        }
        if (bytes.length == 0) {
            throw DeskException.invalid("content", "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw DeskException.invalid("content", "is larger than 5 MB");
        }
        if (!type.matches(bytes)) {
            throw DeskException.invalid("content", "is not a ." + type.extension + " document (its first bytes do not match the file type)");
        }
        return new DocumentFile(fileName, type, bytes, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
