package ca.gc.engagement.api.kept;

import java.time.LocalDate;
import java.util.Set;

/**
 * What was asked and by whom, everything an answer kept for it may depend on: the caller's name,
 * roles and clearance as the server knows them at this request, the address asked (its host too: a
 * list's links name it) with its query as sent, the media types and languages accepted, and the day
 * in Ottawa (so that no answer outlives the day it was made on).
 */
record Question(
    String caller,
    Set<String> roles,
    String clearance,
    String pathAndQuery,
    String accept,
    String acceptLanguage,
    LocalDate day) {}
