package io.fascia.booking.ping;

import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ServiceBasicsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class PingResourceTest extends ServiceBasicsContract {

    PingResourceTest() {
        super("/api/v1/booking/ping", "booking-service");
    }
}
