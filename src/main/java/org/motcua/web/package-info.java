/** Web pages (Thymeleaf + htmx) for citizens, officers and managers. Pages call module facades only. */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package org.motcua.web;
