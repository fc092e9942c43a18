package org.diktyo.platform;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Honours {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from the reverse proxies named
 * in {@code diktyo.trusted-proxies} (addresses or CIDR ranges) and from nobody else: behind
 * them, a request's remote address is the client's and a request forwarded from HTTPS is
 * secure (HSTS, {@code Secure} cookies). With the property empty, the default, forwarded
 * headers are ignored, so that no client can choose the address that limits are keyed on.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final List<String> proxies;

    TrustedProxies(@Value("${diktyo.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setInternalProxies(cidrs(proxies));
        valve.setTrustedProxies(null);
        factory.addEngineValves(valve);
    }

    /** Tomcat reads a list with a slash as CIDR ranges; a bare address is a range of one. */
    static String cidrs(List<String> proxies) {
        return proxies.stream().map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(","));
    }
}
