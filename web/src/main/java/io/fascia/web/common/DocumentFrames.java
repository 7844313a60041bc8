package io.fascia.web.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.fascia.web.api.Api;

/**
 * A credential's document shown inside our own page (the admin's review screen, the owner's
 * credentials page). The directory decides who may have it (its owner and admins; anyone else gets
 * 404); this answer only lets our own pages frame it, runs nothing (no script, no requests of its
 * own) and is never cached. Its nosniff is the app's, as on every answer.
 */
@ApplicationScoped
public class DocumentFrames {

    /** The CSP of a document answer: nothing but the document itself, framed only by our own pages. */
    public static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    @Inject
    Api api;

    public Response inline(UUID credential) {
        try (Response stored = api.call(c -> c.credentialDocument(credential))) {
            byte[] content = stored.readEntity(byte[].class);
            String type = stored.getMediaType() == null ? "application/octet-stream" : stored.getMediaType().toString();
            return Response.ok(content, type)
                    .header("Content-Disposition", "inline; filename=\"" + fileName(stored.getHeaderString("Content-Disposition"))
                            + "\"")
                    .header("Content-Security-Policy", POLICY)
                    .header("X-Frame-Options", "SAMEORIGIN")
                    .header("Cache-Control", "private, no-store")
                    .build();
        }
    }

    /** The stored file name, reduced to characters that cannot break out of the header's quotes. */
    static String fileName(String disposition) {
        String name = "credential";
        if (disposition != null) {
            int at = disposition.indexOf("filename=\"");
            if (at >= 0) {
                int end = disposition.indexOf('"', at + 10);
                name = disposition.substring(at + 10, end > at ? end : disposition.length());
            }
        }
        String safe = name.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        return safe.isEmpty() ? "credential" : safe;
    }
}
