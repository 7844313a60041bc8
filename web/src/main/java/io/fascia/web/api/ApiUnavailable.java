package io.fascia.web.api;

/** The gateway could not be reached or did not answer in time: the page says "try again shortly". */
public class ApiUnavailable extends RuntimeException {

    public ApiUnavailable(Throwable cause) {
        super("The Fascia API is not reachable right now", cause);
    }
}
