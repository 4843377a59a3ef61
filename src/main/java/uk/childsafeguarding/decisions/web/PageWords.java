package uk.childsafeguarding.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;
import uk.childsafeguarding.decisions.vocabulary.PlainWords;
import uk.childsafeguarding.decisions.vocabulary.Vocabulary;

/** Every page gets the current rule set's words (`words`) and the path it is on (`path`, for the header's current-page marker). */
@ControllerAdvice(basePackageClasses = PageWords.class)
class PageWords {

    private final RuleSetHolder rules;

    PageWords(RuleSetHolder rules) {
        this.rules = rules;
    }

    PlainWords words() {
        var rs = rules.current();
        return new PlainWords(rs.data(Vocabulary.class), rs.data(IndicatorCatalogue.class), rs.data(CriteriaCatalogue.class));
    }

    @ModelAttribute
    void addWords(Model model, HttpServletRequest request) {
        model.addAttribute("words", words());
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("nav", new Nav(request.getRequestURI()));
    }

    /** The header's current-page marker: the item whose section the page is in is marked and has aria-current. */
    public record Nav(String path) {
        public boolean on(String prefix) {
            return path != null && (path.equals(prefix) || path.startsWith(prefix + "/") || (prefix.equals("/thresholds") && path.startsWith("/thresholds")));
        }

        public String item(String prefix) {
            return "govuk-header__navigation-item" + (on(prefix) ? " govuk-header__navigation-item--active" : "");
        }

        public String current(String prefix) {
            return on(prefix) ? "page" : null;
        }
    }
}
