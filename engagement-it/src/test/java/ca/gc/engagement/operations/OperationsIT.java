package ca.gc.engagement.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an integrator's tools read without signing in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @ArquillianResource URL deployment;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theOpenApiDocumentDescribesTheApiWithoutSigningIn() throws Exception {
    URI root = URI.create(deployment.toString()).resolve("/openapi?format=JSON");
    HttpResponse<String> document =
        http.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, document.statusCode());
    JsonObject openapi = Json.createReader(new StringReader(document.body())).readObject();
    assertEquals("Engagement Records API", openapi.getJsonObject("info").getString("title"));
    JsonObject paths = openapi.getJsonObject("paths");
    assertTrue(paths.containsKey("/engagement/api/v1/missions"), paths.keySet().toString());
    assertTrue(paths.containsKey("/engagement/api/v1/missions/{id}"), paths.keySet().toString());
  }
}
