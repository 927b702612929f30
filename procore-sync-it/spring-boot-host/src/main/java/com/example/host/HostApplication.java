package com.example.host;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that keeps its ERP's vendors in Procore. */
@SpringBootApplication
public class HostApplication {
  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }
}
