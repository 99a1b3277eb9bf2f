package ca.gc.engagement.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The ceiling WAR's JAX-RS application. Only the benchmark deploys it, next to the EAR, so the same
 * run measures what the server and the data cost without the application on top.
 */
@ApplicationPath("/")
public class CeilingApplication extends Application {}
