package ca.gc.engagement.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** API v1 for other departments: {@code /engagement/api/v1/...}, JSON, HTTP Basic. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {}
