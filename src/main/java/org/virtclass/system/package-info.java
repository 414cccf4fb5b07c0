/**
 * What every page and endpoint stands on: security, the language switch, the shared
 * layout, error pages and RFC 9457 problem details for the JSON API. Other modules may
 * depend on it; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.virtclass.system;
