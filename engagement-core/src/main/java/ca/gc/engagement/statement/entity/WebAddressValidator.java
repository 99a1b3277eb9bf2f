package ca.gc.engagement.statement.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

public class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    try {
      URI address = new URI(value.strip());
      String scheme = address.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("https")
              || scheme.toLowerCase(Locale.ROOT).equals("http"))
          && address.getHost() != null;
    } catch (URISyntaxException notAnAddress) {
      return false;
    }
  }
}
