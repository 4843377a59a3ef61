package uk.childsafeguarding.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import uk.childsafeguarding.decisions.system.ApiProblem;

/**
 * A page request that fails (no such page, not permitted, an unexpected error) gets an HTML page in
 * the service's style, not the API's problem JSON. API requests (/api/...) are declined here and
 * answered as problem+json as before. Unexpected failures are logged without the request body.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/actuator") || request.getRequestURI().startsWith("/v3/")) {
            return null;
        }
        int status;
        if (ex instanceof ApiProblem p) {
            status = p.status();
        } else if (ex instanceof ErrorResponse e) {
            status = e.getStatusCode().value();
        } else if (ex instanceof org.springframework.security.access.AccessDeniedException
                || ex instanceof org.springframework.security.core.AuthenticationException) {
            return null;
        } else {
            log.error("Unexpected failure while showing a page: {}", ex.toString(), ex);
            status = 500;
        }
        String view = switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status >= 500 ? "error/500" : null;
        };
        if (view == null) {
            return null;
        }
        response.setStatus(status);
        return new ModelAndView(view);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
