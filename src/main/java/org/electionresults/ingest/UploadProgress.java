package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The stages of the uploads running in this application, by the id reserved for them at the start.
 * Kept in memory, not in the database: until an upload ends nothing of it is stored, so a crash
 * leaves no half-written record. The last few finished ones stay, so that a client polling just
 * after the end still sees every stage.
 */
@Component
public class UploadProgress {

	private static final int FINISHED_KEPT = 32;

	private final Map<Long, Tracker> running = new ConcurrentHashMap<>();

	private final Map<Long, Tracker> finished = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Tracker> eldest) {
			return size() > FINISHED_KEPT;
		}

	};

	/** Starts following an upload, from its first stage. */
	Tracker start(long id, UploadStage first) {
		Tracker tracker = new Tracker(id, first);
		this.running.put(id, tracker);
		return tracker;
	}

	void finish(Tracker tracker) {
		tracker.stage(UploadStage.DONE);
		synchronized (this.finished) {
			this.finished.put(tracker.id, tracker);
		}
		this.running.remove(tracker.id);
	}

	/** The tracker of a running upload, or a new one if it was not started. */
	Tracker running(long id, UploadStage first) {
		Tracker tracker = this.running.get(id);
		return (tracker != null) ? tracker : start(id, first);
	}

	/** Whether the upload is still running here. */
	public boolean isRunning(long id) {
		return this.running.containsKey(id);
	}

	/** The stages of a running or recently finished upload. */
	public Optional<Progress> find(long id) {
		Tracker tracker = this.running.get(id);
		if (tracker == null) {
			synchronized (this.finished) {
				tracker = this.finished.get(id);
			}
		}
		return Optional.ofNullable(tracker).map(Tracker::progress);
	}

	/**
	 * Where an upload is.
	 *
	 * @param id the upload's id
	 * @param stage the stage it is in
	 * @param rows valid rows read so far
	 * @param stages every stage reached, in order, with the milliseconds since the start when it began
	 * @param failed whether it ended on an unexpected error (nothing was recorded then)
	 */
	public record Progress(long id, UploadStage stage, int rows, List<StageTime> stages, boolean failed) {

		public boolean finished() {
			return this.stage == UploadStage.DONE;
		}

	}

	/**
	 * A stage and when it began.
	 *
	 * @param stage the stage
	 * @param atMillis milliseconds since the upload started
	 */
	public record StageTime(UploadStage stage, long atMillis) {

	}

	/** One upload's progress, written by the thread that runs it, read by any. */
	static final class Tracker {

		private final long id;

		private final long startNanos = System.nanoTime();

		private final List<StageTime> stages = new ArrayList<>();

		private volatile UploadStage stage;

		private volatile int rows;

		private volatile boolean failed;

		Tracker(long id, UploadStage first) {
			this.id = id;
			this.stage = first;
			this.stages.add(new StageTime(first, 0));
		}

		long id() {
			return this.id;
		}

		synchronized void stage(UploadStage next) {
			if (next != this.stage) {
				this.stages.add(new StageTime(next, (System.nanoTime() - this.startNanos) / 1_000_000));
				this.stage = next;
			}
		}

		void fail() {
			this.failed = true;
		}

		void rows(int count) {
			this.rows = count;
		}

		synchronized Progress progress() {
			return new Progress(this.id, this.stage, this.rows, List.copyOf(this.stages), this.failed);
		}

	}

}
