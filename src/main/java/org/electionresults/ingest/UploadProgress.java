package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The stages of the uploads, by the id reserved for them at the start. This node's uploads are
 * followed in memory, and each change is published on the {@link UploadProgressBoard}, so that a
 * client asking another node sees them too. Neither is the upload's record: that is written whole
 * when the upload ends, so a crash leaves no half-written record. Finished uploads stay on the board
 * for a day, and the last few in memory, so that a client polling just after the end still sees
 * every stage.
 */
@Component
public class UploadProgress {

	private static final int FINISHED_KEPT = 32;

	/** Row counts are published at most this often; every change of stage is published at once. */
	private static final long ROWS_EVERY_NANOS = 250_000_000L;

	private final UploadProgressBoard board;

	private final Map<Long, Tracker> running = new ConcurrentHashMap<>();

	private final Map<Long, Tracker> finished = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Tracker> eldest) {
			return size() > FINISHED_KEPT;
		}

	};

	UploadProgress(UploadProgressBoard board) {
		this.board = board;
	}

	/** Starts following an upload, from its first stage. */
	Tracker start(long id, UploadStage first) {
		this.board.forgetOldFinished();
		Tracker tracker = new Tracker(id, first, this::changed);
		this.running.put(id, tracker);
		this.board.publish(tracker.progress());
		return tracker;
	}

	void finish(Tracker tracker) {
		tracker.stage(UploadStage.DONE);
		synchronized (this.finished) {
			this.finished.put(tracker.id, tracker);
		}
		this.running.remove(tracker.id);
	}

	private void changed(Tracker tracker, boolean stageChanged) {
		if (stageChanged || tracker.rowsDue(ROWS_EVERY_NANOS)) {
			this.board.publish(tracker.progress());
		}
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

	/** The stages of a running or recently finished upload, on this node or another. */
	public Optional<Progress> find(long id) {
		Tracker tracker = this.running.get(id);
		if (tracker == null) {
			synchronized (this.finished) {
				tracker = this.finished.get(id);
			}
		}
		return (tracker != null) ? Optional.of(tracker.progress()) : this.board.find(id);
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

	/**
	 * What a tracker tells of each change.
	 */
	@FunctionalInterface
	interface ChangeListener {

		/**
		 * @param tracker the tracker that changed
		 * @param stageChanged a new stage, rather than more rows read
		 */
		void changed(Tracker tracker, boolean stageChanged);

	}

	/** One upload's progress, written by the thread that runs it, read by any. */
	static final class Tracker {

		private final long id;

		private final ChangeListener listener;

		private long rowsPublishedNanos = System.nanoTime();

		private final long startNanos = System.nanoTime();

		private final List<StageTime> stages = new ArrayList<>();

		private volatile UploadStage stage;

		private volatile int rows;

		private volatile boolean failed;

		/** A tracker that tells no one: for a run nobody follows (the start-up warm-up). */
		Tracker(long id, UploadStage first) {
			this(id, first, (tracker, stageChanged) -> {
			});
		}

		Tracker(long id, UploadStage first, ChangeListener listener) {
			this.id = id;
			this.stage = first;
			this.listener = listener;
			this.stages.add(new StageTime(first, 0));
		}

		long id() {
			return this.id;
		}

		void stage(UploadStage next) {
			synchronized (this) {
				if (next == this.stage) {
					return;
				}
				this.stages.add(new StageTime(next, (System.nanoTime() - this.startNanos) / 1_000_000));
				this.stage = next;
			}
			this.listener.changed(this, true);
		}

		void fail() {
			this.failed = true;
		}

		void rows(int count) {
			this.rows = count;
			this.listener.changed(this, false);
		}

		/** Whether the rows were last told at least {@code intervalNanos} ago; if so, they count as told now. */
		boolean rowsDue(long intervalNanos) {
			long now = System.nanoTime();
			if (now - this.rowsPublishedNanos < intervalNanos) {
				return false;
			}
			this.rowsPublishedNanos = now;
			return true;
		}

		synchronized Progress progress() {
			return new Progress(this.id, this.stage, this.rows, List.copyOf(this.stages), this.failed);
		}

	}

}
