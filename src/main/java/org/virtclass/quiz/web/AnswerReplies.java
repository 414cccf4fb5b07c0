package org.virtclass.quiz.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.system.ProblemWriter;
import org.virtclass.system.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Replies to an answer once its group commit has ended: the request goes asynchronous in
 * the container, and the thread that committed the answer writes the 201 (or the problem)
 * straight to the response and completes it. Returning the future to Spring MVC gives the
 * same reply, but Spring then sends every answer through the container's dispatch, the
 * filters and the dispatcher a second time to write it: about 25 KB of garbage and a
 * second trip through the request's whole stack per answer, in the app's one burst path
 * (bench/README, session 7). A refusal known before the commit is thrown as usual and
 * answered by {@link QuizProblems}; one that the commit finds gets the same problem here,
 * written by the app's {@link ProblemWriter}.
 */
@Component
class AnswerReplies {

	private static final Logger log = LoggerFactory.getLogger(AnswerReplies.class);

	private static final byte[] RECORDED = "{\"recorded\":true}".getBytes(StandardCharsets.UTF_8);

	private final ProblemWriter problems;

	AnswerReplies(ProblemWriter problems) {
		this.problems = problems;
	}

	/** Replies now if the answer is already committed or refused, else when it is. */
	void send(CompletableFuture<Void> written, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (written.isDone()) {
			reply(outcome(written), request, response);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		// the reply is written once: by the commit, or by the container's timeout
		AtomicBoolean replied = new AtomicBoolean();
		async.addListener(new Timeout(replied));
		written.whenComplete((ok, failure) -> {
			if (!replied.compareAndSet(false, true)) {
				return;
			}
			try {
				reply(failure, (HttpServletRequest) async.getRequest(), (HttpServletResponse) async.getResponse());
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Could not reply to an answer (the phone may have gone)", ex);
			}
			finally {
				async.complete();
			}
		});
	}

	private static Throwable outcome(CompletableFuture<Void> written) {
		try {
			written.join();
			return null;
		}
		catch (CompletionException | java.util.concurrent.CancellationException ex) {
			return ex;
		}
	}

	private void reply(Throwable failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (failure == null) {
			response.setStatus(HttpStatus.CREATED.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setContentLength(RECORDED.length);
			response.getOutputStream().write(RECORDED);
			return;
		}
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		ProblemDetail problem;
		if (cause instanceof LiveSessionException refused) {
			problem = QuizProblems.problem(refused);
			if (refused.retryAfter() != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, QuizProblems.retryAfter(refused));
			}
		}
		else {
			log.error("Unexpected error while committing an answer", cause);
			problem = Problems.unexpected();
		}
		this.problems.write(request, response, problem);
	}

	/** A commit that has not ended when the container's async timeout comes: 503. */
	private final class Timeout implements AsyncListener {

		private final AtomicBoolean replied;

		Timeout(AtomicBoolean replied) {
			this.replied = replied;
		}

		@Override
		public void onTimeout(AsyncEvent event) throws IOException {
			if (this.replied.compareAndSet(false, true)) {
				log.warn("An answer's commit did not end within the request's time limit");
				problems.write((HttpServletRequest) event.getSuppliedRequest(), (HttpServletResponse) event
					.getSuppliedResponse(), Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.code(503),
							"Service Unavailable",
							"Your answer was not confirmed in time. Send it again: if it was saved, the reply says so."));
				event.getAsyncContext().complete();
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
			// the connection failed: there is nobody to reply to
			if (this.replied.compareAndSet(false, true)) {
				event.getAsyncContext().complete();
			}
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
