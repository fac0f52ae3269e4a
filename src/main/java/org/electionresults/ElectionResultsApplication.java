package org.electionresults;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ElectionResultsApplication {

	public static void main(String[] args) {
		SpringApplication.run(ElectionResultsApplication.class, args);
	}

}
