package org.virtclass.quiz.web;

import java.util.concurrent.CompletableFuture;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.system.ProblemWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply to an answer, written by the thread that committed it: the 201 and its body,
 * a refusal that only the commit found as the problem {@link QuizProblems} gives for it,
 * nothing internal for an unexpected failure, and one reply only when the container's
 * timeout comes first.
 */
class AnswerRepliesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AnswerReplies replies = new AnswerReplies(new ProblemWriter(JSON));

	private MockHttpServletRequest request;

	private MockHttpServletResponse response;

	@BeforeEach
	void answerRequest() {
		this.request = new MockHttpServletRequest("POST", "/api/sessions/ABC234/answers");
		this.request.setAsyncSupported(true);
		this.response = new MockHttpServletResponse();
	}

	@Test
	void anAnswerAlreadyCommittedIsRepliedToAtOnce() throws Exception {
		this.replies.send(CompletableFuture.completedFuture(null), this.request, this.response);
		assertThat(this.request.isAsyncStarted()).as("no need to wait").isFalse();
		assertThat(this.response.getStatus()).isEqualTo(201);
		assertThat(this.response.getContentType()).isEqualTo("application/json");
		assertThat(this.response.getContentAsString()).isEqualTo("{\"recorded\":true}");
	}

	@Test
	void theRequestWaitsForTheCommitAndIsCompletedByIt() throws Exception {
		CompletableFuture<Void> written = new CompletableFuture<>();
		this.replies.send(written, this.request, this.response);
		assertThat(this.request.isAsyncStarted()).isTrue();
		assertThat(this.response.isCommitted()).isFalse();
		written.complete(null);
		assertThat(this.request.isAsyncStarted()).as("completed").isFalse();
		assertThat(this.response.getStatus()).isEqualTo(201);
		assertThat(this.response.getContentAsString()).isEqualTo("{\"recorded\":true}");
	}

	@Test
	void aRefusalTheCommitFoundIsTheSameProblemAsAnyRefusal() throws Exception {
		CompletableFuture<Void> written = new CompletableFuture<>();
		this.replies.send(written, this.request, this.response);
		LiveSessionException notCurrent = new LiveSessionException(LiveSessionException.Error.NOT_CURRENT);
		written.completeExceptionally(notCurrent);
		assertThat(this.response.getStatus()).isEqualTo(409);
		assertThat(this.response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(this.response.getContentAsString());
		assertThat(problem.get("error").asString()).isEqualTo("NOT_CURRENT");
		assertThat(problem.get("status").asInt()).isEqualTo(409);
		assertThat(problem.get("detail").asString()).isEqualTo(notCurrent.error().detail());
		assertThat(problem.get("type").asString()).isEqualTo(QuizProblems.problem(notCurrent).getType().toString());
		assertThat(problem.get("instance").asString()).isEqualTo("/api/sessions/ABC234/answers");
		assertThat(this.request.isAsyncStarted()).isFalse();
	}

	@Test
	void anUnexpectedFailureTellsNothingInternal() throws Exception {
		CompletableFuture<Void> written = new CompletableFuture<>();
		this.replies.send(written, this.request, this.response);
		written.completeExceptionally(new IllegalStateException("connection pool exhausted at jdbc:h2:file:/secret"));
		assertThat(this.response.getStatus()).isEqualTo(500);
		assertThat(this.response.getContentAsString()).contains("server-error").doesNotContain("secret", "pool");
	}

	@Test
	void whenTheContainerTimesOutFirstTheLateCommitWritesNothing() throws Exception {
		CompletableFuture<Void> written = new CompletableFuture<>();
		this.replies.send(written, this.request, this.response);
		MockAsyncContext async = (MockAsyncContext) this.request.getAsyncContext();
		for (AsyncListener listener : async.getListeners()) {
			listener.onTimeout(new AsyncEvent(async, this.request, this.response));
		}
		assertThat(this.response.getStatus()).isEqualTo(503);
		String problem = this.response.getContentAsString();
		assertThat(problem).contains("not confirmed in time");
		written.complete(null);
		assertThat(this.response.getStatus()).isEqualTo(503);
		assertThat(this.response.getContentAsString()).isEqualTo(problem);
	}

}
