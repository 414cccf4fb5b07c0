package org.virtclass.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunked body within the limit reaches the handler from memory, for blocking and
 * non-blocking reads.
 */
class BodySizeFilterTests {

	private static final byte[] BODY = "{\"question\":\"Which is not a VM?\"}".getBytes(StandardCharsets.UTF_8);

	private final BodySizeFilter filter = new BodySizeFilter(
			new WebLimits(DataSize.ofKilobytes(256), DataSize.ofMegabytes(4)),
			new ProblemWriter(JsonMapper.builder().build()));

	/** The buffered request the handler gets for a chunked body (no declared length). */
	private HttpServletRequest buffered() throws Exception {
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/quiz/check");
		chunked.addHeader("Transfer-Encoding", "chunked");
		chunked.setContent(BODY);
		HttpServletRequest undeclared = new HttpServletRequestWrapper(chunked) {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		this.filter.doFilter(undeclared, new MockHttpServletResponse(),
				(request, response) -> seen.set((HttpServletRequest) request));
		assertThat(seen.get()).isNotNull();
		return seen.get();
	}

	@Test
	void theHandlerReadsTheBodyAndItsLength() throws Exception {
		HttpServletRequest request = buffered();
		assertThat(request.getContentLengthLong()).isEqualTo(BODY.length);
		assertThat(request.getInputStream().readAllBytes()).isEqualTo(BODY);
	}

	@Test
	void aReadListenerGetsTheWholeBodyAndThenTheEnd() throws Exception {
		ServletInputStream in = buffered().getInputStream();
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		List<String> calls = new ArrayList<>();
		in.setReadListener(new ReadListener() {

			@Override
			public void onDataAvailable() throws IOException {
				calls.add("data");
				byte[] chunk = new byte[8];
				while (in.isReady() && !in.isFinished()) {
					int n = in.read(chunk);
					read.write(chunk, 0, n);
				}
			}

			@Override
			public void onAllDataRead() {
				calls.add("end");
			}

			@Override
			public void onError(Throwable t) {
				calls.add("error " + t);
			}

		});
		assertThat(calls).containsExactly("data", "end");
		assertThat(read.toByteArray()).isEqualTo(BODY);
	}

}
