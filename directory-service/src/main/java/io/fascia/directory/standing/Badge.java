package io.fascia.directory.standing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import io.fascia.directory.credential.Credential;

/** What a listing may show, each computed from the credentials that are current today. */
public enum Badge {
    /** A current, verified state or provincial massage licence. */
    LICENSED,
    BOARD_CERTIFIED,
    /** Licensed and holding a verified medical-massage qualification: both are needed. */
    MEDICAL_MASSAGE,
    INSURED;

    /** How many badges there are: a listing shows each at most once. */
    public static final int COUNT = 4;

    public static Set<Badge> earnedOn(LocalDate day, Collection<Credential> credentials) {
        EnumSet<Badge> badges = EnumSet.noneOf(Badge.class);
        boolean medicalQualification = false;
        for (Credential credential : credentials) {
            if (!credential.currentOn(day)) {
                continue;
            }
            switch (credential.type) {
                case LICENSE -> badges.add(LICENSED);
                case BOARD_CERTIFICATION -> badges.add(BOARD_CERTIFIED);
                case LIABILITY_INSURANCE -> badges.add(INSURED);
                case MEDICAL_MASSAGE_CERTIFICATE -> medicalQualification = true;
                case TECHNIQUE_CERTIFICATE -> {
                    // Shown with the technique itself, not as a badge.
                }
            }
        }
        if (medicalQualification && badges.contains(LICENSED)) {
            badges.add(MEDICAL_MASSAGE);
        }
        return badges;
    }
}
