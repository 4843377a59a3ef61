package uk.childsafeguarding.decisions.partnerships;

/** In every answer: the partnership it is for. */
public record PartnershipRef(String id, String name) {

    public static PartnershipRef of(Partnership p) {
        return new PartnershipRef(p.id(), p.name());
    }
}
