package org.electionresults.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket write buffer, sized so that a whole cached page leaves in one write: with the
 * default 8 KB, a 70 KB page took nine system calls (see docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${elections.web.socket-write-buffer:131072}") int bytes) {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
	}

}
