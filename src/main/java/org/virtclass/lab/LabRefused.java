package org.virtclass.lab;

import java.util.Map;

/**
 * Why the lab refused a request. It names a reason, not an HTTP status: the lab's web
 * layer decides how to answer each one.
 */
public class LabRefused extends RuntimeException {

	public enum Reason {

		/** Only the browser that started a run may stop it or type into it. */
		NOT_YOUR_RUN("Not your run"),
		/** This host cannot run this kind now (a tool or the kernel is missing). */
		UNAVAILABLE("Lab unavailable"),
		/** The browser holds as many active runs as it may. */
		TOO_MANY_RUNS("Too many runs"),
		/** The browsers at one network address hold as many runs as they may together. */
		TOO_MANY_RUNS_FROM_NETWORK("Too many runs from your network"),
		/** The queue for this kind is full. */
		QUEUE_FULL("Lab queue full"),
		/** The queue places one network address may hold are taken. */
		QUEUE_FULL_FOR_NETWORK("Lab queue full for your network");

		private final String title;

		Reason(String title) {
			this.title = title;
		}

		public String title() {
			return this.title;
		}

		/** The problem code: {@code lab-} and the name in lower case with hyphens. */
		public String code() {
			return "lab-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	private final Map<String, Object> properties;

	public LabRefused(Reason reason, String detail) {
		this(reason, detail, Map.of());
	}

	public LabRefused(Reason reason, String detail, Map<String, ?> properties) {
		super(detail);
		this.reason = reason;
		this.properties = Map.copyOf(properties);
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * What the client may use besides the message, such as its active runs or how to fix
	 * the host.
	 */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
