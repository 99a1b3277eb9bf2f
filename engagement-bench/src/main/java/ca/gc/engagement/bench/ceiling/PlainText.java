package ca.gc.engagement.bench.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The server's ceiling: the least a JAX-RS request can cost on this server and machine. */
@Path("plain")
public class PlainText {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String hello() {
    return "Hello, World!";
  }
}
