package fr.pes21.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, for the platform's own tests. */
@SpringBootApplication
public class SampleApplication {

}
