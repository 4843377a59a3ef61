package uk.childsafeguarding.decisions.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.system.ApiProblem;

/**
 * Partnership-level checks that depend on what a request is about. Endpoint-level role checks are
 * in {@link SecurityConfiguration}; here, a role must be granted for the partnership concerned.
 * A record in a partnership the user cannot see is reported as not found (404), not forbidden, so its
 * existence is not revealed.
 */
@Component
public class Access {

    /** The role that may create each type of decision. */
    public static Role creatorOf(String decisionType) {
        return decisionType.equals("thresholds") ? Role.PRACTITIONER : Role.REVIEWER;
    }

    public String user() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? "anonymous" : a.getName();
    }

    public List<Grant> grants() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null) {
            return List.of();
        }
        return grantsOf(a.getAuthorities());
    }

    static List<Grant> grantsOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().filter(g -> g instanceof Grant || g.getAuthority().startsWith(Grant.PREFIX))
                .map(g -> g instanceof Grant gr ? gr : Grant.parse(g.getAuthority().substring(Grant.PREFIX.length()))).toList();
    }

    public boolean has(Role role, String partnership) {
        return grants().stream().anyMatch(g -> g.covers(role, partnership));
    }

    /** 403 unless the user holds the role for the partnership (after the request itself has been validated). */
    public void require(Role role, String partnership) {
        if (!has(role, partnership)) {
            throw new ApiProblem(403, "/problems/forbidden", "Not permitted",
                    "your account does not hold " + role + " for partnership '" + partnership + "'", List.of());
        }
    }

    /** The partnerships for which the user holds the role; null means every partnership. */
    public Set<String> partnershipsFor(Role role) {
        Set<String> out = new LinkedHashSet<>();
        for (Grant g : grants()) {
            if (g.role() == role) {
                if (g.partnership().equals(Grant.ALL)) {
                    return null;
                }
                out.add(g.partnership());
            }
        }
        return out;
    }

    public boolean hasRole(Role role) {
        return grants().stream().anyMatch(g -> g.role() == role);
    }

    /**
     * Whether the user may read a stored decision: an auditor for its partnership; a reviewer for its
     * partnership when it is a notification or review decision; a practitioner for their own decisions.
     */
    public boolean mayRead(String partnership, String decisionType, String requestedBy) {
        if (has(Role.AUDITOR, partnership)) {
            return true;
        }
        if (!decisionType.equals("thresholds") && has(Role.REVIEWER, partnership)) {
            return true;
        }
        return requestedBy.equals(user()) && has(creatorOf(decisionType), partnership);
    }
}
