package org.virtclass.quiz.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.domain.SessionResults;

/**
 * Behind a session's results: one student's answers, and one question's item analysis.
 */
@Controller
class ResultsDetailController {

	private static final String VIEW_PLAYER = "quiz/playerAnswers";

	private static final String VIEW_ITEM = "quiz/itemAnalysis";

	private final SessionResults results;

	ResultsDetailController(SessionResults results) {
		this.results = results;
	}

	@GetMapping("/instructor/sessions/{code}/results/players/{id}")
	String player(@PathVariable String code, @PathVariable long id, Model model) {
		model.addAttribute("p", this.results.player(code, id).orElseThrow(ResultsDetailController::notFound));
		return VIEW_PLAYER;
	}

	@GetMapping("/instructor/sessions/{code}/results/questions/{number}")
	String item(@PathVariable String code, @PathVariable int number, Model model) {
		model.addAttribute("d", this.results.item(code, number).orElseThrow(ResultsDetailController::notFound));
		return VIEW_ITEM;
	}

	@ExceptionHandler(LiveSessionException.class)
	void unknown(LiveSessionException ex, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
