package org.virtclass.lab.web;

import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.virtclass.lab.ClassDemoProperties;
import org.virtclass.lab.ClassDemoService;
import org.virtclass.lab.ClassDemoView;
import org.virtclass.lab.LabService;
import org.virtclass.system.ApiProblem;
import org.virtclass.system.PublicAddress;

/**
 * The class demo's pages: the instructor's (start, drive, stop, the link and QR code for
 * students, the viewer count) and the students' (both consoles, read-only, no login). The
 * consoles themselves travel on {@link ClassDemoSocket}.
 */
@Controller
class ClassDemoController {

	private static final String VIEW_INSTRUCTOR = "lab/classDemo";

	private static final String VIEW_VIEWER = "lab/demoViewer";

	private static final String INSTRUCTOR_PAGE = "/instructor/lab/demo";

	private final ClassDemoService demos;

	private final LabService lab;

	private final ClassDemoProperties properties;

	private final PublicAddress publicAddress;

	ClassDemoController(ClassDemoService demos, LabService lab, ClassDemoProperties properties,
			PublicAddress publicAddress) {
		this.demos = demos;
		this.lab = lab;
		this.properties = properties;
		this.publicAddress = publicAddress;
	}

	@GetMapping(INSTRUCTOR_PAGE)
	String showDemo(@RequestParam(required = false) String via, HttpServletRequest request, Model model) {
		Optional<ClassDemoView> demo = demos.current();
		model.addAttribute("capabilities", lab.capabilities());
		model.addAttribute("timeLimitMinutes", properties.timeLimit().toMinutes());
		model.addAttribute("demoCommands", LabPageController.DEMO_COMMANDS);
		demo.ifPresent((d) -> {
			model.addAttribute("demo", d);
			model.addAttribute("link", publicAddress.resolve(request, (b) -> b.path("/lab/demo/" + d.code()), via));
		});
		return VIEW_INSTRUCTOR;
	}

	@PostMapping(INSTRUCTOR_PAGE)
	String startDemo(Principal user, RedirectAttributes redirect) {
		try {
			demos.start(user.getName());
		}
		catch (ApiProblem ex) {
			redirect.addFlashAttribute("problem", "lab.classDemo.unavailable");
		}
		return "redirect:" + INSTRUCTOR_PAGE;
	}

	@PostMapping(INSTRUCTOR_PAGE + "/{code}/stop")
	String stopDemo(@PathVariable String code, RedirectAttributes redirect) {
		redirect.addFlashAttribute("stopped", demos.stop(code).isPresent());
		return "redirect:" + INSTRUCTOR_PAGE;
	}

	/**
	 * A student's screen. An unknown code gets the page with a sentence and 404, not an
	 * error page.
	 */
	@GetMapping("/lab/demo/{code}")
	String watchDemo(@PathVariable String code, HttpServletResponse response, Model model) {
		Optional<ClassDemoView> demo = demos.find(code);
		if (demo.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("demo", demo.orElse(null));
		return VIEW_VIEWER;
	}

}
