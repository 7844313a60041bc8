package io.fascia.web.care;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Models;

/** The outcome review form as posted; the review service checks every value. */
public class ReviewForm {

    @RestForm("_csrf")
    public String csrf;
    @RestForm
    public String painAfter;
    @RestForm
    public String sorenessDays;
    @RestForm
    public String pgic;
    @RestForm
    public String assessedBeforeTreatment;
    @RestForm
    public String planDiscussed;
    @RestForm
    public String homecareAssigned;
    @RestForm
    public String measureKind;
    @RestForm
    public String activity;
    @RestForm
    public String measureValue;
    @RestForm
    public String wouldRecommend;
    @RestForm
    public String comment;

    Models.ReviewRequest request() {
        Models.ConditionMeasure measure = null;
        if (measureKind != null && !measureKind.isBlank() && measureValue != null && !measureValue.isBlank()) {
            measure = new Models.ConditionMeasure(measureKind, "ACTIVITY".equals(measureKind) ? activity : null,
                    number(measureValue));
        }
        return new Models.ReviewRequest(number(painAfter), number(sorenessDays), number(pgic), yesNo(assessedBeforeTreatment),
                yesNo(planDiscussed), yesNo(homecareAssigned), measure, yesNo(wouldRecommend),
                comment == null || comment.isBlank() ? null : comment.strip());
    }

    /** A number, or null when empty; what is not a number becomes -1 so the service names the field. */
    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Boolean yesNo(String value) {
        return value == null ? null : "yes".equals(value);
    }
}
