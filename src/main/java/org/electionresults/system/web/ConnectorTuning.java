package org.electionresults.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket write buffer, sized so that a page as browsers get it (gzipped: the overview is
 * 11 KB so) leaves in one write; with the default 8 KB, a 70 KB page took nine system calls (see
 * docs/performance.md). Every open connection holds one, on the heap: 128 KB made 2,000 connections
 * exhaust a 256 MB heap, so 32 KB (application.properties bounds the connections).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${elections.web.socket-write-buffer:32768}") int bytes) {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
	}

}
