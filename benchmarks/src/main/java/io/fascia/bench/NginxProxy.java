package io.fascia.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

/**
 * A plain nginx reverse proxy (Debian's {@code nginx-light}) in front of the same services, the
 * yardstick for the gateway: one prefix per service, HTTP/1.1 with pooled upstream connections,
 * X-Forwarded-For and an access log, as the gateway has; no tokens, no policy, no rate limits. It
 * runs in the foreground as a child of the benchmark, from a config under a temporary directory.
 */
final class NginxProxy extends ChildProxy {

    private NginxProxy(Process process, int port) {
        super(process, port);
    }

    /** Starts nginx on a free local port routing each prefix to its upstream, and waits until it listens. */
    static NginxProxy start(String binary, Map<String, URI> upstreams) throws IOException, InterruptedException {
        Path prefix = Files.createTempDirectory("fascia-nginx", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        int port = freePort();
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, config(prefix, port, upstreams));
        Process process = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", config.toString(), "-e",
                prefix.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        NginxProxy nginx = new NginxProxy(process, port);
        nginx.awaitListening(Duration.ofSeconds(30), prefix.resolve("error.log").toString());
        return nginx;
    }

    private static String config(Path prefix, int port, Map<String, URI> upstreams) {
        StringBuilder blocks = new StringBuilder();
        StringBuilder locations = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, URI> upstream : upstreams.entrySet()) {
            n++;
            blocks.append(String.format("""
                        upstream u%d {
                            server %s:%d;
                            keepalive 64;
                        }
                    """, n, upstream.getValue().getHost(), upstream.getValue().getPort()));
            locations.append(String.format("""
                            location %s/ {
                                proxy_pass http://u%d;
                                proxy_http_version 1.1;
                                proxy_set_header Connection "";
                                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                                proxy_set_header X-Forwarded-Proto $scheme;
                            }
                    """, upstream.getKey(), n));
        }
        return String.format("""
                worker_processes auto;
                pid %1$s/nginx.pid;
                events {
                    worker_connections 1024;
                }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                    server {
                        listen 127.0.0.1:%3$d;
                %4$s
                    }
                }
                """, prefix, blocks, port, locations);
    }
}
