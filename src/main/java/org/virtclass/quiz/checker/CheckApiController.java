package org.virtclass.quiz.checker;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.virtclass.system.ApiProblem;

@RestController
@Tag(name = "Question checker", description = "Answers a textbook question about VMs, hypervisors and containers")
class CheckApiController {

	private final CheckerService checker;

	private final Validator validator;

	CheckApiController(CheckerService checker, Validator validator) {
		this.checker = checker;
		this.validator = validator;
	}

	@PostMapping("/api/quiz/check")
	@Operation(summary = "Check a multiple-choice question",
			description = "Body: {question?, options[], ask?, lang?}. Without `ask` the stem is read (Chinese or English); "
					+ "an unreadable stem is a 422 that lists the questions the checker understands. The explanation "
					+ "is in `lang`, or in the question's language.")
	CheckAnswer check(@RequestBody(required = false) CheckRequest request) {
		if (request == null) {
			throw ApiProblem.badRequest(
					"The body must be a JSON object with 'options' and optionally " + "'question', 'ask' and 'lang'.",
					Map.of("errors", Map.of("options", "is required")));
		}
		Map<String, String> errors = request.errors(this.validator);
		if (!errors.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-fields", "Bad request",
					"Invalid fields: " + String.join(", ", errors.keySet()), Map.of("errors", errors));
		}
		try {
			return this.checker.answer(this.checker.check(request.question(), request.optionTexts(),
					request.askOrNull(), request.locale()));
		}
		catch (UnreadableQuestion ex) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "question-not-understood", "Question not understood",
					ex.getMessage() + " Give 'ask', or phrase the question like one of the examples in 'understood'.",
					Map.of("understood", Understood.ALL));
		}
	}

}
