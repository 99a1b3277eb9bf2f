package ca.gc.engagement.refusal.entity;

import java.io.Serializable;
import java.util.Locale;

/**
 * An argument of a refusal that reads differently in each language (a status, a record kind, a
 * country): rendered in the reader's locale before it goes into the message.
 */
public interface Localized extends Serializable {

  String in(Locale locale);
}
