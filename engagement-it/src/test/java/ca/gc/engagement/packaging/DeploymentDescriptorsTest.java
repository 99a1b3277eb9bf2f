package ca.gc.engagement.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The EAR grants no clearance to anyone: a clearance is a role of the user in the server's realm
 * (docs/decisions/0003), never a mapping in a deployment descriptor that every server deploying the
 * EAR would honour. Not the demo loader's either: its clearance is in the embedded default's demo
 * realm (docs/decisions/0006).
 */
class DeploymentDescriptorsTest {

  private static final Path EAR = Path.of(System.getProperty("engagement.ear", "missing.ear"));

  @Test
  void noDescriptorOfTheEarOrItsModulesMapsAPrincipalToARoleOrNamesAClearance() throws Exception {
    Map<String, byte[]> descriptors = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(EAR)) {
      collect("", in, descriptors);
    }
    assertTrue(
        descriptors.containsKey("engagement-core.jar!/META-INF/jboss-ejb3.xml"),
        "read: " + descriptors.keySet());
    assertTrue(
        descriptors.containsKey("engagement-web.war!/WEB-INF/web.xml"),
        "read: " + descriptors.keySet());

    List<String> grants = new ArrayList<>();
    for (var descriptor : descriptors.entrySet()) {
      Document xml = parse(descriptor.getValue());
      NodeList principals = xml.getElementsByTagNameNS("*", "principal-name");
      for (int i = 0; i < principals.getLength(); i++) {
        grants.add(descriptor.getKey() + ": principal-name " + principals.item(i).getTextContent());
      }
      String text = new String(descriptor.getValue(), StandardCharsets.UTF_8);
      if (text.replaceAll("(?s)<!--.*?-->", "").contains("clearance-")) {
        grants.add(descriptor.getKey() + ": names a clearance role");
      }
    }
    assertEquals(List.of(), grants);
  }

  @Test
  void theDemoLoadersRunAsPrincipalIsOnlyANameThatNoRealmHoldsUnlessTheEmbeddedDefaultSetsIt()
      throws Exception {
    Map<String, byte[]> descriptors = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(EAR)) {
      collect("", in, descriptors);
    }
    String ejb =
        new String(
            descriptors.get("engagement-core.jar!/META-INF/jboss-ejb3.xml"),
            StandardCharsets.UTF_8);
    assertTrue(ejb.contains("${engagement.demo-loader:(no demo loader)}"), ejb);
    assertFalse(ejb.contains("security-role"), ejb);
  }

  /** Every XML file under META-INF/ or WEB-INF/ of the zip and of the modules inside it. */
  private static void collect(String prefix, InputStream zip, Map<String, byte[]> descriptors)
      throws IOException {
    ZipInputStream in = new ZipInputStream(zip);
    for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
      String name = entry.getName();
      if (entry.isDirectory() || name.startsWith("META-INF/maven/")) {
        continue;
      }
      if (name.startsWith("lib/") && prefix.isEmpty()) {
        continue;
      }
      if (name.endsWith(".jar") || name.endsWith(".war")) {
        if (!name.startsWith("WEB-INF/lib/")) {
          collect(prefix + name + "!/", new ByteArrayInputStream(in.readAllBytes()), descriptors);
        }
      } else if (name.endsWith(".xml")
          && (name.startsWith("META-INF/") || name.startsWith("WEB-INF/"))
          && !name.startsWith("META-INF/resources/")) {
        descriptors.put(prefix + name, in.readAllBytes());
      }
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
