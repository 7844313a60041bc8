package io.fascia.notification.ping;

import io.fascia.notification.testing.NotificationStack;
import io.fascia.testing.ServiceBasicsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(NotificationStack.class)
class PingResourceTest extends ServiceBasicsContract {

    PingResourceTest() {
        super("/api/v1/notifications/ping", "notification-service");
    }
}
