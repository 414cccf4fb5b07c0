package org.virtclass.lab;

/** The life of a lab run. The last three are final. */
public enum RunState {

	/** Waiting for a free slot under the global cap. */
	QUEUED,
	/** The process has been launched and has not printed its ready marker yet. */
	STARTING,
	/** The guest printed its facts and its shell is reading the console. */
	RUNNING,
	/** Stopped by the user or ended by itself. */
	FINISHED,
	/** Could not start, or died before it was ready. */
	FAILED,
	/** Stopped by the hard time limit or the idle limit. */
	TIMED_OUT;

	public boolean isActive() {
		return this == QUEUED || this == STARTING || this == RUNNING;
	}

}
