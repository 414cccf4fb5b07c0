package org.virtclass.lab.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabService;

/**
 * The side-by-side page. Everything live on it comes from the JSON API and the console
 * sockets.
 */
@Controller
class LabPageController {

	private static final String VIEW_LAB = "lab/sideBySide";

	/** The commands the demo buttons type into both consoles. */
	static final List<String> DEMO_COMMANDS = List.of("uname -r", "ps", "grep hypervisor /proc/cpuinfo", "free");

	private final LabService lab;

	private final LabProperties properties;

	private final LabIdentity identity;

	LabPageController(LabService lab, LabProperties properties, LabIdentity identity) {
		this.lab = lab;
		this.properties = properties;
		this.identity = identity;
	}

	@GetMapping("/lab")
	String showLab(HttpServletRequest request, HttpServletResponse response, Model model) {
		identity.ensureCookie(request, response);
		model.addAttribute("capabilities", lab.capabilities());
		model.addAttribute("settings", properties);
		model.addAttribute("statistics", lab.statistics());
		model.addAttribute("demoCommands", DEMO_COMMANDS);
		return VIEW_LAB;
	}

}
