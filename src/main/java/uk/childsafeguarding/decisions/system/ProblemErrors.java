package uk.childsafeguarding.decisions.system;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests refused before they reach a controller are problem+json too: those the servlet container
 * refuses outright (an encoded slash or NUL in the path: Tomcat's error report valve is replaced) and
 * those sent to the error page (a path parameter such as ";x=y" refused by the firewall, TRACE, an
 * unknown path: the error controller replaces Spring Boot's). Nothing from the request is echoed.
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrors {

    @RestController
    static class ProblemErrorController implements ErrorController {

        /**
         * A browser asking for a page (not the API) gets the service's own HTML error page (403, 404, 500);
         * everything else gets problem+json.
         */
        @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
        Object page(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri == null ? "" : uri.toString();
            if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")) {
                return error(request);
            }
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i && i >= 400 ? i : 404;
            String view = status == 403 ? "error/403" : status == 404 ? "error/404" : status >= 500 ? "error/500" : null;
            if (view == null) {
                return error(request);
            }
            response.setStatus(status);
            return new org.springframework.web.servlet.ModelAndView(view);
        }

        @RequestMapping("/error")
        ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i && i >= 400 ? i : 404; // asked for directly: there is nothing at /error
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
        }
    }

    static ProblemDetail problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), switch (status) {
            case 400 -> "the request could not be read (its address, method or headers are not accepted)";
            case 404 -> "there is nothing at this address";
            case 405 -> "this method is not accepted here";
            default -> status >= 500 ? "the service could not complete the request; nothing was stored" : title;
        });
        body.setType(URI.create(status == 404 ? "/problems/not-found" : status >= 500 ? "/problems/internal-error" : "/problems/refused"));
        body.setTitle(title);
        return body;
    }

    /** Tomcat's own error report (for requests it refuses before the application sees them) as problem+json. */
    public static final class ProblemReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            ProblemDetail p = problem(status);
            String json = "{\"type\":\"" + p.getType() + "\",\"title\":\"" + p.getTitle() + "\",\"status\":" + status + ",\"detail\":\"" + p.getDetail()
                    + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone or the response was already committed: nothing more can be sent
            }
        }
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Container parent = context.getParent();
                    if (parent instanceof StandardHost host) {
                        for (Valve v : host.getPipeline().getValves()) {
                            if (v instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(v);
                            }
                        }
                        host.setErrorReportValveClass(ProblemReportValve.class.getName());
                        host.getPipeline().addValve(new ProblemReportValve());
                    }
                });
            }
        };
    }

}
