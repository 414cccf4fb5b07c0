package org.virtclass.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error page, for what fails before the app sees the request: a request line
 * or header over the size limit, a malformed request. For {@code /api/**}, and for
 * requests whose path could not even be read (only scripts send 8 KB request lines), it
 * answers with problem details like the rest of the API; other pages keep Tomcat's plain
 * page without a report.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final ProblemWriter problems;

	ProblemErrorReportValve(ProblemWriter problems) {
		this.problems = problems;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		if (uri != null && !uri.isEmpty() && !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = switch (status) {
			case 400 -> "The request could not be read: its line or headers are too long or malformed.";
			case 413 -> "The request body is larger than this server accepts.";
			case 414 -> "The URL is longer than this server accepts.";
			case 431 -> "The request headers are larger than this server accepts.";
			default -> "The server could not handle this request.";
		};
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.problems
					.json(Problems.of(HttpStatusCode.valueOf(status), Problems.code(status), title, detail), uri));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is already closed: nothing more to say.
		}
	}

}
