package io.fascia.notification.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Writes a message from its kind's Qute templates: {@code letters/<kind>.txt} (whose fragment
 * {@code subject} is the subject line) and {@code letters/<kind>.html}.
 */
@ApplicationScoped
public class Letters {

    @Inject
    Engine engine;

    public record Written(String subject, String text, String html) {
    }

    public Written write(MessageKind kind, Letter letter) {
        Template text = template(kind, "txt");
        Template html = template(kind, "html");
        String subject = text.getFragment("subject").data("letter", letter).render().strip().replaceAll("\\s+", " ");
        return new Written(subject, text.data("letter", letter).render(), html.data("letter", letter).render());
    }

    private Template template(MessageKind kind, String variant) {
        String id = "letters/" + kind.templateName() + "." + variant;
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no template " + id);
        }
        return template;
    }
}
