package io.fascia.platform.audit;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.fascia.platform.web.QueryParams;

/**
 * The query parameters of every service's audit endpoint ({@code @BeanParam}), described once for
 * the API document; {@link AuditLog#list(AuditQuery)} reads and checks them.
 */
public class AuditQuery {

    private static final String INSTANT_OR_DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2}))?$";

    @QueryParam("targetId")
    @Parameter(description = "Only entries about this record.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String targetId;

    @QueryParam("actor")
    @Parameter(description = "Who acted: their subject, or part of their name.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = QueryParams.TEXT_PATTERN))
    public String actor;

    @QueryParam("action")
    @Parameter(description = "An action such as credential.verified, or a group such as credential.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^[a-z.-]+$"))
    public String action;

    @QueryParam("from")
    @Parameter(description = "Entries at or after this instant; a date means its midnight UTC.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = INSTANT_OR_DAY))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Entries before this instant; a date means its midnight UTC.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = INSTANT_OR_DAY))
    public String to;

    @QueryParam("beforeAt")
    @Parameter(description = "With beforeId: the page after this entry (its time).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40))
    public String beforeAt;

    @QueryParam("beforeId")
    @Parameter(description = "With beforeAt: the page after this entry (its id).",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String beforeId;

    @QueryParam("page")
    @Parameter(description = "Which page, from 0.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0",
            maximum = "" + QueryParams.MAX_PAGE, defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "How many entries a page holds.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "" + AuditLog.MAX_SIZE, defaultValue = "50"))
    public String size;
}
