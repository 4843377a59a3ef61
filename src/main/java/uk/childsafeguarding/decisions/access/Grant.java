package uk.childsafeguarding.decisions.access;

import org.springframework.security.core.GrantedAuthority;

/** A role for a partnership ("*" for every partnership), carried as a Spring authority "GRANT:ROLE:partnership". */
public record Grant(Role role, String partnership) implements GrantedAuthority {

    public static final String ALL = "*";
    static final String PREFIX = "GRANT:";

    public static Grant parse(String text) {
        String[] parts = text.split(":", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            throw new IllegalArgumentException("a grant is ROLE:partnership, e.g. PRACTITIONER:devon; got '" + text + "'");
        }
        return new Grant(Role.valueOf(parts[0].trim()), parts[1].trim());
    }

    public boolean covers(Role r, String p) {
        return role == r && (partnership.equals(ALL) || partnership.equals(p));
    }

    @Override
    public String getAuthority() {
        return PREFIX + role + ":" + partnership;
    }

    @Override
    public String toString() {
        return role + ":" + partnership;
    }
}
