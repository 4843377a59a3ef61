package uk.childsafeguarding.decisions.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.access.Role;
import uk.childsafeguarding.decisions.audit.PolicySignOffs;
import uk.childsafeguarding.decisions.partnerships.PolicyController;

/** The policy digest page (printable) and the policy owner's sign-off form. */
@Controller
class PolicyPages {

    private final PolicyController api;
    private final PolicySignOffs signOffs;
    private final Access access;
    private final JsonMapper mapper;

    PolicyPages(PolicyController api, PolicySignOffs signOffs, Access access, JsonMapper mapper) {
        this.api = api;
        this.signOffs = signOffs;
        this.access = access;
        this.mapper = mapper;
    }

    @GetMapping("/partnerships/{id}/policy")
    String digest(@PathVariable String id, @RequestParam(required = false) String asAt, @RequestParam(required = false) String signed, Model model) {
        Map<String, Object> d = api.digestOf(id, asAt);
        model.addAttribute("d", mapper.valueToTree(d));
        model.addAttribute("mayOwn", access.has(Role.POLICY_OWNER, id));
        model.addAttribute("justSigned", signed != null);
        return "policy";
    }

    @PostMapping("/partnerships/{id}/policy/sign-off")
    String signOff(@PathVariable String id, @RequestParam(required = false) String comment) {
        var body = mapper.createObjectNode();
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment);
        }
        signOffs.signOff(id, body);
        return "redirect:/partnerships/" + id + "/policy?signed";
    }
}
