package io.fascia.web.care;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

import io.fascia.web.api.Api;
import io.fascia.web.api.Models;

/** The signed-in client's own treatment plan, or 404: booking-service lists only the caller's plans. */
final class MyPlans {

    private MyPlans() {
    }

    static Models.Plan find(Api api, UUID planId) {
        return api.call(c -> c.myPlans()).stream().filter(p -> p.planId().equals(planId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
