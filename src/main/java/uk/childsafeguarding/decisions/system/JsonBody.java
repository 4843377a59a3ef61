package uk.childsafeguarding.decisions.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request body with a size limit. Bodies are parsed here, not bound by Jackson, so
 * that validation can list every problem with its field path; the body itself is never logged.
 */
public final class JsonBody {

    /** Largest body accepted; a threshold request with every indicator and long strengths is about 4 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonBody() {
    }

    public static JsonNode readObject(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !(contentType.startsWith("application/json") || contentType.matches("application/[a-z.+-]*\\+json.*"))) {
            throw new ApiProblem(415, "/problems/unsupported-media-type", "Unsupported media type",
                    "send the request body as application/json", List.of(new FieldError("Content-Type", "expected application/json")));
        }
        long declared = request.getContentLengthLong();
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            // with a declared length, read exactly that (the container stops there); readNBytes(MAX_BYTES + 1)
            // allocated a 16 KiB buffer per request, an eighth of a decision's allocation under load (issue 16)
            bytes = declared >= 0 && declared <= MAX_BYTES ? in.readNBytes((int) declared) : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ApiProblem.invalid(List.of(new FieldError("", "the request body could not be read")));
        }
        if (bytes.length > MAX_BYTES) {
            throw ApiProblem.invalid(List.of(new FieldError("", "the request body is larger than " + MAX_BYTES + " bytes")));
        }
        return parseObject(bytes);
    }

    public static JsonNode parseObject(byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiProblem.invalid(List.of(new FieldError("", "the request body is empty; expected a JSON object")));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiProblem.invalid(List.of(new FieldError("", "the request body is not valid JSON" + where)));
        }
        if (node == null || !node.isObject()) {
            throw ApiProblem.invalid(List.of(new FieldError("", "the request body must be a JSON object")));
        }
        return node;
    }
}
