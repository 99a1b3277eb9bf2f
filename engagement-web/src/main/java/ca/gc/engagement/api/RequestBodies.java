package ca.gc.engagement.api;

import jakarta.ws.rs.BadRequestException;

/** The JSON body of a write: an empty one reads as null, which is the caller's mistake (400). */
public final class RequestBodies {

  private RequestBodies() {}

  public static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("The request needs a JSON body.");
    }
    return body;
  }
}
