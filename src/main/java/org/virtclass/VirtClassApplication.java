package org.virtclass;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VirtClassApplication {

	public static void main(String[] args) {
		SpringApplication.run(VirtClassApplication.class, args);
	}

}
