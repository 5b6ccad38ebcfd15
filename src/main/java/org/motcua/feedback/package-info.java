/**
 * Feedback: anonymous suggestions and complaints from the staff of the center (and software faults for the
 * IT team), with nothing stored or logged that leads back to the sender. See {@code docs/feedback.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.motcua.feedback;
