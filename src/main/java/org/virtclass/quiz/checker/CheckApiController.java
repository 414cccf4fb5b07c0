package org.virtclass.quiz.checker;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtclass.system.ApiProblem;

@RestController
@Tag(name = "Question checker", description = "Answers a textbook question about VMs, hypervisors and containers")
class CheckApiController {

	private final CheckerService checker;

	CheckApiController(CheckerService checker) {
		this.checker = checker;
	}

	@PostMapping("/api/quiz/check")
	@Operation(summary = "Check a multiple-choice question",
			description = "Body: {question?, options[], ask?, lang?}. Without `ask` the stem is read (Chinese or English); "
					+ "an unreadable stem is a 422 that lists the questions the checker understands. The explanation "
					+ "is in `lang`, or in the question's language.")
	CheckAnswer check(@RequestBody(required = false) Map<String, Object> body) {
		CheckRequest request = CheckRequest.read(body);
		try {
			return this.checker.answer(this.checker.check(request.question(), request.options(), request.ask(),
					request.locale()));
		}
		catch (UnreadableQuestion ex) {
			throw new ApiProblem(HttpStatus.valueOf(422), "Question not understood",
					ex.getMessage() + " Give 'ask', or phrase the question like one of the examples in 'understood'.",
					Map.of("understood", Understood.ALL));
		}
	}

}
