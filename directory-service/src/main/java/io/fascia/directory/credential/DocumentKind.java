package io.fascia.directory.credential;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats we accept, recognised by their first bytes, never by the name or the
 * Content-Type the client claims.
 */
public enum DocumentKind {
    PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    public static final int LONGEST_SIGNATURE = 8;

    private final String contentType;
    private final byte[] signature;

    DocumentKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<DocumentKind> recognise(byte[] head) {
        return Arrays.stream(values())
                .filter(kind -> head.length >= kind.signature.length
                        && Arrays.equals(head, 0, kind.signature.length, kind.signature, 0, kind.signature.length))
                .findFirst();
    }
}
