package org.motcua.shared;

/** One invalid input field in a problem document: the field path, a stable code and a localised message. */
public record FieldError(String field, String code, String message) {}
