package uk.childsafeguarding.decisions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running service, so tests see what a client sees. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final int port;
    private final String authorization;

    /** A client signed in as "tester", who holds every role for every partnership. */
    public Http(int port) {
        this(port, "tester");
    }

    /** A client signed in as one of {@link TestAccounts#USERS}, or anonymous when user is null. */
    public Http(int port, String user) {
        this.port = port;
        this.authorization = user == null ? null
                : "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + TestAccounts.password(user)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Http anonymous(int port) {
        return new Http(port, null);
    }

    public Response post(String path, String body) {
        return post(path, body, "application/json");
    }

    public Response post(String path, String body, String contentType) {
        return send(auth(HttpRequest.newBuilder(uri(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response postJson(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    public Response get(String path) {
        return send(auth(HttpRequest.newBuilder(uri(path))).GET().build());
    }

    public Response send(String method, String path, String body) {
        HttpRequest.Builder b = auth(HttpRequest.newBuilder(uri(path)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A raw request on a fresh socket, for what java.net.http will not send (a foreign Host header, TRACE, %00); the whole answer as text. */
    public static String raw(int port, String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** The Authorization header value for a test account, for raw requests. */
    public static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + TestAccounts.password(user)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder auth(HttpRequest.Builder b) {
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }
}
