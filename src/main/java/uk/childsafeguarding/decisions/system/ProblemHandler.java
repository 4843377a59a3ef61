package uk.childsafeguarding.decisions.system;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as application/problem+json; unexpected failures are logged without the request body. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem p) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(p.status()), p.getMessage());
        body.setType(URI.create(p.type()));
        body.setTitle(p.title());
        if (!p.errors().isEmpty() || p.status() == 400) {
            body.setProperty("errors", p.errors());
        }
        return ResponseEntity.status(p.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The client went away (a browser cancelling a download): nothing to answer and nothing wrong here. */
    @ExceptionHandler(org.apache.catalina.connector.ClientAbortException.class)
    void clientAborted() {
        // no response can be written
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request: {}", e.toString(), e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the service could not complete the request; nothing was stored");
        body.setType(URI.create("/problems/internal-error"));
        body.setTitle("Internal error");
        return ResponseEntity.status(500).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> r = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (r != null && r.getBody() instanceof ProblemDetail) {
            HttpHeaders h = new HttpHeaders();
            h.putAll(r.getHeaders());
            h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(r.getBody(), h, r.getStatusCode());
        }
        return r;
    }
}
