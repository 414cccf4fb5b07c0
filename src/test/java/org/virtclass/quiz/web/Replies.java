package org.virtclass.quiz.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.awaitility.Awaitility.await;

/**
 * An answer is replied to by the thread that commits it ({@link AnswerReplies}), after
 * MockMvc has returned: this sends the request and waits until the reply completes it.
 */
final class Replies {

	private Replies() {
	}

	static MvcTestResult replied(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.asyncExchange();
		MockHttpServletRequest sent = (MockHttpServletRequest) result.getMvcResult().getRequest();
		if (!sent.isAsyncStarted()) {
			return result;
		}
		CountDownLatch completed = new CountDownLatch(1);
		sent.getAsyncContext().addListener(new AsyncListener() {

			@Override
			public void onComplete(AsyncEvent event) {
				completed.countDown();
			}

			@Override
			public void onTimeout(AsyncEvent event) {
			}

			@Override
			public void onError(AsyncEvent event) {
			}

			@Override
			public void onStartAsync(AsyncEvent event) {
			}

		});
		// the reply may have completed the request before the listener came
		await("the answer's reply").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(2))
			.until(() -> completed.getCount() == 0 || !sent.isAsyncStarted());
		return result;
	}

}
